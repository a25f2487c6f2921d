import Testing
@testable import XFCharts
import XFText

/// Every chart type rendered from the shared fixtures, with its id prefix.
private func allCharts(prefix: String) -> [RenderedChart] {
    [
        Sparkline.render(Fixtures.sparklineInput(), idPrefix: prefix),
        TrendChart.render(Fixtures.trendInput(), idPrefix: prefix),
        StackedBarChart.render(Fixtures.stackedInput(), idPrefix: prefix),
        RankedBarChart.render(Fixtures.rankedInput(), idPrefix: prefix),
        DonutChart.render(Fixtures.donutInput(), idPrefix: prefix),
        HeatGrid.render(Fixtures.heatInput(), idPrefix: prefix),
    ]
}

@Test func everyChartIsALabelledImage() throws {
    for chart in allCharts(prefix: "p1") {
        let root = try #require(SVGProbe.elements("svg", in: chart.svg).first)
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "p1-title p1-desc")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["class"]?.hasPrefix("xf-chart ") == true)
        #expect(SVGProbe.elements("title", in: chart.svg).first?.attributes["id"] == "p1-title")
        #expect(SVGProbe.elements("desc", in: chart.svg).first?.text == chart.description)
        #expect(!chart.svg.contains("<script"))
        #expect(!chart.svg.contains("e+") && !chart.svg.contains("nan") && !chart.svg.contains("inf"))
    }
}

@Test func trendDescriptionNamesPeriodLatestAndTarget() {
    let chart = TrendChart.render(Fixtures.trendInput(), idPrefix: "t")
    #expect(chart.description == "2023年11月至2025年10月按期办结率，最新值96.2%，上年同期94.2%，目标95%")
}

@Test func idsAreUniqueAndCarryThePrefix() {
    let first = allCharts(prefix: "alpha").map(\.svg).joined()
    let second = allCharts(prefix: "beta").map(\.svg).joined()
    for chart in allCharts(prefix: "alpha") {
        let ids = SVGProbe.ids(in: chart.svg)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("alpha-") })
        // Every url(#…) reference points at an id defined in the same chart.
        for reference in chart.svg.split(separator: "#").dropFirst().compactMap({ $0.split(separator: ")").first }) where reference.hasPrefix("alpha-") {
            #expect(ids.contains(String(reference)))
        }
    }
    #expect(Set(SVGProbe.ids(in: first)).isDisjoint(with: SVGProbe.ids(in: second)))
    #expect(SVGProbe.ids(in: first).contains("alpha-pattern-0"))
}

@Test func hostilePrefixesBecomeSafeIds() {
    let svg = DonutChart.render(Fixtures.donutInput(), idPrefix: "9 \"x\"<y>").svg
    let ids = SVGProbe.ids(in: svg)
    #expect(ids.contains("c9__x__y_-title"))
    #expect(ids.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") } })
}

@Test func tablesCarryTheChartNumbers() throws {
    let ranked = RankedBarChart.render(Fixtures.rankedInput(), idPrefix: "r")
    #expect(ranked.table.columns == ["排名", "单位", "各乡镇按期办结率", "状态"])
    #expect(ranked.table.rows.count == Fixtures.towns.count)
    #expect(ranked.table.rows.first == ["1", "南湖镇", "99.0%", "达标"])
    #expect(ranked.table.rows.last == ["—", "白马镇", "—", "—"])
    let labels = Set(SVGProbe.elements("text", in: ranked.svg).filter { $0.attributes["class"] == "xf-chart-value" }.compactMap(\.text))
    #expect(Set(ranked.table.rows.map { $0[2] }) == labels)
    let trend = TrendChart.render(Fixtures.trendInput(), idPrefix: "t")
    #expect(trend.table.caption == "按期办结率（目标 95%）")
    #expect(trend.table.rows.count == 24)
    #expect(trend.table.rows.last == ["2025年10月", "96.2%", "94.2%"])
    let spark = Sparkline.render(Fixtures.sparklineInput(), idPrefix: "k")
    #expect(spark.table.rows.map { $0[1] } == Fixtures.ontime.suffix(12).map { ValueFormat.percent.label($0) })
}
