import Testing
import XFRecords
import XFSettings
import XFSource
import XFTestSupport
@testable import XFIndicators
import XFVocabulary

/// INDICATORS.md "Comparisons: like for like (added 2026-12)", pinned on fixtures.
@Suite struct LikeForLikeTests {
    func compared(_ set: SnapshotSet, _ indicator: Indicator, _ base: Comparison.Base, in m: String) -> ComparedFigure? {
        compared(set, indicator, .month, base, in: m)
    }
    func compared(_ set: SnapshotSet, _ indicator: Indicator, _ period: Period, _ base: Comparison.Base,
                  in m: String) -> ComparedFigure? {
        set.compared(indicator, period: period, scope: set.scopes.all, month: month(m), with: base)
    }

    @Test func partialMonthComparesTheSameDays() {
        var f = Fixture(cutoff: "2025-11-15")
        // October: 4 cases by the 15th, 6 after; November: 5 by the 15th; November 2024: 2 by the 15th, 8 after.
        for i in 0 ..< 4 { f.add("o\(i)", registered: "2025-10-1\(i)") }
        for i in 0 ..< 6 { f.add("p\(i)", registered: "2025-10-2\(i)") }
        for i in 0 ..< 5 { f.add("n\(i)", registered: "2025-11-0\(i + 1)") }
        for i in 0 ..< 2 { f.add("y\(i)", registered: "2024-11-1\(i)") }
        for i in 0 ..< 8 { f.add("z\(i)", registered: "2024-11-2\(i)") }
        let set = f.run()
        let mom = compared(set, .cases, .previousMonth, in: "2025-11")!
        #expect(mom.from == day("2025-10-01") && mom.to == day("2025-10-15") && mom.asOf == day("2025-10-15"))
        #expect(mom.figure == Figure(count: 4) && mom.sameDays)
        #expect(mom.comparison?.sentence == "环比（同期）上升25.0%")
        let yoy = compared(set, .cases, .sameMonthLastYear, in: "2025-11")!
        #expect(yoy.from == day("2024-11-01") && yoy.to == day("2024-11-15") && yoy.figure == Figure(count: 2))
        #expect(yoy.comparison?.sentence == "同比（同期）上升150.0%")
        // The full October is still compared with the full September (no snapshot: none) and last October.
        #expect(compared(set, .cases, .previousMonth, in: "2025-10") != nil)
        #expect(compared(set, .cases, .previousMonth, in: "2025-10")?.sameDays == false)
    }

    @Test func earlierMonthFactsAreTakenAsOfItsOwnEndDay() {
        var f = Fixture(cutoff: "2025-11-15")
        // Registered 1 October, decided 20 October: by 15 October it had no decision yet.
        f.add("a", registered: "2025-10-01") { $0.accept("2025-10-20") }
        f.add("b", registered: "2025-11-01")
        let set = f.run()
        let open = set.compared(.overdueUnaccepted, period: .at, scope: set.scopes.all, month: month("2025-11"),
                                with: .previousMonth)!
        // Stocks: 环比 against 上月末 (31 October), when "a" was decided.
        #expect(open.to == day("2025-10-31") && open.from == day("2025-10-31") && open.figure == Figure(count: 0))
        #expect(open.sameDays == false)
        // The 同期 October count of cases is as of 15 October.
        #expect(compared(set, .cases, .previousMonth, in: "2025-11")?.figure == Figure(count: 1))
    }

