import Testing
@testable import XFCharts

private let hostile = "<script>alert(\"x\")</script> & 'q'"

@Test func hostileLabelsAreEscapedInTextAndAttributes() {
    let months = Array(Fixtures.months24.prefix(3))
    let charts = [
        Sparkline.render(SparklineInput(title: hostile, months: months, values: [1, 2, 3], format: .count(unit: hostile)), idPrefix: "a"),
        TrendChart.render(TrendInput(title: hostile, months: months, series: MonthlySeries(name: hostile, values: [1, 2, 3]), comparison: MonthlySeries(name: hostile, values: [1, nil, 2]), target: 2, format: .count(unit: hostile)), idPrefix: "b"),
        StackedBarChart.render(StackedBarInput(title: hostile, months: months, layers: [MonthlySeries(name: hostile, values: [1, 2, 3])], unit: hostile), idPrefix: "c"),
        RankedBarChart.render(RankedBarInput(title: hostile, items: [RankedBarItem(label: hostile, value: 3, band: .red, href: "u.html?a=\"b\"&c=<d>")], format: .count(unit: "件")), idPrefix: "d"),
        DonutChart.render(DonutInput(title: hostile, slices: [DonutSlice(name: hostile, value: 2)], unit: hostile), idPrefix: "e"),
        HeatGrid.render(HeatGridInput(title: hostile, months: months, rows: [MonthlySeries(name: hostile, values: [1, nil, 2])], format: .count(unit: "件")), idPrefix: "f"),
    ]
    for chart in charts {
        #expect(!chart.svg.contains("<script"))
        // Quotes in attribute values are escaped, so every tag still has balanced quotes.
        for tag in chart.svg.split(separator: "<").map({ $0.prefix { $0 != ">" } }) {
            #expect(tag.filter { $0 == "\"" }.count % 2 == 0, "unbalanced quotes in <\(tag)>")
        }
        #expect(chart.svg.contains("&lt;script&gt;"))
        #expect(chart.svg.contains("&amp; ") || chart.svg.contains("&amp;…"))
        // The data in the table stays raw text: the page layer escapes it when it renders.
        #expect(chart.table.caption.hasPrefix(hostile))
    }
    let link = SVGProbe.elements("a", in: charts[3].svg).first?.attributes["href"]
    #expect(link == "u.html?a=&quot;b&quot;&amp;c=&lt;d&gt;")
}

@Test func linksWithASchemeAreDropped() {
    let items = [
        RankedBarItem(label: "甲", value: 1, href: "javascript:alert(1)"),
        RankedBarItem(label: "乙", value: 2, href: " JavaScript:alert(1)"),
        RankedBarItem(label: "丙", value: 3, href: "http://evil.example/"),
        RankedBarItem(label: "丁", value: 4, href: "../units/丁.html#top"),
        RankedBarItem(label: "戊", value: 5, href: "units/戊.html?x=a:b"),
    ]
    let svg = RankedBarChart.render(RankedBarInput(title: "排名", items: items, format: .count(unit: "件")), idPrefix: "r").svg
    let hrefs = SVGProbe.elements("a", in: svg).compactMap { $0.attributes["href"] }
    #expect(hrefs == ["units/戊.html?x=a:b", "../units/丁.html#top"])
    #expect(!svg.lowercased().contains("javascript"))
}

@Test func emptyAndAllZeroInputsShowNoData() {
    let months = Array(Fixtures.months24.prefix(12))
    let none = [Double?](repeating: nil, count: 12)
    let zeros = [Double?](repeating: 0, count: 12)
    let charts = [
        Sparkline.render(SparklineInput(title: "满意率", months: months, values: none, format: .percent), idPrefix: "a"),
        Sparkline.render(SparklineInput(title: "满意率", months: [], values: [], format: .percent), idPrefix: "a"),
        TrendChart.render(TrendInput(title: "满意率", months: months, series: MonthlySeries(name: "本期", values: none), target: 0.9, format: .percent), idPrefix: "b"),
        TrendChart.render(TrendInput(title: "满意率", months: [], series: MonthlySeries(name: "本期", values: []), format: .percent), idPrefix: "b"),
        StackedBarChart.render(StackedBarInput(title: "渠道", months: months, layers: [MonthlySeries(name: "来信", values: zeros)]), idPrefix: "c"),
        StackedBarChart.render(StackedBarInput(title: "渠道", months: [], layers: []), idPrefix: "c"),
        RankedBarChart.render(RankedBarInput(title: "排名", items: [], format: .percent, target: 0.95), idPrefix: "d"),
        RankedBarChart.render(RankedBarInput(title: "排名", items: [RankedBarItem(label: "甲", value: nil)], format: .percent), idPrefix: "d"),
        DonutChart.render(DonutInput(title: "领域", slices: [DonutSlice(name: "城建", value: 0), DonutSlice(name: "社保", value: 0)]), idPrefix: "e"),
        DonutChart.render(DonutInput(title: "领域", slices: []), idPrefix: "e"),
        HeatGrid.render(HeatGridInput(title: "热力", months: months, rows: [MonthlySeries(name: "甲", values: none)], format: .percent), idPrefix: "f"),
        HeatGrid.render(HeatGridInput(title: "热力", months: [], rows: [], format: .percent), idPrefix: "f"),
    ]
    for chart in charts {
        #expect(chart.svg.contains(">无数据</text>"))
        #expect(chart.description.contains("无数据"))
        #expect(!chart.svg.contains("nan") && !chart.svg.contains("inf"))
    }
    #expect(charts[8].table.rows == [["城建", "0", "—"], ["社保", "0", "—"], ["合计", "0", "—"]])
}

@Test func zeroValuesDrawAsZeroNotAsGaps() {
    let months = Array(Fixtures.months24.prefix(3))
    let chart = TrendChart.render(TrendInput(title: "越级访件数", months: months, series: MonthlySeries(name: "本期", values: [2, 0, 1]), format: .count(unit: "件")), idPrefix: "z")
    let path = SVGProbe.elements("path", in: chart.svg).first { $0.attributes["stroke"] == Palette.blue }?.attributes["d"] ?? ""
    #expect(path.filter { $0 == "M" }.count == 1)
    #expect(path.filter { $0 == "L" }.count == 2)
    #expect(chart.table.rows.map { $0[1] } == ["2", "0", "1"])
}
