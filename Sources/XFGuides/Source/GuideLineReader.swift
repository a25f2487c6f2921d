import XFSource

/// One end of an edge as written, kept with its column so that an unknown id can
/// be pointed at exactly.
struct EdgeEnd: Sendable {
    var id: String
    var location: SourceLocation
}

/// Reads a guide file line by line: header fields, node lines, indented node
/// attributes and edge lines. Collects problems instead of stopping.
struct GuideLineReader {
    let file: String
    var title: String?
    var subtitle: String?
    var intro: [String] = []
    var nodes: [GuideNode] = []
    var edges: [GuideEdge] = []
    var edgeEnds: [EdgeEnd] = []
    var laws: [LawVersion] = []
    var checked: GuideDate?
    var checkedAt: SourceLocation?
    /// Each law title cited outside a `法规：` line, with where it is first cited.
    var citations: [(title: String, location: SourceLocation)] = []
    var diagnostics: [Diagnostic] = []
    private var firstLineOfId: [String: Int] = [:]

    static let headerKeys = ["标题", "副标题", "导语", "说明", "法规", "核对日期"]
    static let attributeKeys = ["依据", "法律依据", "备注", "时限", "简称"]
    static let syntaxHelp = "节点写成「步骤 register：登记」，节点下一行缩进写「依据：」「备注：」「时限：」「简称：」，连线写成「register -> handle：15日内」，回到前面步骤的连线写成「a ~> b」。"

    init(file: String) { self.file = file }

    mutating func read(line: String, number: Int) {
        let chars = Array(line)
        var indent = 0
        while indent < chars.count && (chars[indent] == " " || chars[indent] == "\t" || chars[indent] == "\u{3000}") { indent += 1 }
        guard indent < chars.count, chars[indent] != "#" else { return }
        let colon = chars[indent...].firstIndex { $0 == "：" || $0 == ":" }
        let head = String(chars[indent..<(colon ?? chars.count)])
        let value = colon.map { String(chars[($0 + 1)...]).trimmed } ?? ""
        let headColumn = indent + 1
        let valueColumn = colon.map { column(after: $0, in: chars) } ?? chars.count + 1
        notePending(chars, line: number)
        if head.trimmed != "法规" {
            for title in LawVersion.titles(in: String(chars[indent...])) where !citations.contains(where: { $0.title == title }) {
                citations.append((title, location(number, headColumn)))
            }
        }

        if head.contains("->") || head.contains("~>") {
            readEdge(head, label: value, line: number, column: headColumn)
        } else if colon == nil {
            fail(.guideSyntax, line: number, column: headColumn, value: line.trimmed,
                 "无法识别这一行（缺少冒号「：」）。", Self.syntaxHelp)
        } else if indent > 0 {
            readAttribute(head.trimmed, value: value, line: number, column: headColumn, valueColumn: valueColumn)
        } else if Self.headerKeys.contains(head.trimmed) {
            readHeader(head.trimmed, value: value, line: number, valueColumn: valueColumn)
        } else {
            readNode(head, text: value, line: number, column: headColumn, valueColumn: valueColumn)
        }
    }

    /// 1-based column of the first non-blank character after `index`.
    private func column(after index: Int, in chars: [Character]) -> Int {
        var position = index + 1
        while position < chars.count && (chars[position] == " " || chars[position] == "\u{3000}") { position += 1 }
        return position + 1
    }

    private mutating func readHeader(_ key: String, value: String, line: Int, valueColumn: Int) {
        guard !value.isEmpty else {
            return fail(.guideEmptyText, line: line, column: valueColumn, "「\(key)」后面没有内容。", "在冒号后写上\(key)，或删除这一行。")
        }
        switch key {
        case "标题":
            if title != nil {
                fail(.guideDuplicateTitle, line: line, column: 1, "标题写了不止一次。", "每个导引图只写一行「标题：」，删除多余的一行。")
            }
            title = value
        case "副标题": subtitle = value
        case "法规": readLaw(value, line: line, column: valueColumn)
        case "核对日期":
            guard let date = GuideDate(parsing: value) else {
                return fail(.guideBadDate, line: line, column: valueColumn, value: value, "核对日期「\(value)」不是有效日期。",
                            "写成「核对日期：2026-12-01」或「核对日期：2026年12月1日」。")
            }
            if checked != nil {
                fail(.guideDuplicateDate, line: line, column: 1, "核对日期写了不止一次。", "只保留最近一次核对的日期。")
            }
            checked = date
            checkedAt = location(line, valueColumn)
        default: intro.append(value)
        }
    }

