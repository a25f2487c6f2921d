import Testing
import XFRecords
import XFSettings
import XFSource
@testable import XFIndicators

@Suite struct ComparisonTests {
    @Test func countsChangeInPercentRatesInPoints() {
        let up = Comparison(base: .sameMonthLastYear, current: Figure(count: 450), previous: Figure(count: 400))!
        #expect(up.text == "上升12.5%" && up.sentence == "同比上升12.5%")
        let down = Comparison(base: .previousMonth, current: Figure(count: 968), previous: Figure(count: 1000))!
        #expect(down.sentence == "环比下降3.2%")
        #expect(Comparison(base: .previousMonth, current: Figure(count: 7), previous: Figure(count: 7))!.text == "持平")
        // Rates compare the displayed percentages: 95.7% − 96.9% = −1.2 points.
        let rate = Comparison(base: .previousMonth, current: Figure(numerator: 957, denominator: 1000),
                              previous: Figure(numerator: 969, denominator: 1000))!
        #expect(rate.text == "下降1.2个百分点")
    }

    @Test func roundingIsHalfAwayFromZero() {
        // 1/8 = 12.5% exactly; −1/16 = −6.25% → −6.3%.
        #expect(Comparison(base: .previousMonth, current: Figure(count: 9), previous: Figure(count: 8))!.text == "上升12.5%")
        #expect(Comparison(base: .previousMonth, current: Figure(count: 15), previous: Figure(count: 16))!.text == "下降6.3%")
        #expect(Figure(numerator: 1, denominator: 8).machineText == "0.1250")
        #expect(Figure(numerator: 1, denominator: 16).displayText == "6.3%")
        #expect(Figure(numerator: 19_145, denominator: 20_000).machineText == "0.9573")  // 0.95725 → 0.9573
        #expect(Figure(numerator: 2, denominator: 3).machineText == "0.6667")
        #expect(Figure(numerator: 5, denominator: 5).machineText == "1.0000")
    }

    @Test func notComparableFromAZeroBaseOrAnEmptyRate() {
        #expect(Comparison(base: .previousMonth, current: Figure(count: 3), previous: Figure(count: 0)) == nil)
        // A zero base gives no percent even from 0 to 0 (comparisons.csv leaves `change` empty).
        #expect(Comparison(base: .previousMonth, current: Figure(count: 0), previous: Figure(count: 0)) == nil)
        #expect(Comparison(base: .previousMonth, current: Figure(numerator: 1, denominator: 2),
                           previous: Figure(numerator: 0, denominator: 0)) == nil)
    }

    @Test func snapshotSetComparesSameScopeAndPeriod() {
        var f = Fixture(cutoff: "2024-02-29")
        for i in 0 ..< 4 { f.add("a\(i)", registered: "2023-02-0\(i + 1)") }
        for i in 0 ..< 5 { f.add("b\(i)", registered: "2024-01-0\(i + 1)") }
        for i in 0 ..< 6 { f.add("c\(i)", registered: "2024-02-0\(i + 1)") }
        let set = f.run()
        let all = set.scopes.all
        #expect(set.comparison(.cases, period: .month, scope: all, month: month("2024-02"), with: .previousMonth)?.sentence == "环比上升20.0%")
        #expect(set.comparison(.cases, period: .month, scope: all, month: month("2024-02"), with: .sameMonthLastYear)?.sentence == "同比上升50.0%")
        // ytd: 11 in 2024 against 4 by February 2023.
        #expect(set.comparison(.cases, period: .ytd, scope: all, month: month("2024-02"), with: .sameMonthLastYear)?.text == "上升175.0%")
        // The first month has no previous snapshot: no 环比.
        #expect(set.comparison(.cases, period: .month, scope: all, month: month("2023-02"), with: .previousMonth) == nil)
        let series = set.series(.cases, period: .month, scope: all, endingAt: month("2024-02"), count: 24)
        #expect(series.count == 13 && series.first?.month == month("2023-02") && series.last?.figure == Figure(count: 6))
    }

    @Test func bandsUseTheSettingsTargets() {
        var f = Fixture(cutoff: "2024-01-31")
        f.content.settings.targets = [TargetSetting(id: "timely_acceptance", green: 0.95, yellow: 0.9,
                                                    location: SourceLocation(file: "site.toml"))]
        f.add("1", registered: "2024-01-02")
        let set = f.run()
        #expect(set.band(for: Figure(numerator: 19, denominator: 20), of: .timelyAcceptance) == .green)
        #expect(set.band(for: Figure(numerator: 18_999, denominator: 20_000), of: .timelyAcceptance) == .green)  // shown as 0.9500
        #expect(set.band(for: Figure(numerator: 9, denominator: 10), of: .timelyAcceptance) == .yellow)
        #expect(set.band(for: Figure(numerator: 8, denominator: 10), of: .timelyAcceptance) == .red)
        #expect(set.band(for: Figure(numerator: 0, denominator: 0), of: .timelyAcceptance) == nil)
        #expect(set.band(for: Figure(numerator: 3, denominator: 20), of: .repeatShare) == .yellow)
        #expect(set.band(for: Figure(count: 3), of: .cases) == nil)
    }
}

@Test func scopesAreFoundByName() {
    var f = Fixture(cutoff: "2024-02-29")
    f.add("1", registered: "2024-01-03", unit: 1, domain: 1)
    f.add("2", registered: "2024-02-03", unit: 1, domain: 1)
    f.add("3", registered: "2024-02-04", unit: 1, domain: 0)
    let set = f.run()
    let unit = set.scopes.scope(.unit, named: "东城街道")!
    #expect(set.latest?.comparison(.cases, period: .month, scope: unit, with: .previousMonth)?.sentence == "环比上升100.0%")
    #expect(set.scopes.scope(.domain, named: "教育").map { set.latest!.value(indicator: .cases, period: .ytd, scope: $0) } == 2)
    #expect(set.scopes.scope(.unit, named: "不存在") == nil)
}