    @Test func thirtyFirstIsClampedToThirtyAndLeapDayTo28February() {
        #expect(ComparedPeriod.sameDay(as: day("2025-10-31"), monthsBack: 1) == day("2025-09-30"))
        #expect(ComparedPeriod.sameDay(as: day("2025-03-30"), monthsBack: 1) == day("2025-02-28"))
        #expect(ComparedPeriod.sameDay(as: day("2024-03-30"), monthsBack: 1) == day("2024-02-29"))
        #expect(ComparedPeriod.sameDay(as: day("2024-02-29"), monthsBack: 12) == day("2023-02-28"))
        #expect(ComparedPeriod.sameDay(as: day("2025-11-15"), monthsBack: 12) == day("2024-11-15"))

        var f = Fixture(cutoff: "2024-10-31")  // a full month: compared with the full September
        f.add("s", registered: "2024-09-30")
        f.add("t", registered: "2024-10-31")
        #expect(compared(f.run(), .cases, .previousMonth, in: "2024-10")?.to == day("2024-09-30"))

        var g = Fixture(cutoff: "2024-02-29")  // 29 February is the last day: a full month
        g.add("a", registered: "2023-02-28")
        g.add("b", registered: "2024-02-29")
        let full = compared(g.run(), .cases, .sameMonthLastYear, in: "2024-02")!
        #expect(full.to == day("2023-02-28") && !full.sameDays)

        var h = Fixture(cutoff: "2025-05-31")  // 31 May is full; 30 April would clamp
        h.add("a", registered: "2025-04-30")
        #expect(compared(h.run(), .cases, .previousMonth, in: "2025-05")?.to == day("2025-04-30"))

        var k = Fixture(cutoff: "2024-03-30")  // partial: 30 March → 29 February (leap year)
        k.add("a", registered: "2024-02-29")
        k.add("b", registered: "2024-03-01")
        let leap = compared(k.run(), .cases, .previousMonth, in: "2024-03")!
        #expect(leap.to == day("2024-02-29") && leap.figure == Figure(count: 1) && leap.sameDays)
    }

    @Test func yearToDateComparesToTheSameDayAndHasNo环比() {
        var f = Fixture(cutoff: "2025-11-15")
        f.add("a", registered: "2024-03-01")
        f.add("b", registered: "2024-11-15")
        f.add("c", registered: "2024-11-16")  // after the same day last year: not counted
        f.add("d", registered: "2025-01-05")
        let set = f.run()
        let ytd = compared(set, .cases, .ytd, .sameMonthLastYear, in: "2025-11")!
        #expect(ytd.from == day("2024-01-01") && ytd.to == day("2024-11-15") && ytd.figure == Figure(count: 2))
        #expect(ytd.comparison?.sentence == "同比（同期）下降50.0%")
        #expect(compared(set, .cases, .ytd, .previousMonth, in: "2025-11") == nil)
        #expect(compared(set, .cases, .ytd, .previousMonth, in: "2025-10") == nil)
        // Stocks 同比: the state on the same day a year earlier.
        let stock = set.compared(.open, period: .at, scope: set.scopes.all, month: month("2025-11"), with: .sameMonthLastYear)!
        #expect(stock.to == day("2024-11-15") && stock.sameDays)
    }

    @Test func comparisonsCSVRowsAndChanges() {
        var f = Fixture(cutoff: "2025-11-15")
        for i in 0 ..< 4 { f.add("o\(i)", registered: "2025-10-1\(i)") }
        for i in 0 ..< 5 { f.add("n\(i)", registered: "2025-11-0\(i + 1)") }
        let set = f.run()
        let text = String(decoding: ComparisonTableWriter.comparisonsCSV(set.latest!), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "\u{FEFF}" + ComparisonTableWriter.comparisonHeader)
        #expect(lines[1] == "2025-11,month,all,示例区,cases,mom,2025-10-01,2025-10-15,2025-10-15,4,,4,25.0,percent")
        // Zero base: the row is there, the change is empty.
        #expect(lines.contains("2025-11,month,all,示例区,letters,mom,2025-10-01,2025-10-15,2025-10-15,4,,4,25.0,percent"))
        #expect(lines.contains("2025-11,month,all,示例区,visits,mom,2025-10-01,2025-10-15,2025-10-15,0,,0,,"))
        // No 同比: the month a year earlier has no snapshot. No ytd 环比 ever.
        #expect(!lines.contains { $0.contains(",yoy,") || $0.contains(",ytd,") && $0.contains(",mom,") })
        #expect(lines.contains("2025-11,at,unit,城关镇,open,mom,2025-10-31,2025-10-31,2025-10-31,0,,0,,"))
        #expect(text.hasSuffix("\n"))
    }
}

