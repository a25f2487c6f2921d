public enum Severity: String, Sendable, Hashable {
    case error
    case warning
}

/// One problem found in the input, told to a clerk: where, which value, what is
/// wrong and how to fix it. Messages are Chinese. The value is only ever taken
/// from a column the builder understands, never from personal-data columns.
public struct Diagnostic: Error, Hashable, Sendable {
    public var severity: Severity
    /// A stable identifier for machines and tests, such as `csv.unterminated-quote`.
    public var code: DiagnosticCode
    public var location: SourceLocation
    public var value: String?
    public var message: String
    public var fix: String
    /// How many problems this entry stands for: 1, or more for the summary that
    /// `DiagnosticLimiter` writes in place of repeats it did not keep.
    public var count: Int

    public init(_ severity: Severity = .error, code: DiagnosticCode, at location: SourceLocation,
                value: String? = nil, message: String, fix: String, count: Int = 1) {
        self.severity = severity
        self.code = code
        self.location = location
        self.value = value.map(Diagnostic.stored)
        self.message = message
        self.fix = fix
        self.count = count
    }

    /// The one-line form printed by `xfsite check`:
    /// `cases/2024-01.csv:12 列「登记日期」值「2023-02-30」：日期不存在。修改方法：…`
    public var rendered: String {
        var text = location.position
        if let column = location.column { text += " 列「\(column)」" }
        if let value { text += (location.column == nil ? " " : "") + "值「\(Diagnostic.clipped(value))」" }
        let label = severity == .error ? "错误" : "提示"
        text += " \(label)：\(message)"
        if !fix.isEmpty { text += " 修改方法：\(fix)" }
        return Diagnostic.visible(text)
    }

    /// Long values are cut so that one bad cell cannot flood the report.
    public static func clipped(_ value: String, limit: Int = 40) -> String {
        // Counting bytes first keeps a 50 MB cell from being walked character by character.
        guard value.utf8.count > limit else { return value }
        let scalars = value.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
              end != scalars.endIndex else { return value }
        return String(scalars[..<end]) + "…"
    }

    /// A value as kept in a diagnostic: enough to find the cell, never the whole of a huge one.
    package static func stored(_ value: String) -> String { clipped(value, limit: 200) }

    /// `text` with control and invisible format characters shown as `<U+001B>`, so a
    /// cell cannot move the terminal's cursor, recolour it or hide itself in a message.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isInvisible(scalar) else { out.append(scalar); continue }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out.append(contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)>".unicodeScalars)
        }
        return String(out)
    }

    package static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x09, 0x0B...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
