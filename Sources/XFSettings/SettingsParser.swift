import XFCalendar
import XFSource

/// Reads `content/site.toml`, a small subset of TOML that a clerk edits by hand:
/// `# comments`, `key = value` with strings ("…" or '…'), numbers, booleans and
/// dates (2025-10-15), and `[targets.<indicator>]` sections. Everything is
/// optional; every problem is reported (not only the first) with line, column, a
/// Chinese message and how to fix it, and the rest of the file still applies.
/// The keys are documented in docs/SETTINGS.md.
public enum SettingsParser {
    public static func parse(_ text: String, file: String) -> (SiteSettings, [Diagnostic]) {
        var state = ParseState(file: file)
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var scalars = Array(rawLine.unicodeScalars)
            if lineNumber == 1, scalars.first == "\u{FEFF}" { scalars[0] = " " }  // BOM from Notepad
            if scalars.last == "\r" { scalars.removeLast() }
            state.read(line: scalars, number: lineNumber)
        }
        state.finishSection()
        return (state.settings, state.diagnostics)
    }

    static let rootKeys = ["title", "region", "organisation", "cutoff", "base_url", "min_denominator", "public_url",
                           "allowed_numbers", "brief_form"]
    static let targetKeys = ["green", "yellow", "direction"]

    static func closest(to word: String, in candidates: [String]) -> String? {
        Suggestion.closest(to: word, among: candidates)
    }
}

/// A parsed value with the column where it starts.
enum SettingsValue: Equatable {
    case string(String), number(Double), bool(Bool), date(CivilDate)

    /// The value as the clerk wrote it (near enough), for messages.
    var text: String {
        switch self {
        case .string(let text): return text
        case .number(let number): return String(number)
        case .bool(let flag): return String(flag)
        case .date(let date): return date.description
        }
    }

    var typeName: String {
        switch self {
        case .string: return "文字"
        case .number: return "数字"
        case .bool: return "是/否（true/false）"
        case .date: return "日期"
        }
    }
}

/// The parser's progress through the file: the settings so far, the current
/// section, and the keys already seen (to report duplicates).
struct ParseState {
    let file: String
    var settings = SiteSettings()
    var diagnostics: [Diagnostic] = []
    /// The indicator id of the current `[targets.<id>]` section; nil at the root.
    var section: String?
    var sectionLine = 0
    var seenKeys: Set<String> = []
    var seenSections: Set<String> = []

    init(file: String) { self.file = file }

    mutating func report(_ code: DiagnosticCode, line: Int, column: Int, value: String? = nil, _ message: String, fix: String) {
        diagnostics.append(Diagnostic(code: code,
                                      at: SourceLocation(file: file, line: line, characterColumn: column),
                                      value: value, message: message, fix: fix))
    }

    mutating func read(line: [Unicode.Scalar], number: Int) {
        var cursor = LineCursor(scalars: line)
        cursor.skipSpaces()
        guard let first = cursor.peek, first != "#" else { return }
        if first == "[" { return readSection(&cursor, line: number) }
        let keyColumn = cursor.column
        let key = cursor.readBareKey()
        guard !key.isEmpty else {
            return report(.settingsSyntax, line: number, column: keyColumn, value: String(String.UnicodeScalarView(line)),
                          "无法识别这一行。", fix: "每行写成「名称 = 值」，例如 title = \"信访工作数据看板\"；说明文字请以 # 开头。")
        }
        cursor.skipSpaces()
        guard cursor.peek == "=" || cursor.peek == "＝" else {
            return report(.settingsSyntax, line: number, column: cursor.column, value: key,
                          "「\(key)」后面缺少等号。", fix: "写成「\(key) = 值」。")
        }
        if cursor.peek == "＝" {
            report(.settingsSyntax, line: number, column: cursor.column, "使用了中文等号「＝」。", fix: "改为英文等号「=」。")
        }
        cursor.advance()
        cursor.skipSpaces()
        let valueColumn = cursor.column
        let parsed = cursor.readValue()
        switch parsed {
        case .failure(let problem):
            report(.settingsSyntax, line: number, column: problem.column, value: problem.value, problem.message, fix: problem.fix)
            return
        case .success(let value):
            cursor.skipSpaces()
            if let extra = cursor.peek, extra != "#" {
                report(.settingsSyntax, line: number, column: cursor.column, value: cursor.rest,
                       "值后面有多余的内容。", fix: "一行只写一个值；说明文字请以 # 开头。")
            }
            assign(key, value, line: number, keyColumn: keyColumn, valueColumn: valueColumn)
        }
    }

