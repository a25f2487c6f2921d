import XFText

public enum HeatGrid {
    static let width = ChartFrame.standardWidth
    static let cellHeight = 20.0
    static let cellFontSize = 10.0

    public static func render(_ input: HeatGridInput, idPrefix: String) -> RenderedChart {
        var canvas = ChartCanvas(kind: "heat", title: input.title, idPrefix: idPrefix, width: width)
        let months = input.months
        let grid = input.rows.map { $0.values(count: months.count) }
        let monthNames = months.map(\.chineseName)
        let present = grid.flatMap { $0.compactMap { $0 } }
        let fontSize = ChartFrame.fontSize
        let labelWidth = min(RankedBarChart.maxLabelEm * fontSize, input.rows.map { TextWidth.pixels($0.name, fontSize: fontSize) }.max() ?? 0)
        let left = 8 + labelWidth + 8
        let right = width - 8
        let headerHeight = Axes.monthsHeight(style: input.monthLabels) + 2
        let top = headerHeight
        let bottom = top + Double(input.rows.count) * cellHeight
        let description = describe(input, grid: grid)
        var height = bottom + 10

        if present.isEmpty || months.isEmpty {
            ChartFrame.noData(into: &canvas.svg, x: width / 2, y: top + 20)
            height = max(height, top + 36)
        } else {
            let steps = NiceTicks(minimum: present.min()!, maximum: present.max()!, targetCount: 4, includeZero: !input.format.isRate)
            let cellWidth = (right - left) / Double(months.count)
            let x = { (index: Int) in left + Double(index) * cellWidth }
            let headers = MonthAxis.ticks(months, style: input.monthLabels, slotWidth: cellWidth, fontSize: ChartFrame.smallFontSize)
            Axes.months(headers, x: { x($0) + cellWidth / 2 }, top: -2, into: &canvas.svg)
            let widestCell = present.map { TextWidth.pixels(cellText($0, format: input.format), fontSize: cellFontSize) }.max() ?? 0
            let showValues = widestCell <= cellWidth - 2
            for (rowIndex, row) in input.rows.enumerated() {
                let rowTop = top + Double(rowIndex) * cellHeight
                canvas.svg.element("text", [("x", px(left - 8)), ("y", px(rowTop + cellHeight / 2 + 4)), ("text-anchor", "end")], text: TextFit.truncate(row.name, maxWidth: labelWidth, fontSize: fontSize))
                for (column, value) in grid[rowIndex].enumerated() {
                    drawCell(value, row: row.name, month: monthNames[column], x: x(column), y: rowTop, width: cellWidth, steps: steps, format: input.format, showValue: showValues, into: &canvas.svg)
                }
            }
            height = drawKey(steps, format: input.format, left: left, top: bottom + 8, into: &canvas.svg)
        }
        let table = ChartTable(
            caption: input.title,
            columns: ["单位"] + monthNames,
            rows: zip(input.rows, grid).map { [$0.name] + $1.map { input.format.label($0) } }
        )
        return canvas.finish(height: height, description: description, table: table)
    }

    /// Step index: the bin [tick k, tick k+1) that holds `value`, the last bin closed.
    static func step(of value: Double, steps: NiceTicks) -> Int {
        let bins = max(1, steps.values.count - 1)
        let raw = Int(((value - steps.lower) / steps.step + 1e-9).rounded(.down))
        let bin = min(max(raw, 0), bins - 1)
        // Spread the bins over the palette so few bins still span light to dark.
        return bins == 1 ? Palette.sequential.count - 1 : bin * (Palette.sequential.count - 1) / (bins - 1)
    }

    /// Compact cell text: rates without the % sign (the key says it), counts as is.
    static func cellText(_ value: Double, format: ValueFormat) -> String {
        format.isRate ? ChartNumber.fixed(value * 100, decimals: 1) : format.label(value)
    }

