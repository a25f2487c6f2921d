import XFText

public enum TrendChart {
    static let width = ChartFrame.standardWidth
    static let smallSampleLabel = "空心点：样本不足，不连线"

    /// `frames`: what charts over the same months share (see `MonthFrames`); the
    /// chart is the same with or without them.
    public static func render(_ input: TrendInput, idPrefix: String, frames: MonthFrames? = nil) -> RenderedChart {
        var canvas = ChartCanvas(kind: "trend", title: input.title, idPrefix: idPrefix, width: width)
        let months = input.months
        let frames = frames.flatMap { $0.months == months ? $0 : nil }
        let names = frames?.names ?? months.map(\.chineseName)
        let main = input.series.values(count: months.count)
        let other = input.comparison.map { $0.values(count: months.count) }
        let present = main.compactMap { $0 } + (other ?? []).compactMap { $0 }
        let description = describe(input, main: main, other: other, names: names, period: frames?.period)
        let table = makeTable(input, main: main, other: other, names: names)

        let small = input.smallSample
        var legend: [LegendEntry] = [LegendEntry(sample: .line(color: Palette.blue, dash: nil, marker: .circle), label: input.series.name)]
        let hasSmallSamples = small.contains(where: { $0 != nil })
        if hasSmallSamples {
            legend.append(LegendEntry(sample: .marker(.hollowCircle, color: Palette.blue), label: smallSampleLabel))
        }
        if let comparison = input.comparison {
            legend.append(LegendEntry(sample: .line(color: Palette.orange, dash: Marks.secondSeriesDash, marker: .hollowSquare), label: comparison.name))
        }
        let legendHeight: Double
        if let frames {
            // The entries follow from these three: the series' name, small samples, the comparison's name.
            let key = input.series.name + (hasSmallSamples ? "\u{1}s\u{1}" : "\u{1}\u{1}")
                + (input.comparison.map { "c" + $0.name } ?? "")
            let drawn = frames.legend(legend, key: key, width: width)
            canvas.svg.appendMarkup(drawn.markup)
            legendHeight = drawn.height
        } else {
            legendHeight = canvas.drawLegend(legend)
        }
        let top = legendHeight + 16
        let bottom = top + ChartFrame.monthlyPlotHeight
        let height = bottom + Axes.monthsHeight(style: input.monthLabels) + 4

        guard !present.isEmpty, !months.isEmpty else {
            ChartFrame.noData(into: &canvas.svg, x: width / 2, y: top + ChartFrame.monthlyPlotHeight / 2)
            return canvas.finish(height: height, description: description, table: table)
        }

        let ticks = NiceTicks(minimum: (present + [input.target].compactMap { $0 }).min()!, maximum: (present + [input.target].compactMap { $0 }).max()!, targetCount: 4, includeZero: !input.format.isRate)
        let left = 8 + Axes.valueLabelWidth(ticks, format: input.format) + 6
        let right = width - 44
        let y = LinearScale(ticks: ticks, start: bottom, end: top)
        let slot = (right - left) / Double(months.count)
        let x = { (index: Int) in left + (Double(index) + 0.5) * slot }

        if let frames {
            canvas.svg.appendMarkup(frames.grid(ticks, scale: y, left: left, right: right, format: input.format))
        } else {
            Axes.valueGrid(ticks, scale: y, left: left, right: right, format: input.format, into: &canvas.svg)
        }
        if let frames {
            canvas.svg.appendMarkup(frames.axis(style: input.monthLabels, left: left, slot: slot, top: bottom))
        } else {
            Axes.months(MonthAxis.ticks(months, style: input.monthLabels, slotWidth: slot, fontSize: ChartFrame.smallFontSize), x: x, top: bottom, into: &canvas.svg)
        }
        if let target = input.target {
            let label = "目标 " + input.format.reference(target)
            if let frames {
                canvas.svg.appendMarkup(frames.target(left: left, right: right, y: y(target), label: label))
            } else {
                Axes.targetLine(left: left, right: right, y: y(target), label: label, into: &canvas.svg)
            }
        }
        let point = { (index: Int, value: Double) in (x(index), y(value)) }
        if let other {
            drawSeries(other, name: input.comparison!.name, names: names, format: input.format, point: point, color: Palette.orange, dash: Marks.secondSeriesDash, marker: .hollowSquare, into: &canvas.svg)
        }
        drawSeries(main, name: input.series.name, names: names, format: input.format, point: point, color: Palette.blue, dash: nil, marker: .circle, smallSamples: small, into: &canvas.svg)
        if let last = main.lastIndex(where: { $0 != nil }), let value = main[last], small[last] == nil {
            let (lx, ly) = point(last, value)
            canvas.svg.element("text", [("class", "xf-chart-value"), ("x", px(lx + 6)), ("y", px(ly - 6)), ("font-weight", "600")], text: input.format.label(value))
        }
        return canvas.finish(height: height, description: description, table: table)
    }

