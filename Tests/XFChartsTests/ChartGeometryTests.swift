import Testing
@testable import XFCharts

/// Bars of the ranked chart: those with a fill that is not the legend swatch (height 14).
private func rankedBars(_ svg: String) -> [SVGElement] {
    SVGProbe.elements("rect", in: svg).filter { $0.number("height") == RankedBarChart.barHeight }
}

@Test func rankedBarLengthsAreProportionalToValues() throws {
    let input = RankedBarInput(title: "受理量", items: [
        RankedBarItem(label: "甲镇", value: 30), RankedBarItem(label: "乙镇", value: 120), RankedBarItem(label: "丙镇", value: 60),
    ], format: .count(unit: "件"))
    let chart = RankedBarChart.render(input, idPrefix: "r")
    let bars = rankedBars(chart.svg)
    #expect(bars.count == 3)
    let widths = bars.compactMap { $0.number("width") }
    // Sorted descending: 120, 60, 30, all from the same zero baseline.
    #expect(Set(bars.compactMap { $0.number("x") }).count == 1)
    #expect(abs(widths[0] / widths[1] - 2) < 0.02)
    #expect(abs(widths[0] / widths[2] - 4) < 0.04)
    #expect(chart.table.rows.map { $0[1] } == ["乙镇", "丙镇", "甲镇"])
    #expect(chart.table.rows.map { $0[2] } == ["120", "60", "30"])
}

@Test func rankedTargetLineSitsAtTheTargetValue() throws {
    let input = RankedBarInput(title: "按期办结率", items: [RankedBarItem(label: "甲镇", value: 0.8), RankedBarItem(label: "乙镇", value: 1.0)], format: .percent, target: 0.95)
    let svg = RankedBarChart.render(input, idPrefix: "r").svg
    let bars = rankedBars(svg)
    let full = try #require(bars.first)
    let left = try #require(full.number("x")), width = try #require(full.number("width"))
    let target = try #require(SVGProbe.elements("line", in: svg).first { $0.attributes["class"] == "xf-chart-target" })
    let x = try #require(target.number("x1"))
    #expect(abs(x - (left + 0.95 * width)) <= 0.1)
}

@Test func trendTargetLineAndPointsFollowTheAxis() throws {
    let chart = TrendChart.render(Fixtures.trendInput(), idPrefix: "t")
    let labels = SVGProbe.elements("text", in: chart.svg)
    let y90 = try #require(labels.first { $0.text == "90%" }?.number("y")) - 4
    let y98 = try #require(labels.first { $0.text == "98%" }?.number("y")) - 4
    let target = try #require(SVGProbe.elements("line", in: chart.svg).first { $0.attributes["class"] == "xf-chart-target" })
    let expected = y90 + (0.95 - 0.90) / (0.98 - 0.90) * (y98 - y90)
    #expect(abs(try #require(target.number("y1")) - expected) <= 0.1)
    #expect(labels.contains { $0.text == "目标 95%" })
}

@Test func missingMonthsAreGapsNotZeros() throws {
    let chart = TrendChart.render(Fixtures.trendInput(), idPrefix: "t")
    let main = try #require(SVGProbe.elements("path", in: chart.svg).last { $0.attributes["stroke"] == Palette.blue })
    let d = try #require(main.attributes["d"])
    // Present runs: months 0–3, 5–14, 17–23 → three subpaths, 21 points.
    #expect(d.filter { $0 == "M" }.count == 3)
    #expect(d.filter { $0 == "L" }.count == 21 - 3)
    let markers = SVGProbe.elements("circle", in: chart.svg).filter { $0.attributes["fill"] == Palette.blue && $0.attributes["r"] == "2.5" }
    #expect(markers.count == 21)
    #expect(chart.table.rows[4] == ["2024年3月", "—", "—"])
}

@Test func stackedBarHeightsFollowTotals() throws {
    let input = StackedBarInput(title: "渠道", months: Array(Fixtures.months24.prefix(2)), layers: [
        MonthlySeries(name: "来信", values: [10, 20]), MonthlySeries(name: "来访", values: [30, nil]),
    ])
    let chart = StackedBarChart.render(input, idPrefix: "s")
    let bars = SVGProbe.elements("rect", in: chart.svg).filter { $0.attributes["stroke-width"] == "0.5" && $0.attributes["stroke"] == "#FFFFFF" }
    let heights = bars.compactMap { $0.number("height") }
    #expect(heights.count == 3)
    #expect(abs(heights[1] / heights[0] - 3) < 0.02)
    #expect(abs(heights[2] / heights[0] - 2) < 0.02)
    #expect(chart.table.rows == [["2023年11月", "10", "30", "40"], ["2023年12月", "20", "—", "20"]])
}

@Test func donutSharesAddUpAndMatchTheTable() {
    let chart = DonutChart.render(Fixtures.donutInput(), idPrefix: "d")
    #expect(chart.table.rows.first == ["城乡建设", "132", "38.0%"])
    #expect(chart.table.rows.last == ["合计", "347", "100.0%"])
    // Five non-zero slices drawn; the zero slice stays in the key only.
    #expect(SVGProbe.elements("path", in: chart.svg).filter { $0.attributes["stroke-width"] == "1" }.count == 5)
    #expect(chart.svg.contains(">其他</text>"))
    #expect(chart.description.hasPrefix("信访事项按领域分布，合计347件，城乡建设132件占38.0%"))
}

@Test func heatGridLeavesNilCellsEmpty() {
    let chart = HeatGrid.render(Fixtures.heatInput(), idPrefix: "h")
    let nils = Fixtures.heatInput().rows.reduce(0) { $0 + $1.values.filter { $0 == nil }.count }
    let empty = SVGProbe.elements("rect", in: chart.svg).filter { $0.attributes["class"] == "xf-chart-cell-empty" }
    #expect(nils > 0 && empty.count == nils)
    #expect(chart.table.rows[0][4] == "—")
    #expect(chart.table.rows[0][1] == "85.0%")
    #expect(chart.svg.contains(">85.0</text>"))
}

@Test func heatStepsGiveEachBinItsOwnShade() {
    // Heat grids ask for 4 intervals: padding to round ticks adds at most 2 bins.
    for (minimum, maximum) in [(0, 0.3), (0, 9.0), (0, 27.0), (0, 97.0), (0.801, 0.999), (0.851, 0.951), (11.0, 13.0)] {
        let steps = NiceTicks(minimum: minimum, maximum: maximum, targetCount: 4, includeZero: false)
        let bins = steps.values.count - 1
        #expect(bins <= Palette.sequential.count)
        let shades = (0..<bins).map { HeatGrid.step(of: steps.lower + (Double($0) + 0.5) * steps.step, steps: steps) }
        #expect(Set(shades).count == bins, "max \(maximum): \(shades)")
        #expect(HeatGrid.step(of: steps.upper, steps: steps) == shades.last)
    }
}
