import XFText

/// One key in a legend: a filled swatch, a line sample or a marker, then a label.
struct LegendEntry {
    enum Sample {
        case swatch(fill: String)
        case line(color: String, dash: String?, marker: MarkerShape?)
        case marker(MarkerShape, color: String)
    }

    let sample: Sample
    let label: String
}

enum Legend {
    static let rowHeight = 16.0

    /// Draws entries left to right from (x, y), wrapping before `maxX`;
    /// returns the height used.
    @discardableResult
    static func draw(_ entries: [LegendEntry], x: Double, y: Double, maxX: Double, into svg: inout SVGBuffer) -> Double {
        guard !entries.isEmpty else { return 0 }
        let fontSize = ChartFrame.smallFontSize
        var cursorX = x
        var rowY = y
        svg.open("g", [("class", "xf-chart-legend"), ("font-size", px(fontSize))])
        for entry in entries {
            let width = 18 + TextWidth.pixels(entry.label, fontSize: fontSize) + 12
            if cursorX > x && cursorX + width > maxX {
                cursorX = x
                rowY += rowHeight
            }
            let middle = rowY + rowHeight / 2
            switch entry.sample {
            case .swatch(let fill):
                svg.element("rect", [("x", px(cursorX)), ("y", px(middle - 5)), ("width", "12"), ("height", "10"), ("fill", fill), ("stroke", Palette.ink), ("stroke-width", "0.5")])
            case .line(let color, let dash, let marker):
                var attributes: SVGBuffer.Attributes = [("x1", px(cursorX)), ("y1", px(middle)), ("x2", px(cursorX + 14)), ("y2", px(middle)), ("stroke", color), ("stroke-width", "2")]
                if let dash { attributes.append(("stroke-dasharray", dash)) }
                svg.element("line", attributes)
                if let marker { Marks.marker(marker, x: cursorX + 7, y: middle, color: color, into: &svg) }
            case .marker(let shape, let color):
                Marks.marker(shape, x: cursorX + 6, y: middle, color: color, into: &svg)
            }
            svg.element("text", [("x", px(cursorX + 18)), ("y", px(middle + 4))], text: entry.label)
            cursorX += width
        }
        svg.close("g")
        return rowY + rowHeight - y
    }

    /// Height `draw` would use, for laying out before drawing.
    static func height(_ entries: [LegendEntry], x: Double, maxX: Double) -> Double {
        var scratch = SVGBuffer()
        return draw(entries, x: x, y: 0, maxX: maxX, into: &scratch)
    }
}

/// Small shared marks: point markers and the dashed reference line.
enum Marks {
    static let targetDash = "6 3"
    static let secondSeriesDash = "4 3"

    static func marker(_ shape: MarkerShape, x: Double, y: Double, color: String, size: Double = 3.5, into svg: inout SVGBuffer) {
        // Drawn piecewise (no attribute array): a trend chart draws dozens per page.
        switch shape {
        case .circle, .hollowCircle:
            CircleStamp(shape, color: color, size: size).draw(x: x, y: y, into: &svg)
        case .hollowSquare:
            svg.begin("rect")
            svg.attribute("x", coordinate: x - size + 0.5); svg.attribute("y", coordinate: y - size + 0.5)
            svg.attribute("width", coordinate: size * 2 - 1); svg.attribute("height", coordinate: size * 2 - 1)
            svg.attribute("fill", "#FFFFFF"); svg.attribute("stroke", color); svg.attribute("stroke-width", "1.5")
            svg.endEmpty()
        case .square:
            svg.begin("rect")
            svg.attribute("x", coordinate: x - size); svg.attribute("y", coordinate: y - size)
            svg.attribute("width", coordinate: size * 2); svg.attribute("height", coordinate: size * 2)
            svg.attribute("fill", color); svg.attribute("stroke", Palette.ink); svg.attribute("stroke-width", "0.8")
            svg.endEmpty()
        case .triangle:
            let top = "\(px(x)),\(px(y - size * 1.2))"
            let left = "\(px(x - size * 1.15)),\(px(y + size * 0.9))"
            let right = "\(px(x + size * 1.15)),\(px(y + size * 0.9))"
            svg.element("polygon", [("points", top + " " + right + " " + left), ("fill", color), ("stroke", Palette.ink), ("stroke-width", "0.8")])
        }
    }
}

/// A circle marker's markup around its centre, made once for many markers of
/// one colour and size (a trend's 24): drawing one is then three copies and
/// two numbers. The one place the circle markers' attributes are written.
struct CircleStamp {
    private var head = SVGBuffer(), middle = SVGBuffer(), tail = SVGBuffer()

    /// `shape`: `.circle` (filled) or `.hollowCircle`; other shapes are not circles.
    init(_ shape: MarkerShape, color: String, size: Double) {
        head.begin("circle")
        head.beginAttribute("cx")
        middle.endAttribute()
        middle.beginAttribute("cy")
        tail.endAttribute()
        tail.attribute("r", coordinate: size)
        if shape == .hollowCircle {
            tail.attribute("fill", "#FFFFFF"); tail.attribute("stroke", color); tail.attribute("stroke-width", "1.5")
        } else {
            tail.attribute("fill", color); tail.attribute("stroke", "#FFFFFF"); tail.attribute("stroke-width", "1")
        }
        tail.endEmpty()
    }

    func draw(x: Double, y: Double, into svg: inout SVGBuffer) {
        svg.appendMarkup(head)
        svg.value(coordinate: x)
        svg.appendMarkup(middle)
        svg.value(coordinate: y)
        svg.appendMarkup(tail)
    }
}