/// INDICATORS.md "Small samples and rankings (added 2026-12)".
@Suite struct SmallSampleAndRankingTests {
    /// One unit per given rate of 按期办结率 in October 2025 (n of d closed in time),
    /// plus the same for September; units are towns unless listed in `departments`.
    func fixture(october: [(Int, Int)], september: [(Int, Int)] = [], departments: Set<Int> = []) -> SnapshotSet {
        let count = max(october.count, september.count)
        var f = Fixture(units: (0 ..< count).map { "单位\($0)" }, cutoff: "2025-10-31")
        f.content.units = f.content.units.enumerated().map { index, unit in
            Unit(name: unit.name, kind: departments.contains(index) ? .department : .town)
        }
        func add(_ rates: [(Int, Int)], accepted: String, late: String, onTime: String, prefix: String) {
            for (unit, (numerator, denominator)) in rates.enumerated() {
                for i in 0 ..< denominator {
                    f.add("\(prefix)-\(unit)-\(i)", registered: accepted, unit: unit) {
                        $0.accept(accepted)
                        $0.close(i < numerator ? onTime : late)
                    }
                }
            }
        }
        // Accepted 1 August (deadline 30 September) and 1 September (deadline 31 October).
        add(september, accepted: "2025-08-01", late: "2025-10-05", onTime: "2025-09-01", prefix: "s")
        add(october, accepted: "2025-09-01", late: "2025-11-05", onTime: "2025-10-01", prefix: "o")
        return f.run()
    }

    @Test func nineIsASmallSampleTenIsNot() {
        let set = fixture(october: [(8, 9), (9, 10)])
        let small = set.figure(.ontimeClosing, period: .month, scope: set.scopes.units.first!, month: month("2025-10"))!
        let enough = set.figure(.ontimeClosing, period: .month, scope: set.scopes.units.last!, month: month("2025-10"))!
        #expect(set.isSmallSample(small) && !set.isSmallSample(enough))
        #expect(set.band(for: small, of: .ontimeClosing) == nil && set.band(for: enough, of: .ontimeClosing) == .yellow)
        let ranking = set.ranking(.ontimeClosing, of: .town, month: month("2025-10"))!
        #expect(ranking.entries.map(\.scope.name) == ["单位1", "单位0"])
        #expect(ranking.entries.map(\.rank) == [1, nil])
        // No change is shown for a small sample, either side.
        var f = Fixture(cutoff: "2025-10-31")
        f.add("x", registered: "2025-09-01")
        #expect(Comparison(base: .previousMonth, current: small, previous: enough, minDenominator: 10) == nil)
        #expect(Comparison(base: .previousMonth, current: enough, previous: small, minDenominator: 10) == nil)
        #expect(Comparison(base: .previousMonth, current: enough, previous: enough, minDenominator: 10)?.text == "持平")
    }

    @Test func tiesShareAPlaceAndTheNextSkips() {
        // 100%, 90% (20 cases), 90% (10 cases), 80%, and a department.
        let set = fixture(october: [(16, 20), (18, 20), (9, 10), (20, 20), (5, 10)], departments: [4])
        let ranking = set.ranking(.ontimeClosing, of: .town, month: month("2025-10"))!
        #expect(ranking.entries.map(\.scope.name) == ["单位3", "单位1", "单位2", "单位0"])
        #expect(ranking.entries.map(\.rank) == [1, 2, 2, 4])
        #expect(set.ranking(.ontimeClosing, of: .department, month: month("2025-10"))!.entries.map(\.rank) == [1])
        // Among equals with equal denominators, configured order.
        let equal = fixture(october: [(9, 10), (9, 10)]).ranking(.ontimeClosing, of: .town, month: month("2025-10"))!
        #expect(equal.entries.map(\.scope.name) == ["单位0", "单位1"] && equal.entries.map(\.rank) == [1, 1])
    }

