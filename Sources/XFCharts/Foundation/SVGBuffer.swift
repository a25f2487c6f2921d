import XFText

/// Appends SVG elements to one byte buffer. Every attribute value and text node
/// goes through XFText's `MarkupEscape`; there is no way to add unescaped text
/// except `appendMarkup`, which takes markup this module produced itself.
///
/// Bytes rather than `String` concatenation: a build writes some ten million
/// attributes, and appending UTF-8 bytes to one array is several times cheaper
/// than growing a `String` piece by piece.
struct SVGBuffer {
    typealias Attributes = [(String, String)]

    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The markup as text.
    var markup: String { String(decoding: bytes, as: UTF8.self) }

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        startTag(name, attributes)
        append(">\n")
    }

    mutating func close(_ name: String) {
        append("</")
        append(name)
        append(">\n")
    }

    /// A childless element: `<rect …/>`.
    mutating func element(_ name: String, _ attributes: Attributes) {
        startTag(name, attributes)
        append("/>\n")
    }

    /// An element holding escaped text: `<text …>…</text>`, `<title>…</title>`.
    mutating func element(_ name: String, _ attributes: Attributes = [], text: String) {
        startTag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        appendEscaped(text, quotes: false)
        append("</")
        append(name)
        append(">\n")
    }

    mutating func appendMarkup(_ other: SVGBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    private mutating func startTag(_ name: String, _ attributes: Attributes) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        for (name, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            append(name)
            append("=\"")
            appendEscaped(value, quotes: true)
            bytes.append(UInt8(ascii: "\""))
        }
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

/// Short spelling for coordinates in attribute lists.
func px(_ value: Double) -> String {
    ChartNumber.coordinate(value)
}