    mutating func readSection(_ cursor: inout LineCursor, line: Int) {
        finishSection()
        let column = cursor.column
        cursor.advance()
        cursor.skipSpaces()
        let nameColumn = cursor.column
        let name = cursor.readUntil("]")
        guard cursor.peek == "]" else {
            section = "" // ignore keys until the next valid section
            return report(.settingsSyntax, line: line, column: column, value: name, "小节标题缺少右方括号「]」。",
                          fix: "写成 [targets.timely_acceptance] 这样的形式。")
        }
        cursor.advance()
        cursor.skipSpaces()
        if let extra = cursor.peek, extra != "#" {
            report(.settingsSyntax, line: line, column: cursor.column, value: cursor.rest, "小节标题后面有多余的内容。",
                   fix: "小节标题单独占一行。")
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        section = ""
        sectionLine = line
        guard parts.count == 2, parts[0] == "targets" else {
            let suggestion = parts.count == 2 ? SettingsParser.closest(to: parts[0], in: ["targets"]).map { "[\($0).\(parts[1])]" } : nil
            return report(.settingsUnknownSection, line: line, column: column + 1, value: name, "不认识的小节「[\(name)]」。",
                          fix: suggestion.map { "是否应为 \($0)？" } ?? "目前只有目标值小节，写成 [targets.指标编号]，例如 [targets.timely_acceptance]。")
        }
        let id = parts[1]
        // Whether `id` names a rate is for XFIndicators' catalogue to say (IndicatorTargets).
        if !seenSections.insert(id).inserted {
            report(.settingsDuplicateSection, line: line, column: column, value: name, "小节 [targets.\(id)] 出现了两次。",
                   fix: "把两处合并为一处。")
        }
        section = id
        seenKeys = []
        if !settings.targets.contains(where: { $0.id == id }) {
            settings.targets.append(TargetSetting(id: id, location: SourceLocation(
                file: file, line: line, characterColumn: nameColumn + "targets.".count)))
        }
    }

    /// Ends the current section (threshold order is checked against the defaults
    /// by XFIndicators, which knows them).
    mutating func finishSection() {
        section = nil
    }

    mutating func assign(_ key: String, _ value: SettingsValue, line: Int, keyColumn: Int, valueColumn: Int) {
        if section == "" { return }  // inside an invalid section: already reported
        let known = section == nil ? SettingsParser.rootKeys : SettingsParser.targetKeys
        guard known.contains(key) else {
            let place = section.map { "小节 [targets.\($0)] 中" } ?? ""
            let fix = SettingsParser.closest(to: key, in: known).map { "是否应为「\($0)」？" }
                ?? "可用的名称：" + known.joined(separator: "、") + "。"
            return report(.settingsUnknownKey, line: line, column: keyColumn, value: key, "\(place)不认识的设置「\(key)」。", fix: fix)
        }
        let scoped = (section ?? "") + "." + key
        if !seenKeys.insert(scoped).inserted {
            report(.settingsDuplicateKey, line: line, column: keyColumn, value: key, "「\(key)」设置了两次，以后一次为准。",
                   fix: "删除其中一行。")
        }
        func typeError(_ expected: String, _ example: String) {
            report(.settingsType, line: line, column: valueColumn, value: value.text, "「\(key)」应为\(expected)，这里是\(value.typeName)。",
                   fix: "例如 \(key) = \(example)")
        }
        if let id = section {
            guard let slot = settings.targets.firstIndex(where: { $0.id == id }) else { return }
            var target = settings.targets[slot]
            switch (key, value) {
            case ("direction", .string(let text)):
                guard text == "higher" || text == "lower" else {
                    return report(.settingsValue, line: line, column: valueColumn, value: text, "direction 只能是 \"higher\" 或 \"lower\"。",
                                  fix: "越高越好写 \"higher\"，越低越好写 \"lower\"。")
                }
                target.higherIsBetter = text == "higher"
            case ("direction", _): return typeError("文字", "\"higher\"")
            case (_, .number(let number)):
                guard (0 ... 1).contains(number) else {
                    return report(.settingsRange, line: line, column: valueColumn, value: String(number), "目标值应在 0 到 1 之间。",
                                  fix: "百分比请写成小数，例如 95% 写成 0.95。")
                }
                if key == "green" { target.green = number } else { target.yellow = number }
            default: return typeError("0 到 1 之间的小数", "0.95")
            }
            settings.targets[slot] = target
            return
        }
        switch (key, value) {
        case ("min_denominator", .number(let number)):
            guard number >= 1, number <= 1_000_000, number == number.rounded() else {
                return report(.settingsRange, line: line, column: valueColumn, value: value.text, "min_denominator 应为不小于 1 的整数。",
                              fix: "例如 min_denominator = 10（分母少于10件的比率显示为“样本不足”）。")
            }
            settings.minDenominator = Int(number)
        case ("min_denominator", _): typeError("整数", "10")
        case ("cutoff", .date(let date)): settings.cutoff = date
        case ("cutoff", _): typeError("日期", "2025-10-15（不加引号）")
        case (_, .string(let text)):
            if text.isEmpty && key != "base_url" && key != "allowed_numbers" {
                return report(.settingsValue, line: line, column: valueColumn, value: key, "「\(key)」不能为空。",
                              fix: "填写内容，或删除这一行以使用默认值。")
            }
            if key == "base_url" && !(text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("/")) {
                return report(.settingsValue, line: line, column: valueColumn, value: text, "网站地址应以 http:// 或 https:// 开头。",
                              fix: "例如 base_url = \"http://10.0.0.8/xinfang/\"；不需要时删除这一行。")
            }
            if key == "brief_form" {
                guard let form = BriefForm(rawValue: text) else {
                    return report(.settingsValue, line: line, column: valueColumn, value: text, "月报 Word 文件的格式「\(text)」无法识别。",
                                  fix: "写 brief_form = \"公文\" 或 brief_form = \"简报\"。")
                }
                settings.briefForm = form
                return
            }
            if key == "public_url" && !(text.hasPrefix("http://") || text.hasPrefix("https://")) {
                return report(.settingsValue, line: line, column: valueColumn, value: text, "公开导引的网址应以 http:// 或 https:// 开头。",
                              fix: "写 public/ 文件夹发布后的完整网址，例如 public_url = \"https://www.example.gov.cn/xinfang/public/\"；不需要二维码时删除这一行。")
            }
            switch key {
            case "title": settings.title = text
            case "region": settings.region = text
            case "organisation": settings.organisation = text
            case "public_url": settings.publicURL = text.hasSuffix("/") ? text : text + "/"
            case "allowed_numbers":
                // Several numbers separated by commas, 、 or semicolons.
                settings.allowedNumbers = text.split(whereSeparator: { ",，、;；".contains($0) }).map(String.init)
            default: settings.baseURL = text
            }
        default: typeError("加英文双引号的文字", "\"示例区\"")
        }
    }
}

/// A position in one line of the settings file; columns count characters from 1.
struct LineCursor {
    struct Problem: Error {
        var column: Int
        var value: String?
        var message: String
        var fix: String
    }