    @Test func rankChangesAgainstLastMonth() {
        let set = fixture(october: [(20, 20), (18, 20), (10, 10), (5, 5)],
                          september: [(10, 20), (20, 20), (10, 10), (19, 20)])
        let ranking = set.ranking(.ontimeClosing, of: .town, month: month("2025-10"))!
        // September: 单位1 1, 单位2 1, 单位3 3, 单位0 4. October: 单位0 1 (↑3), 单位2 1 (持平), 单位1 3 (↓2), 单位3 unranked.
        #expect(ranking.entries.map(\.scope.name) == ["单位0", "单位2", "单位1", "单位3"])
        #expect(ranking.entries.map(\.rank) == [1, 1, 3, nil])
        #expect(ranking.entries.map(\.previousRank) == [4, 1, 1, 3])
        #expect(ranking.entries.map { $0.movement?.text } == ["↑3", "持平", "↓2", nil])
        let csv = String(decoding: ComparisonTableWriter.rankingsCSV([ranking]), as: UTF8.self)
        #expect(csv == "\u{FEFF}month,indicator,unit_type,scope,value,denominator,rank,previous_rank\n"
            + "2025-10,ontime_closing,镇街,单位0,1.0000,20,1,4\n2025-10,ontime_closing,镇街,单位2,1.0000,10,1,1\n"
            + "2025-10,ontime_closing,镇街,单位1,0.9000,20,3,1\n2025-10,ontime_closing,镇街,单位3,1.0000,5,,3\n")
        // Unranked last month: 新. The first month of the data has no movement at all.
        let fresh = fixture(october: [(10, 10), (10, 10)], september: [(5, 5), (10, 10)])
        #expect(fresh.ranking(.ontimeClosing, of: .town, month: month("2025-10"))!.entries.map { $0.movement?.text } == ["持平", "新"].reversed())
        #expect(fresh.ranking(.ontimeClosing, of: .town, month: month("2025-08"))!.entries.allSatisfy { $0.movement == nil })
        #expect(fresh.ranking(.ontimeClosing, of: .town, month: month("2025-09"))!.entries.map { $0.movement?.text } == ["新", nil])
    }

    @Test func repeatShareRanksAscending() {
        #expect(Ranking.indicators.first == .repeatShare && IndicatorCatalog.specs[Indicator.repeatShare.order].higherIsBetter == false)
    }
}

@Suite struct TargetTests {
    @Test func sectionsResolveAgainstTheCatalogue() {
        var settings = SiteSettings()
        let at = SourceLocation(file: "site.toml", line: 3, characterColumn: 10)
        settings.targets = [TargetSetting(id: "timely_acceptence", green: 0.5, location: at),
                            TargetSetting(id: "cases", green: 0.5, location: at),
                            TargetSetting(id: "exam_pass", green: 0.8, yellow: 0.9, location: at),
                            TargetSetting(id: "repeat_share", green: 0.05, location: at)]
        let (targets, diagnostics) = IndicatorTargets.resolve(settings)
        #expect(diagnostics.map(\.code) == ["settings.unknown-target", "settings.unknown-target", "settings.target-order"])
        #expect(diagnostics[0].fix == "是否应为 [targets.timely_acceptance]？")
        #expect(diagnostics[0].location.characterColumn == 10 && diagnostics[2].location.line == 3)
        #expect(targets[.repeatShare] == Target(green: 0.05, yellow: 0.15, higherIsBetter: false))
        #expect(targets[.examPass] == Target(green: 1.0, yellow: 0.9))
        #expect(Set(targets.keys) == Set(Indicator.allCases.filter(\.isRate)))
    }
}