    /// One cell, piecewise (`SVGBuffer.begin` …): the same bytes as attribute
    /// lists, without building and freeing them for each of a grid's hundreds of cells.
    static func drawCell(_ value: Double?, row: String, month: String, x: Double, y: Double, width: Double, steps: NiceTicks, format: ValueFormat, showValue: Bool, into svg: inout SVGBuffer) {
        func box() {
            svg.begin("rect")
            svg.attribute("x", coordinate: x + 0.5)
            svg.attribute("y", coordinate: y + 0.5)
            svg.attribute("width", coordinate: width - 1)
            svg.attribute("height", coordinate: cellHeight - 1)
        }
        guard let value else {
            box()
            svg.attribute("class", "xf-chart-cell-empty")
            svg.attribute("fill", "#FFFFFF")
            svg.attribute("stroke", Palette.grid)
            svg.attribute("stroke-width", "1")
            svg.endEmpty()
            return
        }
        let index = step(of: value, steps: steps)
        svg.begin("g")
        svg.attribute("class", "xf-chart-cell")
        svg.endOpen()
        svg.begin("title")
        svg.beginContent()
        svg.content(row)
        svg.content(" ")
        svg.content(month)
        svg.content(" ")
        svg.content(format.label(value))
        svg.close("title")
        box()
        svg.attribute("fill", Palette.sequential[index])
        svg.endEmpty()
        if showValue {
            svg.begin("text")
            svg.attribute("x", coordinate: x + width / 2)
            svg.attribute("y", coordinate: y + cellHeight / 2 + 3.5)
            svg.attribute("text-anchor", "middle")
            svg.attribute("font-size", coordinate: cellFontSize)
            svg.attribute("fill", Palette.textColor(onSequentialStep: index))
            svg.end("text", text: cellText(value, format: format))
        }
        svg.close("g")
    }

    /// The step key under the grid; returns the chart's total height.
    static func drawKey(_ steps: NiceTicks, format: ValueFormat, left: Double, top: Double, into svg: inout SVGBuffer) -> Double {
        svg.open("g", [("class", "xf-chart-legend"), ("font-size", px(ChartFrame.smallFontSize))])
        var cursor = left
        let bins = max(1, steps.values.count - 1)
        for bin in 0..<bins {
            let low = steps.lower + Double(bin) * steps.step
            let label = format.tick(NiceTicks.clean(low), step: steps.step) + "–" + format.tick(NiceTicks.clean(low + steps.step), step: steps.step)
            let color = Palette.sequential[step(of: low, steps: steps)]
            svg.element("rect", [("x", px(cursor)), ("y", px(top)), ("width", "12"), ("height", "12"), ("fill", color), ("stroke", Palette.axis), ("stroke-width", "0.5")])
            svg.element("text", [("x", px(cursor + 16)), ("y", px(top + 10))], text: label)
            // "%" and "–" render wider than the narrow-glyph estimate: leave slack.
            cursor += 16 + TextWidth.pixels(label, fontSize: ChartFrame.smallFontSize) * 1.2 + 12
        }
        svg.element("rect", [("x", px(cursor)), ("y", px(top)), ("width", "12"), ("height", "12"), ("fill", "#FFFFFF"), ("stroke", Palette.grid), ("stroke-width", "1")])
        svg.element("text", [("x", px(cursor + 16)), ("y", px(top + 10))], text: ChartFrame.noDataText)
        svg.close("g")
        return top + 18
    }

    static func describe(_ input: HeatGridInput, grid: [[Double?]]) -> String {
        let period = ChartMonth.period(input.months)
        var best: (row: Int, column: Int, value: Double)?
        var worst: (row: Int, column: Int, value: Double)?
        for (row, values) in grid.enumerated() {
            for (column, value) in values.enumerated() {
                guard let value else { continue }
                if best == nil || value > best!.value { best = (row, column, value) }
                if worst == nil || value < worst!.value { worst = (row, column, value) }
            }
        }
        guard let best, let worst else { return period + "各单位" + input.title + "：" + ChartFrame.noDataText }
        func cell(_ c: (row: Int, column: Int, value: Double)) -> String {
            input.rows[c.row].name + "（" + input.months[c.column].chineseName + "）" + input.format.spoken(c.value)
        }
        return "\(period)各单位\(input.title)，\(input.rows.count)个单位×\(input.months.count)个月，最高\(cell(best))，最低\(cell(worst))"
    }
}

/// Units (rows) by months (columns), shaded in steps; values are printed in
/// the cells when they fit, and the step key below always explains the shades.
public struct HeatGridInput: Sendable {
    public var title: String
    public var months: [ChartMonth]
    public var rows: [MonthlySeries]
    public var format: ValueFormat
    public var monthLabels: MonthLabelStyle

    public init(title: String, months: [ChartMonth], rows: [MonthlySeries], format: ValueFormat, monthLabels: MonthLabelStyle = .monthWithYearAtJanuary) {
        self.title = title
        self.months = months
        self.rows = rows
        self.format = format
        self.monthLabels = monthLabels
    }
}
