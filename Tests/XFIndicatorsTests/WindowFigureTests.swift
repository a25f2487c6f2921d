import Testing
import XFCalendar
import XFRecords
@testable import XFIndicators

/// The quarter and half-year windows of the period reports, against the naive
/// reference computed from scratch over [first day of the window, A].
@Suite struct WindowFigureTests {
    @Test(arguments: [7, 8, 9] as [UInt64])
    func windowsAgreeWithNaiveReference(seed: UInt64) {
        let content = randomContent(seed: seed, cases: 300)
        let reference = ReferenceEngine(content: content)
        let set = IndicatorEngine(content: content).run()
        var mismatches: [String] = []
        var checked = 0
        for snapshot in set.snapshots {
            for kind in ReportPeriod.Kind.allCases {
                let month = snapshot.month
                let first = Month(year: month.year, month: (month.month - 1) / kind.months * kind.months + 1)
                for (scopeKind, index, name) in reference.scopes() {
                    let scope = Scope(kind: scopeKind, index: index, name: name)
                    for indicator in Indicator.rows(period: .ytd, scope: scopeKind) {
                        let (n, d) = reference.figure(indicator, A: Int(snapshot.asOf.dayNumber), start: Int(first.firstDay.dayNumber),
                                                      kind: scopeKind, index: index)
                        let figure = snapshot.figure(indicator, window: kind, scope: scope)
                        checked += 1
                        if figure?.numerator != n || figure?.denominator != d {
                            mismatches.append("\(month) \(kind) \(name) \(indicator): \(String(describing: figure)) vs \(n)/\(String(describing: d))")
                        }
                    }
                }
            }
        }
        #expect(checked > 1000)
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(5))")
    }

    @Test func periodsCoverTheMonthsInOrder() {
        let months = [Month(year: 2023, month: 11), Month(year: 2023, month: 12), Month(year: 2024, month: 1)]
        #expect(ReportPeriod.all(covering: months).map(\.id) == ["2023", "2023-H2", "2023-Q4", "2024", "2024-H1", "2024-Q1"])
        let q3 = ReportPeriod(kind: .quarter, year: 2024, number: 3)
        #expect(q3.firstMonth == Month(year: 2024, month: 7) && q3.lastMonth == Month(year: 2024, month: 9))
        #expect(q3.chinese == "2024年第三季度")
        #expect(ReportPeriod(kind: .half, year: 2024, number: 2).quarters.map(\.id) == ["2024-Q3", "2024-Q4"])
    }
}
