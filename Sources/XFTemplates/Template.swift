import XFSource

/// One template file parsed once into a node tree. Text is kept as bytes and
/// every tag remembers its byte offset, from which errors find line and column.
struct Template: Sendable {
    /// `page` for `page.html`, `header` for `partials/header.html`.
    let name: String
    /// The path shown in errors, such as `site-templates/page.html`.
    let file: String
    let source: [UInt8]
    let nodes: [Node]
    /// Set when the page starts with `{{< layout}}`; its blocks then fill the layout.
    let layout: NamedReference?
    let blocks: [String: BlockNode]
}

extension Template {
    /// An error pointing at `offset` in this template.
    func error(_ code: DiagnosticCode, at offset: Int, _ message: String, hint: String) -> TemplateError {
        TemplateError(code: code, file: file, source: source, offset: offset, message: message, hint: hint)
    }

    /// Raised at load time by `TemplateSetCheck`; rendering can only meet it if
    /// a template set was assembled without that check.
    func unknownPartial(_ reference: NamedReference, among partials: some Collection<String>) -> TemplateError {
        error(.templateUnknownPartial, at: reference.offset,
              "找不到局部模板 {{> \(reference.name)}}（partials/\(reference.name).html）",
              hint: NameSuggestion.hint(for: reference.name, among: Array(partials)) { "{{> \($0)}}" })
    }
}

/// Where a variable sits in the page, decided at parse time; it picks the escaping.
enum EscapeContext: Sendable, Equatable {
    case text(xml: Bool)
    case attribute(xml: Bool)
    /// A URL attribute (href, src, …) delimited by `quote`.
    case url(xml: Bool, quote: UInt8)

    /// The same place inside an SVG document, for partials included under `<svg>`.
    var inSVG: EscapeContext {
        switch self {
        case .text: .text(xml: true)
        case .attribute: .attribute(xml: true)
        case .url(_, let quote): .url(xml: true, quote: quote)
        }
    }
}

enum Node: Sendable {
    case text([UInt8])
    case variable(VariableNode)
    /// `{{{name}}}` / `{{& name}}`: accepts only `TrustedMarkup`.
    case trusted(VariableNode)
    case section(SectionNode)
    /// `inSVG`: included under `<svg>`, so the partial's values follow XML rules.
    case partial(NamedReference, inSVG: Bool)
    case block(BlockNode)
}

/// A dotted name as written (`unit.name`, or `.` for the current item).
/// A class: a render reads each tag's path thousands of times, and one
/// reference is cheaper to pass around than its three arrays and strings.
final class NamePath: Sendable, Equatable {
    let text: String
    let segments: [String]
    /// Each segment's `FieldKeys.fingerprint`, for the lookups of every render.
    let prints: [UInt64]
    /// The first segment and its fingerprint, read by every lookup (nil for `.`).
    let first: String?
    let firstPrint: UInt64

    init(_ text: String) {
        self.text = text
        self.segments = text == "." ? [] : text.split(separator: ".").map(String.init)
        prints = segments.map(FieldKeys.fingerprint)
        first = segments.first
        firstPrint = prints.first ?? 0
    }

    static func == (a: NamePath, b: NamePath) -> Bool { a.text == b.text }
}

struct VariableNode: Sendable {
    let path: NamePath
    /// Offset of the name inside the tag, where an unknown-name caret points.
    let offset: Int
    let context: EscapeContext
}

struct SectionNode: Sendable {
    let path: NamePath
    let offset: Int
    let inverted: Bool
    let children: [Node]
}

struct BlockNode: Sendable {
    let name: String
    let offset: Int
    let children: [Node]
}

/// A partial or layout named by a tag, with the offset of that name.
struct NamedReference: Sendable {
    let name: String
    let offset: Int
}
