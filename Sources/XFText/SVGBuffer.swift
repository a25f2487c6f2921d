/// Appends SVG elements to one byte buffer. Every attribute value and text node
/// goes through XFText's `MarkupEscape`; there is no way to add unescaped text
/// except `appendMarkup`, which takes markup this module produced itself.
///
/// Bytes rather than `String` concatenation: a build writes some ten million
/// attributes, and appending UTF-8 bytes to one array is several times cheaper
/// than growing a `String` piece by piece.
public struct SVGBuffer: Sendable {
    public typealias Attributes = [(String, String)]

    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The markup as text.
    public var markup: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func open(_ name: String, _ attributes: Attributes = []) {
        startTag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        bytes.append(Self.lineBreak)
    }

    public mutating func close(_ name: String) {
        closeInline(name)
        bytes.append(Self.lineBreak)
    }

    /// A childless element: `<rect …/>`.
    public mutating func element(_ name: String, _ attributes: Attributes) {
        startTag(name, attributes)
        endEmpty()
    }

    /// An element holding escaped text: `<text …>…</text>`, `<title>…</title>`.
    public mutating func element(_ name: String, _ attributes: Attributes = [], text: String) {
        inlineElement(name, attributes, text: text)
        bytes.append(Self.lineBreak)
    }

    /// A start tag with no line break after it, for elements whose children
    /// must follow without white space (the `<tspan>`s of a `<text>`).
    public mutating func openInline(_ name: String, _ attributes: Attributes = []) {
        startTag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
    }

    /// An end tag with no line break after it.
    public mutating func closeInline(_ name: String) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// An element holding escaped text, with no line break after it.
    public mutating func inlineElement(_ name: String, _ attributes: Attributes = [], text: String) {
        openInline(name, attributes)
        appendEscaped(text, quotes: false)
        closeInline(name)
    }

    // Piecewise forms for the elements a chart draws by the dozen (markers, grid
    // lines, labels): the same bytes as `element`, without an attribute array to
    // build and free for each one. `begin`, any `attribute`s, then `end…`.

    /// `<name`.
    public mutating func begin(_ name: String) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
    }

    /// ` name="value"`, the value escaped.
    public mutating func attribute(_ name: String, _ value: String) {
        attributeStart(name)
        appendEscaped(value, quotes: true)
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` name="12.5"`: a coordinate or length as `ChartNumber.coordinate` writes
    /// it, put straight into the buffer (digits need no escaping).
    public mutating func attribute(_ name: String, coordinate value: Double) {
        attributeStart(name)
        ChartNumber.append(value, decimals: 1, trimZeros: true, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` name="`: an attribute whose value is written in pieces (`value`), then
    /// `endAttribute`; a path's `d` is dozens of numbers, never one string.
    public mutating func beginAttribute(_ name: String) {
        attributeStart(name)
    }

    /// A piece of an attribute value, escaped.
    public mutating func value(_ text: String) {
        appendEscaped(text, quotes: true)
    }

    /// A coordinate inside an attribute value, as `attribute(_:coordinate:)` writes it.
    public mutating func value(coordinate: Double) {
        ChartNumber.append(coordinate, decimals: 1, trimZeros: true, to: &bytes)
    }

    /// The closing quote of `beginAttribute`.
    public mutating func endAttribute() {
        bytes.append(UInt8(ascii: "\""))
    }

    /// `>` and a line break: an element with children, as `open` ends its start tag.
    public mutating func endOpen() {
        bytes.append(UInt8(ascii: ">"))
        bytes.append(Self.lineBreak)
    }

    /// `/>` and a line break: a childless element, as `element(_:_:)` ends it.
    public mutating func endEmpty() {
        bytes.append(UInt8(ascii: "/"))
        bytes.append(UInt8(ascii: ">"))
        bytes.append(Self.lineBreak)
    }

    /// `>`, escaped text, the end tag and a line break, as `element(_:_:text:)` ends it.
    public mutating func end(_ name: String, text: String) {
        bytes.append(UInt8(ascii: ">"))
        appendEscaped(text, quotes: false)
        closeInline(name)
        bytes.append(Self.lineBreak)
    }

    /// `>`: the start tag begun with `begin` ends and text follows, in pieces
    /// (`content`), then `close`. The same bytes as `end(_:text:)` with the
    /// pieces joined, without building the joined string.
    public mutating func beginContent() {
        bytes.append(UInt8(ascii: ">"))
    }

    /// One piece of an element's text, escaped.
    public mutating func content(_ text: String) {
        appendEscaped(text, quotes: false)
    }

    /// The block forms end their tags with one; the inline forms do not.
    private static let lineBreak = UInt8(ascii: "\n")

    public mutating func appendMarkup(_ other: SVGBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    private mutating func startTag(_ name: String, _ attributes: Attributes) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        for (name, value) in attributes { attribute(name, value) }
    }

    /// ` name="`.
    private mutating func attributeStart(_ name: String) {
        bytes.append(UInt8(ascii: " "))
        append(name)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Through `withUTF8`: one `memcpy`, where appending `text.utf8` walks a
    /// generic sequence; most pieces are a few bytes, so the set-up dominates.
    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private mutating func appendEscaped(_ text: String, quotes: Bool) {
        MarkupEscape.append(text, to: &bytes, quotes: quotes)
    }
}
