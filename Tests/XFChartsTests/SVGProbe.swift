import Foundation

/// Reads back elements and attributes from the SVG the charts write, so tests
/// can assert geometry instead of matching strings.
struct SVGElement {
    let name: String
    let attributes: [String: String]
    let text: String?

    func number(_ attribute: String) -> Double? {
        attributes[attribute].flatMap(Double.init)
    }
}

enum SVGProbe {
    /// Every start or empty tag named `name`, with attributes (still escaped) and
    /// the text up to the next tag.
    static func elements(_ name: String, in svg: String) -> [SVGElement] {
        var found: [SVGElement] = []
        var rest = svg[...]
        while let start = rest.range(of: "<" + name + " ") ?? rest.range(of: "<" + name + ">") {
            let afterName = rest[start.upperBound...]
            guard let end = afterName.firstIndex(of: ">") else { break }
            let inside = afterName[..<end]
            var attributes: [String: String] = [:]
            var scan = inside[...]
            while let equals = scan.range(of: "=\"") {
                let key = scan[..<equals.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                let valueStart = equals.upperBound
                guard let close = scan[valueStart...].firstIndex(of: "\"") else { break }
                attributes[key] = String(scan[valueStart..<close])
                scan = scan[scan.index(after: close)...]
            }
            let body = afterName[afterName.index(after: end)...]
            let text = inside.hasSuffix("/") ? nil : body.firstIndex(of: "<").map { String(body[..<$0]) }
            found.append(SVGElement(name: name, attributes: attributes, text: text))
            rest = body
        }
        return found
    }

    static func ids(in svg: String) -> [String] {
        ["svg", "title", "desc", "pattern", "g", "rect", "path"].flatMap { elements($0, in: svg).compactMap { $0.attributes["id"] } }
    }
}
