import XFSource

/// Renders node trees into one growing byte buffer. Names are looked up through
/// a stack of values, innermost first, as in Mustache; every miss is an error
/// with a suggestion, because view models always carry their optional fields.
struct TemplateRenderer {
    static let maximumPartialDepth = 32

    let templates: [String: Template]
    let partials: [String: Template]
    private(set) var out: [UInt8] = []
    /// The name stack, innermost last.
    private var stack: [Scope]
    /// Blocks a page fills in its layout, with the page they were written in.
    private var overrides: [String: (template: Template, block: BlockNode)] = [:]
    private var partialDepth = 0
    /// Set while rendering a partial included under `<svg>`.
    private var inSVG = false
    private let memo: RenderMemo?
    /// While a section is rendered for the memo: its value's place on the stack,
    /// where its output began, and whether it read anything from outside.
    private var memoFrame: (base: Int, start: Int, impure: Bool)?

    init(templates: [String: Template], partials: [String: Template], root: TemplateValue, capacity: Int,
         memo: RenderMemo? = nil) {
        self.templates = templates
        self.partials = partials
        self.stack = [Scope(root)]
        self.memo = memo
        out.reserveCapacity(capacity)
    }

    /// Renders a page, through its layout when it declares one.
    mutating func renderPage(_ page: Template) throws(TemplateError) {
        guard let reference = page.layout, let layout = templates[reference.name] else {
            try render(page.nodes, of: page)
            return
        }
        for (name, block) in page.blocks { overrides[name] = (page, block) }
        try render(layout.nodes, of: layout)
    }

    private mutating func render(_ nodes: [Node], of template: Template) throws(TemplateError) {
        // By index: the nodes are read in place, not copied out one by one.
        for index in nodes.indices {
            switch nodes[index] {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .variable(let variable):
                try renderVariable(variable, of: template)
            case .trusted(let variable):
                let value = try lookup(variable.path, at: variable.offset, of: template)
                switch value {
                case .markup(let markup): out.append(contentsOf: markup.bytes)
                case .null: break
                default:
                    throw template.error(.templateUntrustedRaw, at: variable.offset,
                                "{{{\(variable.path.text)}}} 只能输出 TrustedMarkup 值，这里的值是\(Self.kindName(value))",
                                hint: "普通文字请写成 {{\(variable.path.text)}}，它会被自动转义")
                }
            case .section(let section):
                try renderSection(section, of: template)
            case .partial(let reference, let underSVG):
                let outer = inSVG
                inSVG = inSVG || underSVG
                defer { inSVG = outer }
                try renderPartial(reference, of: template)
            case .block(let block):
                // A page's block: not the same for every page showing this section.
                if memoFrame != nil { memoFrame!.impure = true }
                if let override = overrides[block.name] {
                    try render(override.block.children, of: override.template)
                } else {
                    try render(block.children, of: template)
                }
            }
        }
    }

    private mutating func renderVariable(_ variable: VariableNode, of template: Template) throws(TemplateError) {
        let value = try lookup(variable.path, at: variable.offset, of: template)
        var written: String { "{{\(variable.path.text)}}" }
        let text: String
        switch value {
        case .null: return
        case .string(let string): text = string
        case .integer(let number): text = String(number)
        case .decimal(let number): text = Self.format(number)
        case .markup:
            throw template.error(.templateMarkupEscaped, at: variable.offset, "\(written) 的值是 TrustedMarkup，会被转义成文字",
                        hint: "原样输出标记请写成 {{{\(variable.path.text)}}}")
        case .bool, .list, .object, .strings, .rows:
            throw template.error(.templateNotPrintable, at: variable.offset, "\(written) 的值是\(Self.kindName(value))，不能直接输出",
                        hint: "列表和对象请用 {{#\(variable.path.text)}}…{{/\(variable.path.text)}} 展开；是否类的值请在视图模型中准备好文字")
        }
        if let frame = memoFrame, case .url(_, let quote) = variable.context,
           ContextEscape.attributeValueStart(in: out, quote: quote) <= frame.start {
            // The link's check reads the attribute from its start, before this section.
            memoFrame!.impure = true
        }
        ContextEscape.append(text, in: inSVG ? variable.context.inSVG : variable.context, to: &out)
    }

