import Testing
@testable import XFCharts

/// A month's trends share frames (`MonthFrames`: month names, legends, axes, value
/// grids, target lines), drawn the first time each is met and copied after. A
/// chart must be the same bytes with or without them, whichever chart met a
/// piece first, and with frames for other months.
@Test func trendsAreTheSameWithSharedFrames() {
    let months = Fixtures.months24
    let inputs: [TrendInput] = [
        Fixtures.trendInput(),
        TrendInput(title: "按期办结率", months: months, series: MonthlySeries(name: "按期办结率", values: Fixtures.ontime),
                   target: 0.95, format: .percent,
                   smallSamples: months.indices.map { $0 % 7 == 2 ? "样本不足（3/5件）" : nil }),
        TrendInput(title: "信访总量", months: months, series: MonthlySeries(name: "信访总量", values: months.indices.map { Double(10 + $0 % 9) }),
                   format: .count(unit: "件")),
        TrendInput(title: "信访总量", months: months, series: MonthlySeries(name: "信访总量", values: months.indices.map { Double(200 + $0 * 13) }),
                   target: 300, format: .count(unit: "件")),
        TrendInput(title: "满意率", months: months, series: MonthlySeries(name: "满意率", values: months.map { _ in nil }), target: 0.9,
                   format: .percent),
    ]
    let frames = MonthFrames(months: months)
    let otherMonths = MonthFrames(months: Array(months.dropFirst()))
    for round in 0..<2 {
        for (index, input) in inputs.enumerated() {
            let alone = TrendChart.render(input, idPrefix: "t\(index)")
            let shared = TrendChart.render(input, idPrefix: "t\(index)", frames: frames)
            let other = TrendChart.render(input, idPrefix: "t\(index)", frames: otherMonths)
            #expect(shared.svgBytes == alone.svgBytes, "input \(index), round \(round)")
            #expect(other.svgBytes == alone.svgBytes, "input \(index), round \(round)")
            #expect(shared.description == alone.description && shared.table == alone.table)
        }
    }
}