    static func drawSeries(_ values: [Double?], name: String, names: [String], format: ValueFormat, point: (Int, Double) -> (Double, Double), color: String, dash: String?, marker: MarkerShape, smallSamples: [String?] = [], into svg: inout SVGBuffer) {
        svg.open("g", [("class", "xf-chart-series")])
        let isSmall = { (index: Int) in index < smallSamples.count && smallSamples[index] != nil }
        // The line skips small samples: a gap, as for a missing month.
        LinePath.draw(values.indices.map { isSmall($0) ? nil : values[$0] }, point: point, color: color, dash: dash, width: 2, into: &svg)
        // A trend draws 24 of these: what they share is drawn once, the rest piecewise
        // (no attribute array, no joined title).
        var plainOpen = SVGBuffer(), smallOpen = SVGBuffer(), titleName = SVGBuffer(), titleEnd = SVGBuffer()
        // Each opens the marker's group, then its title.
        plainOpen.open("g")
        plainOpen.begin("title")
        plainOpen.beginContent()
        smallOpen.open("g", [("class", "xf-chart-small-sample")])
        smallOpen.begin("title")
        smallOpen.beginContent()
        titleName.content(name)
        titleName.content(" ")
        titleEnd.close("title")
        let stamp = marker == .circle || marker == .hollowCircle ? CircleStamp(marker, color: color, size: 2.5) : nil
        var smallStamp: CircleStamp?
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            let (mx, my) = point(index, value)
            let small = isSmall(index)
            svg.appendMarkup(small ? smallOpen : plainOpen)
            svg.appendMarkup(titleName)
            svg.content(names[index])
            svg.content(" ")
            svg.content(small ? smallSamples[index]! : format.label(value))
            svg.appendMarkup(titleEnd)
            if small {
                if smallStamp == nil { smallStamp = CircleStamp(.hollowCircle, color: color, size: 3) }
                smallStamp!.draw(x: mx, y: my, into: &svg)
            } else if let stamp {
                stamp.draw(x: mx, y: my, into: &svg)
            } else {
                Marks.marker(marker, x: mx, y: my, color: color, size: 2.5, into: &svg)
            }
            svg.close("g")
        }
        svg.close("g")
    }


    static func describe(_ input: TrendInput, main: [Double?], other: [Double?]?, names: [String], period: String?) -> String {
        let period = period ?? ChartMonth.period(input.months)
        var text = period + input.title
        if let last = main.lastIndex(where: { $0 != nil }), let value = main[last] {
            let small = input.smallSample
            text += "，最新值" + (small[last] ?? input.format.spoken(value))
            if last != main.count - 1 { text += "（" + names[last] + "）" }
            if let other, let comparison = input.comparison, let otherValue = other[last] {
                text += "，\(comparison.name)\(input.format.spoken(otherValue))"
            }
        } else {
            text += "：" + ChartFrame.noDataText
        }
        if let target = input.target { text += "，目标" + input.format.reference(target) }
        let smallCount = input.smallSample.filter { $0 != nil }.count
        if smallCount > 0 { text += "，其中\(smallCount)个月样本不足（空心点）" }
        return text
    }

    static func makeTable(_ input: TrendInput, main: [Double?], other: [Double?]?, names: [String]) -> ChartTable {
        var columns = ["月份", input.series.name]
        if let comparison = input.comparison { columns.append(comparison.name) }
        let small = input.smallSample
        let rows = input.months.indices.map { index in
            [names[index], small[index] ?? input.format.label(main[index])] + (other.map { [input.format.label($0[index])] } ?? [])
        }
        let caption = input.target.map { input.title + "（目标 " + input.format.reference($0) + "）" } ?? input.title
        return ChartTable(caption: caption, columns: columns, rows: rows)
    }
}

/// Input for a trend over up to 24 months: a main series, an optional
/// comparison series (e.g. last year, drawn dashed with hollow squares) and an
/// optional target line. Months whose main value rests on too few cases
/// (`smallSamples`) are drawn as hollow points with no line through them, so a
/// swing of one or two cases never reads as a trend.
public struct TrendInput: Sendable {
    public var title: String
    public var months: [ChartMonth]
    public var series: MonthlySeries
    public var comparison: MonthlySeries?
    public var target: Double?
    public var format: ValueFormat
    public var monthLabels: MonthLabelStyle
    /// Per month of `months`: the words for a small sample of the main series
    /// (`样本不足（8件）`), shown in the table and tooltip; nil for an ordinary value.
    public var smallSamples: [String?]

    public init(title: String, months: [ChartMonth], series: MonthlySeries, comparison: MonthlySeries? = nil, target: Double? = nil, format: ValueFormat, monthLabels: MonthLabelStyle = .monthWithYearAtJanuary, smallSamples: [String?] = []) {
        self.smallSamples = smallSamples
        self.title = title
        self.months = months
        self.series = series
        self.comparison = comparison
        self.target = target
        self.format = format
        self.monthLabels = monthLabels
    }
}

extension TrendInput {
    /// `smallSamples` with exactly one entry per month.
    var smallSample: [String?] {
        Array(smallSamples.prefix(months.count)) + Array(repeating: nil, count: max(0, months.count - smallSamples.count))
    }
}
