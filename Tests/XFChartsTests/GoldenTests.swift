import Testing
import XFTestSupport
@testable import XFCharts

/// Golden SVG files, one per chart type, in Tests/Golden/XFChartsTests
/// (re-record: `XF_RECORD_GOLDEN=1 swift test`, see `Golden`).
struct GoldenTests {
    @Test func sparkline() { assertGolden("sparkline", Sparkline.render(Fixtures.sparklineInput(), idPrefix: "kpi-ontime").svg) }
    @Test func trend() { assertGolden("trend", TrendChart.render(Fixtures.trendInput(), idPrefix: "trend-ontime").svg) }
    @Test func stacked() { assertGolden("stacked", StackedBarChart.render(Fixtures.stackedInput(), idPrefix: "channels").svg) }
    @Test func ranked() { assertGolden("ranked", RankedBarChart.render(Fixtures.rankedInput(), idPrefix: "rank-ontime").svg) }
    @Test func donut() { assertGolden("donut", DonutChart.render(Fixtures.donutInput(), idPrefix: "domains").svg) }
    @Test func heat() { assertGolden("heat", HeatGrid.render(Fixtures.heatInput(), idPrefix: "heat-ontime").svg) }
}

private func assertGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) {
    Golden.assert(actual, named: name + ".svg", sourceLocation: sourceLocation)
}
