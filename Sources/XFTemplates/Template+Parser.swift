import XFSource

/// Builds the node tree from the lexer's tokens, running the HTML tracker over
/// the text so every variable gets its escaping from where it sits.
extension Template {
    init(name: String, file: String, source: [UInt8]) throws(TemplateError) {
        var parser = TemplateParser(file: file, source: source)
        try parser.parse()
        self.init(name: name, file: file, source: source, nodes: parser.root,
                  layout: parser.layout, blocks: parser.topLevelBlocks)
    }
}

private struct TemplateParser {
    /// An open `{{#…}}`, `{{^…}}` or `{{$…}}` waiting for its `{{/…}}`.
    private struct Frame {
        let tag: TemplateLexer.Tag
        let region: Region
        var children: [Node] = []
    }

    /// Sections must close in the same kind of place they opened, so that a
    /// section cannot start in text and end inside an attribute.
    private enum Region: Equatable {
        case text(svg: Bool), comment, rawText, tag, value(start: Int)
    }

    let file: String
    let source: [UInt8]
    private var lexer: TemplateLexer
    private var tracker = MarkupContextTracker()
    private var frames: [Frame] = []
    private(set) var root: [Node] = []
    private(set) var layout: NamedReference?
    private(set) var topLevelBlocks: [String: BlockNode] = [:]
    /// The first top-level content other than blocks, which a layout page may not have.
    private var firstStrayContent: Int?

    init(file: String, source: [UInt8]) {
        self.file = file
        self.source = source
        self.lexer = TemplateLexer(bytes: source, file: file)
    }

    mutating func parse() throws(TemplateError) {
        while let token = try lexer.next() {
            switch token {
            case .text(let range):
                tracker.consume(source[range])
                if frames.isEmpty, firstStrayContent == nil,
                   let visible = source[range].firstIndex(where: { !Self.isSpace($0) }) {
                    firstStrayContent = visible
                }
                append(.text(Array(source[range])))
            case .tag(let tag):
                try handle(tag)
            }
        }
        if let open = frames.last {
            throw error(.templateUnclosedSection, at: open.tag.start,
                        "未闭合的区块 {{\(Self.sigil(open.tag))\(open.tag.name)}}", hint: "请在区块结束处加上 {{/\(open.tag.name)}}")
        }
        if let layout, let stray = firstStrayContent {
            throw error(.templateContentOutsideBlock, at: stray,
                        "使用布局 {{< \(layout.name)}} 的页面中，区块之外的内容不会显示",
                        hint: "请把这段内容放进 {{$content}}…{{/content}} 这样的区块里")
        }
    }

    private mutating func handle(_ tag: TemplateLexer.Tag) throws(TemplateError) {
        switch tag.kind {
        case .comment:
            return
        case .variable, .trusted:
            try appendVariable(tag)
        case .section, .inverted, .block:
            if tag.kind == .block { try requireText(tag, what: "区块 {{$\(tag.name)}}") }
            noteStrayContent(tag)
            frames.append(Frame(tag: tag, region: region))
        case .close:
            try close(tag)
        case .partial:
            try requireText(tag, what: "局部模板 {{> \(tag.name)}}")
            noteStrayContent(tag)
            append(.partial(NamedReference(name: tag.name, offset: tag.nameStart), inSVG: tracker.placement == .text(svg: true)))
        case .layout:
            guard frames.isEmpty else {
                throw error(.templateLayoutInSection, at: tag.start, "{{< \(tag.name)}} 不能写在区块里面",
                            hint: "请把它写在页面的第一行")
            }
            if layout != nil {
                throw error(.templateSecondLayout, at: tag.start, "一个页面只能使用一个布局",
                            hint: "请删掉多余的 {{< \(tag.name)}}")
            }
            layout = NamedReference(name: tag.name, offset: tag.nameStart)
        }
    }

    private mutating func appendVariable(_ tag: TemplateLexer.Tag) throws(TemplateError) {
        noteStrayContent(tag)
        if tag.kind == .trusted {
            try requireText(tag, what: "原样输出标签 {{{\(tag.name)}}}")
            guard case .text(let svg) = tracker.placement else { return }
            let node = VariableNode(path: NamePath(tag.name), offset: tag.nameStart, context: .text(xml: svg))
            append(.trusted(node))
            return
        }
        let context = try escapeContext(for: tag)
        append(.variable(VariableNode(path: NamePath(tag.name), offset: tag.nameStart, context: context)))
    }