    private mutating func renderSection(_ section: SectionNode, of template: Template) throws(TemplateError) {
        let value: TemplateValue
        if section.inverted {
            // An inverted section treats a missing name like false.
            guard case .found(let found) = resolve(section.path) else {
                try render(section.children, of: template)
                return
            }
            value = found
        } else {
            value = try lookup(section.path, at: section.offset, of: template)
        }
        if section.inverted {
            if !value.isTruthy { try render(section.children, of: template) }
            return
        }
        guard value.isTruthy else { return }
        if let memo, memoFrame == nil, let identity = value.identity, memo.shares(identity) {
            let key = RenderMemo.Key(nodes: section.children.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) },
                                     value: identity, inSVG: inSVG)
            if let bytes = memo[key] {
                out.append(contentsOf: bytes)
                return
            }
            memoFrame = (base: stack.count, start: out.count, impure: false)
            try renderSectionValue(value, section, of: template)
            let frame = memoFrame!
            memoFrame = nil
            if !frame.impure { memo[key] = Array(out[frame.start...]) }
            return
        }
        try renderSectionValue(value, section, of: template)
    }

    private mutating func renderSectionValue(_ value: TemplateValue, _ section: SectionNode, of template: Template) throws(TemplateError) {
        switch value {
        case .list(let items):
            for item in items {
                stack.append(Scope(item))
                try render(section.children, of: template)
                stack.removeLast()
            }
        case .strings(let items):
            for item in items {
                stack.append(.value(.string(item)))
                try render(section.children, of: template)
                stack.removeLast()
            }
        case .rows(let rows):
            for row in 0..<rows.count {
                stack.append(.row(rows, row))
                try render(section.children, of: template)
                stack.removeLast()
            }
        case .bool:
            try render(section.children, of: template)
        default:
            stack.append(Scope(value))
            try render(section.children, of: template)
            stack.removeLast()
        }
    }

    private mutating func renderPartial(_ reference: NamedReference, of template: Template) throws(TemplateError) {
        guard let partial = partials[reference.name] else {
            throw template.unknownPartial(reference, among: partials.keys)
        }
        guard partialDepth < Self.maximumPartialDepth else {
            throw template.error(.templatePartialDepth, at: reference.offset,
                        "局部模板嵌套超过 \(Self.maximumPartialDepth) 层（{{> \(reference.name)}}）",
                        hint: "请检查局部模板是否直接或间接地引用了自己")
        }
        partialDepth += 1
        defer { partialDepth -= 1 }
        try render(partial.nodes, of: partial)
    }

    // MARK: Lookup

    private enum Resolution {
        case found(TemplateValue)
        /// The first `matched` segments were found; the next one was not, and
        /// `candidates` are the names that were there instead.
        case missing(matched: Int, candidates: [String])
    }

    /// The first segment walks up the stack; the rest descend from what it found.
    private mutating func resolve(_ path: NamePath) -> Resolution {
        guard let first = path.first else { return .found(stack[stack.count - 1].value) }
        let firstPrint = path.firstPrint
        var foundAt = -1
        // A name found below the memoised section's value: its output depends on the page.
        defer { if let frame = memoFrame, foundAt < frame.base { memoFrame!.impure = true } }
        var current: TemplateValue?
        // By position, innermost first: iterating `stack.reversed()` would copy
        // (retain and release) every value passed on the way.
        var position = stack.count - 1
        while position >= 0 {
            if let found = stack[position].field(first, print: firstPrint) {
                current = found
                foundAt = position
                break
            }
            position -= 1
        }
        guard var value = current else {
            var names: [String] = []
            for scope in stack { names += scope.keys }
            return .missing(matched: 0, candidates: names)
        }
        // By index: most names have one segment, and an enumerated, dropped sequence costs for each.
        for index in path.segments.indices.dropFirst() {
            guard let next = value.field(named: path.segments[index], print: path.prints[index]) else {
                guard case .object(let object) = value else { return .missing(matched: index, candidates: []) }
                return .missing(matched: index, candidates: object.keys)
            }
            value = next
        }
        return .found(value)
    }

    private mutating func lookup(_ path: NamePath, at offset: Int, of template: Template) throws(TemplateError) -> TemplateValue {
        switch resolve(path) {
        case .found(let value):
            return value
        case .missing(let matched, let candidates):
            let prefix = path.segments.prefix(matched).map { $0 + "." }.joined()
            let suffix = path.segments.dropFirst(matched + 1).map { "." + $0 }.joined()
            let hint = NameSuggestion.hint(for: path.segments[matched], among: candidates) { "{{\(prefix)\($0)\(suffix)}}" }
            let message = matched == 0 ? "未知的变量 {{\(path.text)}}"
                : "{{\(path.segments.prefix(matched).joined(separator: "."))}} 中没有 \(path.segments[matched])"
            throw template.error(.templateUnknownName, at: offset, message,
                        hint: hint.isEmpty ? "请检查视图模型中是否有这个字段" : hint)
        }
    }

    // MARK: Helpers


    /// Whole numbers print without a decimal point; others in Swift's shortest form.
    static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return number.isFinite ? String(number) : ""
    }

    static func kindName(_ value: TemplateValue) -> String {
        switch value {
        case .null: "空值"
        case .string: "文字"
        case .integer, .decimal: "数字"
        case .bool: "是否值（Bool）"
        case .list, .strings, .rows: "列表"
        case .object: "对象"
        case .markup: "TrustedMarkup"
        }
    }
}

/// One entry of the renderer's name stack: names are searched in objects and in
/// rows (read in place), never in other values.
enum Scope {
    case value(TemplateValue)
    case object(TemplateObject)
    /// Row `Int` of a list of view models.
    case row(TemplateRows, Int)

    init(_ value: TemplateValue) {
        if case .object(let object) = value { self = .object(object) } else { self = .value(value) }
    }

    /// The field `key`, whose fingerprint the caller computed once.
    func field(_ key: String, print: UInt64) -> TemplateValue? {
        switch self {
        case .object(let object): object.value(of: key, print: print)
        case .row(let rows, let row): rows.value(at: row, of: key, print: print)
        case .value: nil
        }
    }

    /// The names found here, for an unknown name's suggestion.
    var keys: [String] {
        switch self {
        case .object(let object): object.keys
        case .row(let rows, _): rows.keys.keys
        case .value: []
        }
    }

    /// The entry as a value (`{{.}}`).
    var value: TemplateValue {
        switch self {
        case .object(let object): .object(object)
        case .row(let rows, let row): .object(rows.object(at: row))
        case .value(let value): value
        }
    }
}
