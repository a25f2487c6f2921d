import XFText

/// Draws a QR code as SVG: black modules on white, the quiet zone of four
/// modules on every side that ISO/IEC 18004 requires, one module per user unit
/// (the page sets the printed size), dark runs of a row merged into one
/// rectangle each, and crisp edges so scanners see sharp modules.
public enum QRCodeSVG {
    public static let quietZone = 4

    public static func render(_ code: QRCode, label: String) -> String {
        let side = code.size + 2 * quietZone
        var svg = SVGBuffer(capacity: 4096)
        svg.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(side) \(side)"),
                         ("class", "xf-qr"), ("role", "img"), ("aria-label", label), ("shape-rendering", "crispEdges")])
        svg.element("rect", [("width", "\(side)"), ("height", "\(side)"), ("fill", "#ffffff")])
        var path = ""
        for row in 0..<code.size {
            var column = 0
            while column < code.size {
                guard code.isDark(row: row, column: column) else { column += 1; continue }
                let start = column
                while column < code.size && code.isDark(row: row, column: column) { column += 1 }
                path += "M\(start + quietZone) \(row + quietZone)h\(column - start)v1h-\(column - start)z"
            }
        }
        svg.element("path", [("d", path), ("fill", "#000000")])
        svg.close("svg")
        return svg.markup
    }
}