    /// The escaping a variable gets, or why it may not stand where it is.
    private func escapeContext(for tag: TemplateLexer.Tag) throws(TemplateError) -> EscapeContext {
        let written = "{{\(tag.name)}}"
        switch tracker.placement {
        case .text(let svg):
            return .text(xml: svg)
        case .comment:
            throw error(.templateVariableInComment, at: tag.start, "HTML 注释 <!-- --> 中不能使用变量 \(written)",
                        hint: "请把变量移到注释外面；模板自己的注释请写成 {{! … }}")
        case .rawText(let element):
            throw error(.templateVariableInScript, at: tag.start, "<\(element)> 中不能使用变量 \(written)",
                        hint: "脚本和样式请写成静态文件；页面数据请放进带引号的 data- 属性里")
        case .insideTag:
            throw error(.templateVariableInTag, at: tag.start, "变量 \(written) 不能写在标签名或属性名的位置",
                        hint: "请把变量放进带引号的属性值里，例如 class=\"\(written)\"")
        case .unquotedValue(let attribute):
            throw error(.templateUnquotedAttribute, at: tag.start, "属性 \(attribute) 的值没有加引号，不能在其中使用变量 \(written)",
                        hint: "请给属性值加上双引号：\(attribute)=\"\(written)\"")
        case .quotedValue(let attribute, let quote, let svg, _):
            if attribute.hasPrefix("on") {
                throw error(.templateVariableInEvent, at: tag.start, "事件属性 \(attribute) 中不能使用变量 \(written)",
                            hint: "脚本请写在静态文件中，数据放进 data- 属性里")
            }
            if Self.urlAttributes.contains(attribute) { return .url(xml: svg, quote: quote) }
            return .attribute(xml: svg)
        }
    }

    /// Attributes whose value is a URL, so a `javascript:` value could run code.
    private static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "poster", "cite", "data", "srcset", "background",
    ]

    private mutating func close(_ tag: TemplateLexer.Tag) throws(TemplateError) {
        guard let frame = frames.popLast() else {
            throw error(.templateStrayClose, at: tag.start, "多余的结束标签 {{/\(tag.name)}}",
                        hint: "前面没有对应的 {{#\(tag.name)}}，请删掉它或补上开始标签")
        }
        guard frame.tag.name == tag.name else {
            let opened = TemplateError(code: "", file: file, source: source, offset: frame.tag.start, message: "")
            throw error(.templateMismatchedClose, at: tag.start,
                        "结束标签 {{/\(tag.name)}} 与第 \(opened.line) 行的 {{\(Self.sigil(frame.tag))\(frame.tag.name)}} 不匹配",
                        hint: "请改成 {{/\(frame.tag.name)}}，或检查区块的嵌套顺序")
        }
        guard frame.region == region else {
            throw error(.templateSectionCrossesMarkup, at: tag.start,
                        "区块 {{#\(tag.name)}} 的开始和结束不在 HTML 的同一处",
                        hint: "请把开始和结束标签放在同一段正文或同一个属性值里")
        }
        switch frame.tag.kind {
        case .block:
            let block = BlockNode(name: tag.name, offset: frame.tag.nameStart, children: frame.children)
            if frames.isEmpty {
                if topLevelBlocks[tag.name] != nil {
                    throw error(.templateDuplicateBlock, at: frame.tag.start, "区块 {{$\(tag.name)}} 重复定义",
                                hint: "同名区块只能写一次")
                }
                topLevelBlocks[tag.name] = block
            }
            append(.block(block))
        default:
            append(.section(SectionNode(path: NamePath(tag.name), offset: frame.tag.nameStart,
                                        inverted: frame.tag.kind == .inverted, children: frame.children)))
        }
    }

    private var region: Region {
        switch tracker.placement {
        case .text(let svg): .text(svg: svg)
        case .comment: .comment
        case .rawText: .rawText
        case .insideTag, .unquotedValue: .tag
        case .quotedValue(_, _, _, let start): .value(start: start)
        }
    }

    private func requireText(_ tag: TemplateLexer.Tag, what: String) throws(TemplateError) {
        guard case .text = tracker.placement else {
            throw error(.templateMarkupOutsideText, at: tag.start, "\(what) 只能用在正文中",
                        hint: "不能把它放进标签、属性值、注释或 <script>/<style> 里")
        }
    }

    private mutating func noteStrayContent(_ tag: TemplateLexer.Tag) {
        if frames.isEmpty, tag.kind != .block, firstStrayContent == nil { firstStrayContent = tag.start }
    }

    private mutating func append(_ node: Node) {
        if frames.isEmpty { root.append(node) } else { frames[frames.count - 1].children.append(node) }
    }

    private func error(_ code: DiagnosticCode, at offset: Int, _ message: String, hint: String) -> TemplateError {
        TemplateError(code: code, file: file, source: source, offset: offset, message: message, hint: hint)
    }

    private static func sigil(_ tag: TemplateLexer.Tag) -> String {
        tag.kind == .inverted ? "^" : tag.kind == .block ? "$" : "#"
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
