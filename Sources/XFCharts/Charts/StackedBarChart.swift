import XFText

/// Monthly totals split into layers (channels), with a legend and, where the
/// bars are wide enough, the month's total above each bar.
public struct StackedBarInput: Sendable {
    public var title: String
    public var months: [ChartMonth]
    /// Bottom to top, in the caller's order; the legend follows it.
    public var layers: [MonthlySeries]
    public var unit: String
    public var monthLabels: MonthLabelStyle

    public init(title: String, months: [ChartMonth], layers: [MonthlySeries], unit: String = "件", monthLabels: MonthLabelStyle = .monthWithYearAtJanuary) {
        self.title = title
        self.months = months
        self.layers = layers
        self.unit = unit
        self.monthLabels = monthLabels
    }
}

public enum StackedBarChart {
    static let width = ChartFrame.standardWidth
    static let plotHeight = 170.0

    public static func render(_ input: StackedBarInput, idPrefix: String) -> RenderedChart {
        let ids = ChartIDs(prefix: idPrefix)
        let months = input.months
        let format = ValueFormat.count(unit: input.unit)
        let layers = input.layers.map { $0.values(count: months.count) }
        let totals = months.indices.map { index in layers.reduce(0.0) { $0 + max(0, $1[index] ?? 0) } }
        let description = describe(input, layers: layers, totals: totals, format: format)
        var defs = PatternDefs(ids: ids)
        let fills = input.layers.indices.map { index in
            let style = Palette.categoryFill(index)
            return defs.fill(color: style.color, pattern: style.pattern)
        }
        let legend = zip(input.layers, fills).map { LegendEntry(sample: .swatch(fill: $1), label: $0.name) }
        let top = Legend.height(legend, x: 8, maxX: width - 8) + 18
        let bottom = top + plotHeight
        let height = bottom + Axes.monthsHeight(style: input.monthLabels) + 4

        var svg = SVGBuffer()
        Legend.draw(legend, x: 8, y: 4, maxX: width - 8, into: &svg)
        let grandTotal = totals.reduce(0, +)
        if grandTotal <= 0 {
            ChartFrame.noData(into: &svg, x: width / 2, y: top + plotHeight / 2)
        } else {
            let ticks = NiceTicks(minimum: 0, maximum: totals.max() ?? 0, targetCount: 4, includeZero: true)
            let left = 8 + Axes.valueLabelWidth(ticks, format: format) + 6
            let right = width - 8
            let y = LinearScale(ticks: ticks, start: bottom, end: top)
            let slot = (right - left) / Double(months.count)
            let barWidth = max(1, slot * 0.7)
            let x = { (index: Int) in left + (Double(index) + 0.5) * slot }
            Axes.valueGrid(ticks, scale: y, left: left, right: right, format: format, into: &svg)
            Axes.months(MonthAxis.ticks(months, style: input.monthLabels, slotWidth: slot, fontSize: ChartFrame.smallFontSize), x: x, top: bottom, into: &svg)
            let widestTotal = totals.map { TextWidth.pixels(format.label($0), fontSize: 10) }.max() ?? 0
            let showTotals = widestTotal <= slot - 1
            for (index, month) in months.enumerated() where totals[index] > 0 {
                svg.open("g", [("class", "xf-chart-bar")])
                let parts = zip(input.layers, layers).map { "\($0.name) \(format.label($1[index]))" }
                svg.element("title", text: month.chineseName + "：" + parts.joined(separator: "，") + "，合计 " + format.label(totals[index]))
                var running = 0.0
                for (layerIndex, values) in layers.enumerated() {
                    guard let value = values[index], value > 0 else { continue }
                    let y0 = y(running)
                    running += value
                    let y1 = y(running)
                    svg.element("rect", [("x", px(x(index) - barWidth / 2)), ("y", px(y1)), ("width", px(barWidth)), ("height", px(y0 - y1)), ("fill", fills[layerIndex]), ("stroke", "#FFFFFF"), ("stroke-width", "0.5")])
                }
                if showTotals {
                    svg.element("text", [("class", "xf-chart-value"), ("x", px(x(index))), ("y", px(y(running) - 3)), ("text-anchor", "middle"), ("font-size", "10")], text: format.label(totals[index]))
                }
                svg.close("g")
            }
        }
        let table = ChartTable(
            caption: input.title + "（单位：\(input.unit)）",
            columns: ["月份"] + input.layers.map(\.name) + ["合计"],
            rows: months.indices.map { index in [months[index].chineseName] + layers.map { format.label($0[index]) } + [format.label(totals[index])] }
        )
        let markup = ChartFrame.wrap(kind: "stacked", width: width, height: height, ids: ids, title: input.title, description: description, defs: defs, body: svg)
        return RenderedChart(svg: markup, table: table, description: description)
    }

    static func describe(_ input: StackedBarInput, layers: [[Double?]], totals: [Double], format: ValueFormat) -> String {
        let period = ChartMonth.period(input.months)
        let sum = totals.reduce(0, +)
        guard sum > 0, let last = input.months.indices.last else {
            return period + input.title + "：" + ChartFrame.noDataText
        }
        let parts = zip(input.layers, layers).map { $0.name + format.spoken($1[last] ?? 0) }
        return "\(period)\(input.title)，合计\(format.spoken(sum))；\(input.months[last].chineseName)" + parts.joined(separator: "、") + "，合计\(format.spoken(totals[last]))"
    }
}
