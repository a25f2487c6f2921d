import XFSource

/// Reads a `.guide` file: a plain-text description of one guidance chart.
///
///     标题：依法依规信访路线图
///     导语：……
///     步骤 register：登记并告知是否受理
///       依据：《信访工作条例》第二十二条
///     register -> handle：15日内
///     recheck ~> raise：不服（回到前面的步骤用 ~>）
///
/// Parsing never stops at the first problem: every line is checked and every
/// problem comes back as a located `Diagnostic` with a fix in Chinese.
public enum GuideSource {
    public static func parse(_ text: String, file: String) -> (Guide?, [Diagnostic]) {
        var reader = GuideLineReader(file: file)
        // Notepad saves UTF-8 with a byte-order mark; it is not part of the first line.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            reader.read(line: String(line.hasSuffix("\r") ? line.dropLast() : line), number: offset + 1)
        }
        var diagnostics = reader.diagnostics
        guard let title = reader.title else {
            diagnostics.append(Diagnostic(code: .guideMissingTitle, at: SourceLocation(file: file, line: 1, characterColumn: 1),
                                          message: "导引图缺少标题。", fix: "在文件开头加一行「标题：依法依规信访路线图」这样的标题。"))
            return (nil, diagnostics)
        }
        let guide = Guide(slug: slug(fromFile: file), title: title, subtitle: reader.subtitle, intro: reader.intro,
                          nodes: reader.nodes, edges: reader.edges, laws: reader.laws, checked: reader.checked,
                          checkedAt: reader.checkedAt, file: file)
        diagnostics += GuideValidation.check(guide, declaredEdges: reader.edgeEnds)
        diagnostics += GuideValidation.checkVersions(guide, citations: reader.citations)
        let failed = diagnostics.contains { $0.severity == .error }
        return (failed ? nil : guide, diagnostics.sorted { $0.location < $1.location })
    }

    /// A warning when the guide's legal basis was last checked more than a year
    /// before `today`: laws change, and a poster outlives its check.
    public static func reviewAge(_ guide: Guide, today: GuideDate) -> Diagnostic? {
        guard let checked = guide.checked, let location = guide.checkedAt, checked.oneYearLater < today else { return nil }
        return Diagnostic(.warning, code: .guideCheckDateOld, at: location, value: checked.chinese,
                          message: "法律依据的核对日期是\(checked.chinese)，已超过一年。",
                          fix: "请把每一条依据和时限与法规现行文本重新核对，更新「法规：」行的版本，再把核对日期改为核对当天。")
    }

    /// `01-信访路线图.guide` → `guide-01`; `labor.guide` → `labor`. Only ASCII letters,
    /// digits and `-` survive, so the slug is safe in ids and file names.
    public static func slug(fromFile file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let base = name.split(separator: ".").first.map(String.init) ?? name
        var ascii = ""
        for scalar in base.unicodeScalars {
            if BreakableASCII.isWord(scalar) { ascii.unicodeScalars.append(scalar) }
            else if (scalar == "-" || scalar == "_") && !ascii.isEmpty && !ascii.hasSuffix("-") { ascii += "-" }
        }
        while ascii.hasSuffix("-") { ascii.removeLast() }
        guard let first = ascii.unicodeScalars.first else { return "guide" }
        return BreakableASCII.isDigit(first) ? "guide-" + ascii.lowercased() : ascii.lowercased()
    }
}

enum BreakableASCII {
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }
    /// Node ids: ASCII letters, digits, `-` and `_`, starting with a letter.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isWord(first), !isDigit(first) else { return false }
        return text.unicodeScalars.allSatisfy { isWord($0) || $0 == "-" || $0 == "_" }
    }
}
