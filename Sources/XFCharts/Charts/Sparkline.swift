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
        var path = ""
        var runLength = 0
        for (index, value) in values.enumerated() {
            guard let value else { runLength = 0; continue }
            let (x, y) = point(index, value)
            let startsRun = runLength == 0
            let nextPresent = index + 1 < values.count && values[index + 1] != nil
            if startsRun && !nextPresent {
                if dotsIsolated { svg.element("circle", [("cx", px(x)), ("cy", px(y)), ("r", px(width)), ("fill", color)]) }
                continue
            }
            if !path.isEmpty && startsRun { path += " " }
            path += (startsRun ? "M" : "L") + px(x) + " " + px(y)
            runLength += 1
        }
        guard !path.isEmpty else { return }
        var attributes: SVGBuffer.Attributes = [("d", path), ("fill", "none"), ("stroke", color), ("stroke-width", px(width)), ("stroke-linejoin", "round"), ("stroke-linecap", "round")]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        svg.element("path", attributes)
    }
}
