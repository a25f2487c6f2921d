/// A stable identifier of a kind of problem, such as `csv.unterminated-quote`,
/// for machines, tests and the JSON report. Every code is declared once, as a
/// `static let` in the module that reports it (`DiagnosticCode+CSV.swift`,
/// `+Content`, `+Guide`, `+Template`), so the catalogue can be read in one place
/// per area and a typo is a compile error rather than a new code. The string
/// literal form exists for tests and tools that match on the text.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral, Codable {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }

    /// The area before the first dot: `csv`, `cell`, `guide`, `template`, …
    public var area: Substring { rawValue.prefix { $0 != "." } }

    public static func < (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

// Reading any file.
extension DiagnosticCode {
    public static let fileUnreadable: DiagnosticCode = "file.unreadable"
    public static let encodingWorkbook: DiagnosticCode = "encoding.workbook"
    public static let encodingUTF16: DiagnosticCode = "encoding.utf16"
    public static let encodingUnknown: DiagnosticCode = "encoding.unknown"
    public static let encodingNUL: DiagnosticCode = "encoding.nul"
}
