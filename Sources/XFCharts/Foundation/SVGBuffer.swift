import XFText

/// Appends SVG elements to one string. Every attribute value and text node goes
/// through XFText's `MarkupEscape`; there is no way to add unescaped text except
/// `appendMarkup`, which takes markup this module produced itself.
struct SVGBuffer {
    typealias Attributes = [(String, String)]

    private(set) var markup = ""

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        markup += "<" + name
        appendAttributes(attributes)
        markup += ">\n"
    }

    mutating func close(_ name: String) {
        markup += "</" + name + ">\n"
    }

    /// A childless element: `<rect …/>`.
    mutating func element(_ name: String, _ attributes: Attributes) {
        markup += "<" + name
        appendAttributes(attributes)
        markup += "/>\n"
    }

    /// An element holding escaped text: `<text …>…</text>`, `<title>…</title>`.
    mutating func element(_ name: String, _ attributes: Attributes = [], text: String) {
        markup += "<" + name
        appendAttributes(attributes)
        markup += ">" + MarkupEscape.text(text) + "</" + name + ">\n"
    }

    mutating func appendMarkup(_ other: SVGBuffer) {
        markup += other.markup
    }

    private mutating func appendAttributes(_ attributes: Attributes) {
        for (name, value) in attributes {
            markup += " " + name + "=\"" + MarkupEscape.attribute(value) + "\""
        }
    }
}

/// Short spelling for coordinates in attribute lists.
func px(_ value: Double) -> String {
    ChartNumber.coordinate(value)
}
