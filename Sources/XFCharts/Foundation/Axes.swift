import XFText

/// Axis pieces shared by the month-based charts.
enum Axes {
    /// Horizontal grid lines with tick labels right-aligned left of `left`.
    static func valueGrid(_ ticks: NiceTicks, scale: LinearScale, left: Double, right: Double, format: ValueFormat, into svg: inout SVGBuffer) {
        svg.open("g", [("class", "xf-chart-axis"), ("font-size", px(ChartFrame.smallFontSize)), ("fill", Palette.muted)])
        for value in ticks.values {
            let y = scale(value)
            let isBase = value == ticks.lower
            svg.begin("line")
            svg.attribute("x1", coordinate: left); svg.attribute("y1", coordinate: y); svg.attribute("x2", coordinate: right); svg.attribute("y2", coordinate: y)
            svg.attribute("stroke", isBase ? Palette.axis : Palette.grid); svg.attribute("stroke-width", "1")
            svg.endEmpty()
            svg.begin("text")
            svg.attribute("x", coordinate: left - 6); svg.attribute("y", coordinate: y + 4); svg.attribute("text-anchor", "end")
            svg.end("text", text: format.tick(value, step: ticks.step))
        }
        svg.close("g")
    }

    /// A horizontal target line across the plot at `y`, labelled at its left end.
    static func targetLine(left: Double, right: Double, y: Double, label: String, into svg: inout SVGBuffer) {
        svg.element("line", [("class", "xf-chart-target"), ("x1", px(left)), ("y1", px(y)), ("x2", px(right)), ("y2", px(y)), ("stroke", Palette.ink), ("stroke-width", "1"), ("stroke-dasharray", Marks.targetDash)])
        svg.element("text", [("class", "xf-chart-target-label"), ("x", px(left + 4)), ("y", px(y - 4)), ("font-size", px(ChartFrame.smallFontSize))], text: label)
    }

    /// Width needed for the tick labels of `valueGrid`.
    static func valueLabelWidth(_ ticks: NiceTicks, format: ValueFormat) -> Double {
        ticks.values.map { TextWidth.pixels(format.tick($0, step: ticks.step), fontSize: ChartFrame.smallFontSize) }.max() ?? 0
    }

    /// Month labels under the plot, centred on each month's x.
    static func months(_ ticks: [MonthTick], x: (Int) -> Double, top: Double, into svg: inout SVGBuffer) {
        svg.open("g", [("class", "xf-chart-axis"), ("font-size", px(ChartFrame.smallFontSize)), ("fill", Palette.muted), ("text-anchor", "middle")])
        for tick in ticks {
            svg.begin("text")
            svg.attribute("x", coordinate: x(tick.index)); svg.attribute("y", coordinate: top + 13)
            svg.end("text", text: tick.primary)
            if let secondary = tick.secondary {
                svg.begin("text")
                svg.attribute("x", coordinate: x(tick.index)); svg.attribute("y", coordinate: top + 27)
                svg.end("text", text: secondary)
            }
        }
        svg.close("g")
    }

    /// Height the month labels take (one or two lines).
    static func monthsHeight(style: MonthLabelStyle) -> Double {
        style == .monthWithYearAtJanuary ? 32 : 18
    }
}
