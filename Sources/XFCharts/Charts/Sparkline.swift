import XFText

public enum Sparkline {
    static let width = 120.0
    static let height = 32.0
    static let pad = 4.0

    public static func render(_ input: SparklineInput, idPrefix: String) -> RenderedChart {
        var canvas = ChartCanvas(kind: "sparkline", title: input.title, idPrefix: idPrefix, width: width)
        let count = min(input.months.count, input.values.count)
        let values = Array(input.values.prefix(count))
        let present = values.compactMap { $0 }
        if let low = present.min(), let high = present.max() {
            let y = LinearScale(domain: low...high, start: height - pad, end: pad)
            let step = count > 1 ? (width - pad * 2) / Double(count - 1) : 0
            let x = { (index: Int) in count > 1 ? pad + Double(index) * step : width / 2 }
            let flat = high - low < 1e-12
            let point = { (index: Int, value: Double) in (x(index), flat ? height / 2 : y(value)) }
            LinePath.draw(values, point: point, color: Palette.blue, dash: nil, width: 1.5, dotsIsolated: true, into: &canvas.svg)
            if let last = values.lastIndex(where: { $0 != nil }), let value = values[last] {
                let (lx, ly) = point(last, value)
                Marks.marker(.circle, x: lx, y: ly, color: Palette.blue, size: 3, into: &canvas.svg)
            }
        } else {
            canvas.svg.element("text", [("class", "xf-chart-empty"), ("x", px(width / 2)), ("y", px(height / 2 + 4)), ("text-anchor", "middle"), ("fill", Palette.muted), ("font-size", "11")], text: ChartFrame.noDataText)
        }
        let description = describe(input, values: values)
        let table = ChartTable(
            caption: input.title,
            columns: ["月份", input.title],
            rows: zip(input.months, values).map { [$0.chineseName, input.format.label($1)] }
        )
        return canvas.finish(height: height, description: description, table: table)
    }

    static func describe(_ input: SparklineInput, values: [Double?]) -> String {
        let period = ChartMonth.period(Array(input.months.prefix(values.count)))
        guard let lastIndex = values.lastIndex(where: { $0 != nil }), let last = values[lastIndex] else {
            return "\(period)\(input.title)：\(ChartFrame.noDataText)"
        }
        let present = values.compactMap { $0 }
        var text = "\(period)\(input.title)，最新值\(input.format.spoken(last))"
        if lastIndex != values.count - 1 { text += "（\(input.months[lastIndex].chineseName)）" }
        if let low = present.min(), let high = present.max() {
            text += "，最高\(input.format.spoken(high))，最低\(input.format.spoken(low))"
        }
        return text
    }
}

/// Input for the small trend line on a KPI card: usually 12 months, no axes.
public struct SparklineInput: Sendable {
    public var title: String
    public var months: [ChartMonth]
    /// One value per month; nil where the month has no value (drawn as a gap).
    public var values: [Double?]
    public var format: ValueFormat

    public init(title: String, months: [ChartMonth], values: [Double?], format: ValueFormat) {
        self.title = title
        self.months = months
        self.values = values
        self.format = format
    }
}

/// Polylines through present values, broken at nils so a missing month is a
/// gap and never a drop to zero; isolated points are left to the markers.
enum LinePath {
    /// - Parameter dotsIsolated: draw a dot for a value with gaps on both sides
    ///   (charts that mark every point already show it).
    static func draw(_ values: [Double?], point: (Int, Double) -> (Double, Double), color: String, dash: String?, width: Double, dotsIsolated: Bool = false, into svg: inout SVGBuffer) {
        // A value starts a run when the one before is missing; a run of one is a dot, not part of the path.
        func isAlone(_ index: Int) -> Bool {
            (index == 0 || values[index - 1] == nil) && !(index + 1 < values.count && values[index + 1] != nil)
        }
        var hasPath = false
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            if isAlone(index) {
                if dotsIsolated {
                    let (x, y) = point(index, value)
                    svg.element("circle", [("cx", px(x)), ("cy", px(y)), ("r", px(width)), ("fill", color)])
                }
            } else {
                hasPath = true
            }
        }
        guard hasPath else { return }
        // The `d` value written number by number, not built as a string first.
        svg.begin("path")
        svg.beginAttribute("d")
        var first = true
        for (index, value) in values.enumerated() {
            guard let value, !isAlone(index) else { continue }
            let startsRun = index == 0 || values[index - 1] == nil
            if !first && startsRun { svg.value(" ") }
            first = false
            let (x, y) = point(index, value)
            svg.value(startsRun ? "M" : "L")
            svg.value(coordinate: x)
            svg.value(" ")
            svg.value(coordinate: y)
        }
        svg.endAttribute()
        svg.attribute("fill", "none")
        svg.attribute("stroke", color)
        svg.attribute("stroke-width", coordinate: width)
        svg.attribute("stroke-linejoin", "round")
        svg.attribute("stroke-linecap", "round")
        if let dash { svg.attribute("stroke-dasharray", dash) }
        svg.endEmpty()
    }
}