    let scalars: [Unicode.Scalar]
    var index = 0

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var column: Int { index + 1 }
    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    var rest: String { text(index ..< scalars.count) }
    mutating func advance() { index += 1 }

    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    mutating func skipSpaces() {
        while let c = peek, c == " " || c == "\t" || c == "\u{3000}" { advance() }
    }

    /// A key is anything up to a space or an equals sign, so that a misspelt or
    /// Chinese key is reported as an unknown key rather than as garbage.
    mutating func readBareKey() -> String {
        let start = index
        while let c = peek, !(c == " " || c == "\t" || c == "\u{3000}" || c == "=" || c == "＝" || c == "#") { advance() }
        return text(start ..< index)
    }

    /// Reads up to (not including) `end` or the line end, trimmed of spaces.
    mutating func readUntil(_ end: Unicode.Scalar) -> String {
        skipSpaces()
        let start = index
        while let c = peek, c != end { advance() }
        var last = index
        while last > start, scalars[last - 1] == " " || scalars[last - 1] == "\u{3000}" { last -= 1 }
        return text(start ..< last)
    }

    mutating func readValue() -> Result<SettingsValue, Problem> {
        let start = column
        guard let first = peek, first != "#" else {
            return .failure(Problem(column: start, message: "等号后面缺少值。", fix: "填写值，或删除这一行以使用默认值。"))
        }
        switch first {
        case "\"": return readBasicString()
        case "'":
            advance()
            let body = index
            while let c = peek, c != "'" { advance() }
            guard peek == "'" else { return .failure(unterminated(start)) }
            defer { advance() }
            return .success(.string(text(body ..< index)))
        case "“", "”", "＂", "‘", "’":
            return .failure(Problem(column: start, value: rest, message: "使用了中文引号。",
                                    fix: "文字两边请用英文双引号 \"，例如 region = \"示例区\"。"))
        default: break
        }
        let tokenStart = index
        while let c = peek, !(c == " " || c == "\t" || c == "#" || c == "\u{3000}") { advance() }
        let token = text(tokenStart ..< index)
        if token == "true" { return .success(.bool(true)) }
        if token == "false" { return .success(.bool(false)) }
        if let date = LineCursor.date(token) { return date.map { .success(.date($0)) } ?? .failure(Problem(
            column: start, value: token, message: "日期「\(token)」不存在。", fix: "检查月份和日期，例如 2025-10-15。")) }
        if let number = Double(token.filter { $0 != "_" }), token.first != ".", !token.contains("n"), !token.contains("N") {
            return .success(.number(number))
        }
        if token.hasSuffix("%") {
            return .failure(Problem(column: start, value: token, message: "不能使用百分号。", fix: "写成小数，例如 95% 写成 0.95。"))
        }
        return .failure(Problem(column: start, value: token, message: "无法识别的值「\(token)」。",
                                fix: "文字请加英文双引号（\"示例区\"），日期写成 2025-10-15，数字写成 0.95。"))
    }

