import XFText

public enum StackedBarChart {
    static let width = ChartFrame.standardWidth

    public static func render(_ input: StackedBarInput, idPrefix: String) -> RenderedChart {
        var canvas = ChartCanvas(kind: "stacked", title: input.title, idPrefix: idPrefix, width: width)
        let months = input.months
        let format = ValueFormat.count(unit: input.unit)
        let layers = input.layers.map { $0.values(count: months.count) }
        let totals = months.indices.map { index in layers.reduce(0.0) { $0 + max(0, $1[index] ?? 0) } }
        let description = describe(input, layers: layers, totals: totals, format: format)
        let fills = input.layers.indices.map { index in
            let style = Palette.categoryFill(index)
            return canvas.defs.fill(color: style.color, pattern: style.pattern)
        }
        let legend = zip(input.layers, fills).map { LegendEntry(sample: .swatch(fill: $1), label: $0.name) }
        let top = canvas.drawLegend(legend) + 18
        let bottom = top + ChartFrame.monthlyPlotHeight
        let height = bottom + Axes.monthsHeight(style: input.monthLabels) + 4

        let grandTotal = totals.reduce(0, +)
        if grandTotal <= 0 {
            ChartFrame.noData(into: &canvas.svg, x: width / 2, y: top + ChartFrame.monthlyPlotHeight / 2)
        } else {
            let ticks = NiceTicks(minimum: 0, maximum: totals.max() ?? 0, targetCount: 4, includeZero: true)
            let left = 8 + Axes.valueLabelWidth(ticks, format: format) + 6
            let right = width - 8
            let y = LinearScale(ticks: ticks, start: bottom, end: top)
            let slot = (right - left) / Double(months.count)
            let barWidth = max(1, slot * 0.7)
            let x = { (index: Int) in left + (Double(index) + 0.5) * slot }
            Axes.valueGrid(ticks, scale: y, left: left, right: right, format: format, into: &canvas.svg)
            Axes.months(MonthAxis.ticks(months, style: input.monthLabels, slotWidth: slot, fontSize: ChartFrame.smallFontSize), x: x, top: bottom, into: &canvas.svg)
            let widestTotal = totals.map { TextWidth.pixels(format.label($0), fontSize: 10) }.max() ?? 0
            let showTotals = widestTotal <= slot - 1
            for (index, month) in months.enumerated() where totals[index] > 0 {
                canvas.svg.open("g", [("class", "xf-chart-bar")])
                let parts = zip(input.layers, layers).map { "\($0.name) \(format.label($1[index]))" }
                canvas.svg.element("title", text: month.chineseName + "：" + parts.joined(separator: "，") + "，合计 " + format.label(totals[index]))
                var running = 0.0
                for (layerIndex, values) in layers.enumerated() {
                    guard let value = values[index], value > 0 else { continue }
                    let y0 = y(running)
                    running += value
                    let y1 = y(running)
                    canvas.svg.element("rect", [("x", px(x(index) - barWidth / 2)), ("y", px(y1)), ("width", px(barWidth)), ("height", px(y0 - y1)), ("fill", fills[layerIndex]), ("stroke", "#FFFFFF"), ("stroke-width", "0.5")])
                }
                if showTotals {
                    canvas.svg.element("text", [("class", "xf-chart-value"), ("x", px(x(index))), ("y", px(y(running) - 3)), ("text-anchor", "middle"), ("font-size", "10")], text: format.label(totals[index]))
                }
                canvas.svg.close("g")
            }
        }
        let table = ChartTable(
            caption: input.title + "（单位：\(input.unit)）",
            columns: ["月份"] + input.layers.map(\.name) + ["合计"],
            rows: months.indices.map { index in [months[index].chineseName] + layers.map { format.label($0[index]) } + [format.label(totals[index])] }
        )
        return canvas.finish(height: height, description: description, table: table)
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