    /// `《行政复议法》2023年9月1日修订、2024年1月1日施行`: one title, then its version.
    private mutating func readLaw(_ value: String, line: Int, column: Int) {
        let example = "写成「法规：《行政复议法》2023年9月1日修订、2024年1月1日施行」：书名号内写法规名称，后面写所依据的版本。"
        guard value.hasPrefix("《"), let close = value.firstIndex(of: "》") else {
            return fail(.guideBadLaw, line: line, column: column, value: value, "「法规」行要以书名号《》写明法规名称。", example)
        }
        let name = String(value[value.index(after: value.startIndex)..<close]).trimmed
        var version = String(String(value[value.index(after: close)...]).trimmed
            .trimmingPrefix { $0 == "，" || $0 == "," || $0 == "（" || $0 == "(" || $0 == " " })
        if version.hasSuffix("）") || version.hasSuffix(")") { version.removeLast() }
        guard !name.isEmpty else {
            return fail(.guideBadLaw, line: line, column: column, value: value, "书名号内没有法规名称。", example)
        }
        guard !version.isEmpty else {
            return fail(.guideLawWithoutVersion, line: line, column: column, value: name,
                        "《\(name)》没有写明所依据的版本。", example)
        }
        if let first = laws.first(where: { $0.name == name }) {
            return fail(.guideDuplicateLaw, line: line, column: column, value: name,
                        "《\(name)》的版本写了不止一次，第\(first.location.line)行已经写过。", "删除其中一行。")
        }
        laws.append(LawVersion(name: name, version: version, location: location(line, column)))
    }

    /// Every 「待核实」 in the file is a warning: the guide is not ready for print.
    private mutating func notePending(_ chars: [Character], line: Int) {
        let mark = Array(Guide.pendingMark)
        guard chars.count >= mark.count else { return }
        for start in 0...(chars.count - mark.count) where Array(chars[start..<(start + mark.count)]) == mark {
            diagnostics.append(Diagnostic(.warning, code: .guideUnverified, at: location(line, start + 1), value: Guide.pendingMark,
                                          message: "这里标有「\(Guide.pendingMark)」：内容尚未与法规原文核对，这张导引图的海报和A4页会印上“核对中，请勿张贴”。",
                                          fix: "与法规原文核对后改正条文序号或时限，删去「\(Guide.pendingMark)」；核对不了的内容不要写在图上。"))
        }
    }

