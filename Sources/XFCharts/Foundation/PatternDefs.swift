import Synchronization
import XFText

/// `<pattern>` definitions a chart needs, registered on first use in drawing
/// order (so output is stable) with ids under the chart's prefix.
struct PatternDefs {
    private let ids: ChartIDs
    private var registered: [String] = []
    private var definitions = SVGBuffer()

    init(ids: ChartIDs) {
        self.ids = ids
    }

    var isEmpty: Bool { registered.isEmpty }

    /// A `fill` value: the colour itself for solid fills, else `url(#prefix-pattern-N)`.
    mutating func fill(color: String, pattern: FillPattern) -> String {
        guard pattern != .solid else { return color }
        let key = color + "/" + pattern.rawValue
        if let index = registered.firstIndex(of: key) {
            return "url(#" + ids.id("pattern-\(index)") + ")"
        }
        let id = ids.id("pattern-\(registered.count)")
        if registered.isEmpty { definitions.open("defs") }
        registered.append(key)
        define(id: id, color: color, pattern: pattern)
        return "url(#" + id + ")"
    }

    /// The complete `<defs>` element (empty when nothing was registered).
    var markup: SVGBuffer {
        var complete = definitions
        if !registered.isEmpty { complete.close("defs") }
        return complete
    }

    /// Definitions drawn so far, by id, colour and pattern: the same few (a donut's
    /// four channels under `cs-`) recur on every page, and their markup depends on
    /// nothing else.
    private static let drawn = Mutex<[String: SVGBuffer]>([:])

    private mutating func define(id: String, color: String, pattern: FillPattern) {
        let key = id + "\u{1}" + color + "\u{1}" + pattern.rawValue
        if let found = Self.drawn.withLock({ $0[key] }) {
            definitions.appendMarkup(found)
            return
        }
        var drawn = SVGBuffer()
        Self.draw(id: id, color: color, pattern: pattern, into: &drawn)
        definitions.appendMarkup(drawn)
        Self.drawn.withLock { $0[key] = drawn }
    }

    private static func draw(id: String, color: String, pattern: FillPattern, into definitions: inout SVGBuffer) {
        let size = 6.0
        var attributes: SVGBuffer.Attributes = [("id", id), ("patternUnits", "userSpaceOnUse"), ("width", px(size)), ("height", px(size))]
        if pattern == .diagonal { attributes.append(("patternTransform", "rotate(45)")) }
        if pattern == .reverseDiagonal { attributes.append(("patternTransform", "rotate(-45)")) }
        definitions.open("pattern", attributes)
        definitions.element("rect", [("width", px(size)), ("height", px(size)), ("fill", color)])
        let texture = ("stroke", "#FFFFFF")
        switch pattern {
        case .solid:
            break
        case .diagonal, .reverseDiagonal, .vertical:
            definitions.element("line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", px(size)), texture, ("stroke-width", "2")])
        case .horizontal:
            definitions.element("line", [("x1", "0"), ("y1", "3"), ("x2", px(size)), ("y2", "3"), texture, ("stroke-width", "1.5")])
        case .cross:
            definitions.element("path", [("d", "M0 3H6M3 0V6"), texture, ("stroke-width", "1.2")])
        case .dots:
            definitions.element("circle", [("cx", "3"), ("cy", "3"), ("r", "1.3"), ("fill", "#FFFFFF")])
        }
        definitions.close("pattern")
    }
}
