#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XFText

public struct DonutSlice: Sendable {
    public var name: String
    public var value: Double

    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}

public enum DonutChart {
    static let width = ChartFrame.standardWidth
    static let outer = 80.0
    static let inner = 48.0
    static let rowHeight = 20.0

    public static func render(_ input: DonutInput, idPrefix: String) -> RenderedChart {
        var canvas = ChartCanvas(kind: "donut", title: input.title, idPrefix: idPrefix, width: width)
        let format = ValueFormat.count(unit: input.unit)
        let total = input.slices.reduce(0.0) { $0 + max(0, $1.value) }
        let shares = input.slices.map { total > 0 ? max(0, $0.value) / total : 0 }
        let shareTexts = shares.map { total > 0 ? percent($0) : ValueFormat.missing }
        let height = max(outer * 2 + 24, Double(input.slices.count) * rowHeight + 24)
        let center = (x: outer + 12, y: height / 2)
        let fills = input.slices.indices.map { index in
            let style = Palette.categoryFill(index)
            return canvas.defs.fill(color: style.color, pattern: style.pattern)
        }
        if total <= 0 {
            canvas.svg.element("circle", [("cx", px(center.x)), ("cy", px(center.y)), ("r", px((outer + inner) / 2)), ("fill", "none"), ("stroke", Palette.grid), ("stroke-width", px(outer - inner))])
            ChartFrame.noData(into: &canvas.svg, x: center.x, y: center.y + 5)
        } else {
            var start = 0.0
            for (index, slice) in input.slices.enumerated() where shares[index] > 0 {
                canvas.svg.begin("g")
                canvas.svg.attribute("class", "xf-chart-slice")
                canvas.svg.endOpen()
                canvas.svg.begin("title")
                canvas.svg.beginContent()
                canvas.svg.content(slice.name)
                canvas.svg.content(" ")
                canvas.svg.content(format.label(slice.value))
                canvas.svg.content("（")
                canvas.svg.content(shareTexts[index])
                canvas.svg.content("）")
                canvas.svg.close("title")
                drawSlice(from: start, to: start + shares[index], center: center, fill: fills[index], into: &canvas.svg)
                canvas.svg.close("g")
                start += shares[index]
            }
            canvas.svg.element("text", [("class", "xf-chart-value"), ("x", px(center.x)), ("y", px(center.y + 2)), ("text-anchor", "middle"), ("font-size", "18"), ("font-weight", "600")], text: format.label(total))
            canvas.svg.element("text", [("x", px(center.x)), ("y", px(center.y + 18)), ("text-anchor", "middle"), ("font-size", px(ChartFrame.smallFontSize)), ("fill", Palette.muted)], text: "合计（\(input.unit)）")
        }
        drawKey(input, shareTexts: shareTexts, fills: fills, format: format, top: (height - Double(input.slices.count) * rowHeight) / 2, into: &canvas.svg)
        let description = total > 0
            ? "\(input.title)，合计\(format.spoken(total))，" + zip(input.slices, shares).map { "\($0.name)\(format.spoken($0.value))占\(percent($1))" }.joined(separator: "，")
            : input.title + "：" + ChartFrame.noDataText
        let table = ChartTable(
            caption: input.title,
            columns: ["类别", "数量（\(input.unit)）", "占比"],
            rows: zip(input.slices, shareTexts).map { [$0.name, format.label($0.value), $1] }
                + [["合计", format.label(total), total > 0 ? "100.0%" : ValueFormat.missing]]
        )
        return canvas.finish(height: height, description: description, table: table)
    }

    static func percent(_ share: Double) -> String {
        ValueFormat.percent.label(share)
    }

    /// An annular sector from `start` to `end` (fractions of the turn, clockwise from 12 o'clock).
    static func drawSlice(from start: Double, to end: Double, center: (x: Double, y: Double), fill: String, into svg: inout SVGBuffer) {
        if end - start > 0.9999 {
            svg.element("circle", [("cx", px(center.x)), ("cy", px(center.y)), ("r", px((outer + inner) / 2)), ("fill", "none"), ("stroke", fill), ("stroke-width", px(outer - inner))])
            return
        }
        // The `d` value written piece by piece, not interpolated into a string first.
        func point(_ fraction: Double, _ radius: Double) {
            let angle = (fraction - 0.25) * 2 * Double.pi
            svg.value(coordinate: center.x + radius * cos(angle))
            svg.value(" ")
            svg.value(coordinate: center.y + radius * sin(angle))
        }
        func arc(_ radius: Double, large: Bool, sweep: Bool) {
            svg.value(" A")
            svg.value(coordinate: radius)
            svg.value(" ")
            svg.value(coordinate: radius)
            svg.value(large ? " 0 1 " : " 0 0 ")
            svg.value(sweep ? "1 " : "0 ")
        }
        let large = end - start > 0.5
        svg.begin("path")
        svg.beginAttribute("d")
        svg.value("M")
        point(start, outer)
        arc(outer, large: large, sweep: true)
        point(end, outer)
        svg.value(" L")
        point(end, inner)
        arc(inner, large: large, sweep: false)
        point(start, inner)
        svg.value(" Z")
        svg.endAttribute()
        svg.attribute("fill", fill)
        svg.attribute("stroke", "#FFFFFF")
        svg.attribute("stroke-width", "1")
        svg.endEmpty()
    }

    /// The key beside the ring: swatch, name, value and share per slice.
    static func drawKey(_ input: DonutInput, shareTexts: [String], fills: [String], format: ValueFormat, top: Double, into svg: inout SVGBuffer) {
        let left = outer * 2 + 40
        let right = width - 8
        let fontSize = ChartFrame.fontSize
        svg.open("g", [("class", "xf-chart-legend")])
        for (index, slice) in input.slices.enumerated() {
            let middle = top + (Double(index) + 0.5) * rowHeight
            svg.begin("rect")
            svg.attribute("x", coordinate: left); svg.attribute("y", coordinate: middle - 6); svg.attribute("width", "12"); svg.attribute("height", "12")
            svg.attribute("fill", fills[index]); svg.attribute("stroke", Palette.ink); svg.attribute("stroke-width", "0.5")
            svg.endEmpty()
            svg.begin("text")
            svg.attribute("x", coordinate: left + 18); svg.attribute("y", coordinate: middle + 4)
            svg.end("text", text: TextFit.truncate(slice.name, maxWidth: right - left - 18 - 120, fontSize: fontSize))
            svg.begin("text")
            svg.attribute("class", "xf-chart-value"); svg.attribute("x", coordinate: right - 60); svg.attribute("y", coordinate: middle + 4); svg.attribute("text-anchor", "end")
            svg.end("text", text: format.label(slice.value))
            svg.begin("text")
            svg.attribute("x", coordinate: right); svg.attribute("y", coordinate: middle + 4); svg.attribute("text-anchor", "end"); svg.attribute("fill", Palette.muted)
            svg.end("text", text: shareTexts[index])
        }
        svg.close("g")
    }
}

/// Shares of a whole (e.g. cases by domain), in the caller's order. Zero slices
/// stay in the key and table; all-zero input shows "无数据".
public struct DonutInput: Sendable {
    public var title: String
    public var slices: [DonutSlice]
    public var unit: String

    public init(title: String, slices: [DonutSlice], unit: String = "件") {
        self.title = title
        self.slices = slices
        self.unit = unit
    }
}