    private mutating func readNode(_ head: String, text: String, line: Int, column: Int, valueColumn: Int) {
        let words = head.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }).map(String.init)
        let keywords = NodeKind.byKeyword.keys.sorted()
        guard words.count == 2 else {
            if words.count == 1, NodeKind.byKeyword[words[0]] != nil {
                return fail(.guideMissingID, line: line, column: column + head.count, value: head,
                            "节点缺少编号。", "在「\(words[0])」后空一格写一个英文编号，例如「\(words[0]) register：\(text)」。")
            }
            let guess = Suggestion.closest(to: words.first ?? head, among: keywords + Self.headerKeys)
            return fail(.guideSyntax, line: line, column: column, value: head,
                        "无法识别「\(head)」。", (guess.map { "是不是「\($0)」？" } ?? "") + Self.syntaxHelp)
        }
        let idColumn = column + (head.distance(to: words[1]) ?? words[0].count + 1)
        guard let kind = NodeKind.byKeyword[words[0]] else {
            let guess = Suggestion.closest(to: words[0], among: keywords)
            return fail(.guideUnknownKind, line: line, column: column, value: words[0],
                        "节点类型「\(words[0])」不存在。",
                        (guess.map { "是不是「\($0)」？" } ?? "") + "可用的类型：起点、步骤、判断、法定途径、终点。")
        }
        let id = words[1]
        guard BreakableASCII.isIdentifier(id) else {
            return fail(.guideBadID, line: line, column: idColumn, value: id, "节点编号「\(id)」不合规。",
                        "编号只用英文字母、数字、「-」和「_」，并以字母开头，例如 register、review-1。")
        }
        if let first = firstLineOfId[id] {
            return fail(.guideDuplicateID, line: line, column: idColumn, value: id,
                        "节点编号「\(id)」重复，第\(first)行已经用过。", "给这个节点换一个没有用过的编号，并同步修改指向它的连线。")
        }
        guard !text.isEmpty else {
            return fail(.guideEmptyText, line: line, column: valueColumn, value: id, "节点「\(id)」没有文字。", "在冒号后写上这一步的内容。")
        }
        firstLineOfId[id] = line
        nodes.append(GuideNode(id: id, kind: kind, text: text, location: location(line, column)))
    }

    private mutating func readAttribute(_ key: String, value: String, line: Int, column: Int, valueColumn: Int) {
        guard Self.attributeKeys.contains(key) else {
            let guess = Suggestion.closest(to: key, among: Self.attributeKeys)
            return fail(.guideUnknownKey, line: line, column: column, value: key, "缩进行的项目「\(key)」不认识。",
                        (guess.map { "是不是「\($0)」？" } ?? "") + "缩进行只能写「依据：」「备注：」「时限：」「简称：」。")
        }
        guard !nodes.isEmpty else {
            return fail(.guideAttributeOutsideNode, line: line, column: column, value: key,
                        "「\(key)」前面没有节点。", "把这一行移到它所属的节点行下面，或去掉行首的空格。")
        }
        guard !value.isEmpty else {
            return fail(.guideEmptyText, line: line, column: valueColumn, "「\(key)」后面没有内容。", "在冒号后写上内容，或删除这一行。")
        }
        switch key {
        case "备注": nodes[nodes.count - 1].notes.append(value)
        case "时限": nodes[nodes.count - 1].timeLimit = value
        case "简称": nodes[nodes.count - 1].shortText = value
        default: nodes[nodes.count - 1].basis.append(value)
        }
    }

    private mutating func readEdge(_ head: String, label: String, line: Int, column: Int) {
        let isBack = head.contains("~>")
        let arrow = isBack ? "~>" : "->"
        let parts = head.split(separator: arrow, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !(isBack && head.contains("->")) else {
            return fail(.guideSyntax, line: line, column: column, value: head, "一行只能写一条连线。", Self.syntaxHelp)
        }
        let fromText = parts[0].trimmed, toText = parts[1].trimmed
        let fromColumn = column + (head.distance(to: fromText) ?? 0)
        let toColumn = column + parts[0].count + 2 + (parts[1].distance(to: toText) ?? 0)
        for (id, idColumn) in [(fromText, fromColumn), (toText, toColumn)] where id.isEmpty {
            return fail(.guideSyntax, line: line, column: idColumn, value: head, "连线缺少一端的节点编号。", Self.syntaxHelp)
        }
        if fromText == toText {
            return fail(.guideSelfLoop, line: line, column: fromColumn, value: head, "连线从「\(fromText)」又连回它自己。", "删除这条连线，或改成连到另一个节点。")
        }
        if let first = edges.first(where: { $0.from == fromText && $0.to == toText }) {
            return fail(.guideDuplicateEdge, line: line, column: column, value: head,
                        "从「\(fromText)」到「\(toText)」的连线重复，第\(first.location.line)行已经写过。", "删除其中一行；需要说明多种情况时写在同一条连线的说明里。")
        }
        edgeEnds.append(EdgeEnd(id: fromText, location: location(line, fromColumn)))
        edgeEnds.append(EdgeEnd(id: toText, location: location(line, toColumn)))
        edges.append(GuideEdge(from: fromText, to: toText, label: label.isEmpty ? nil : label, isBack: isBack,
                               location: location(line, column)))
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, characterColumn: column)
    }

    private mutating func fail(_ code: DiagnosticCode, line: Int, column: Int, value: String? = nil, _ message: String, _ fix: String) {
        diagnostics.append(Diagnostic(code: code, at: location(line, column), value: value, message: message, fix: fix))
    }
}

extension String {
    var trimmed: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }

    /// Characters from the start of `self` to the first occurrence of `part`.
    func distance(to part: String) -> Int? {
        guard !part.isEmpty, let range = firstRange(of: part) else { return nil }
        return self.distance(from: startIndex, to: range.lowerBound)
    }
}