    private mutating func readBasicString() -> Result<SettingsValue, Problem> {
        let start = column
        advance()
        var view = String.UnicodeScalarView()
        while let c = peek, c != "\"" {
            advance()
            guard c == "\\" else { view.append(c); continue }
            let escapeColumn = column - 1
            guard let e = peek else { break }
            advance()
            switch e {
            case "\"": view.append("\"")
            case "\\": view.append("\\")
            case "n": view.append("\n")
            case "t": view.append("\t")
            case "u":
                let hex = index + 4 <= scalars.count ? text(index ..< index + 4) : ""
                guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                    return .failure(Problem(column: escapeColumn, value: "\\u" + hex, message: "无效的 \\u 转义。",
                                            fix: "写成 \\u 加四位十六进制数，或直接写出这个字。"))
                }
                view.append(scalar)
                index += 4
            default:
                return .failure(Problem(column: escapeColumn, value: "\\" + String(e), message: "无效的转义「\\\(e)」。",
                                        fix: "反斜杠请写成两个（\\\\），或改用单引号 '…' 包住文字。"))
            }
        }
        guard peek == "\"" else { return .failure(unterminated(start)) }
        advance()
        return .success(.string(String(view)))
    }

    private func unterminated(_ column: Int) -> Problem {
        Problem(column: column, value: text(column - 1 ..< scalars.count), message: "引号没有结束。",
                fix: "在文字末尾补上同样的引号。")
    }

    /// `2025-10-15`: nil when not shaped like a date, .some(nil) when impossible.
    static func date(_ token: String) -> CivilDate?? {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return .some(CivilDate(year: year, month: month, day: day))
    }
}
