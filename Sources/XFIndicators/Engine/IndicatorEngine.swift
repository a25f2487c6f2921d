import XFCalendar
import XFRecords
import XFSettings

/// Computes every indicator of INDICATORS.md for every monthly snapshot, period and
/// scope in one pass over the cases (see `CaseCounters`), then reads the figures
/// off the counters. Cost: O(cases + snapshots × scopes × indicators).
public struct IndicatorEngine: Sendable {
    public let content: Content

    public init(content: Content) { self.content = content }

    /// `reportWindows: false` leaves out the quarter and half-year figures of the
    /// period reports (for the benchmark, which times them apart).
    public func run(reportWindows: Bool = true) -> SnapshotSet {
        let scopes = ScopeList(region: content.settings.region, units: content.units, domains: content.domains)
        let targets = IndicatorTargets.resolve(content.settings).targets
        let minimum = content.settings.minDenominator
        guard let calendar = SnapshotCalendar(content: content) else {
            return SnapshotSet(scopes: scopes, snapshots: [], table: FigureTable(snapshots: 0, scopes: scopes.count),
                               targets: targets, minDenominator: minimum, unitKinds: content.units.map(\.kind))
        }
        let (table, snapshots, windows) = Self.compute(content, scopes: scopes, calendar: calendar, windows: reportWindows)
        var set = SnapshotSet(scopes: scopes, snapshots: snapshots, table: table, targets: targets, minDenominator: minimum,
                              unitKinds: content.units.map(\.kind))
        set.windows = windows
        set.sameDays = sameDayFigures(for: snapshots.last, calendar: calendar, scopes: scopes)
        set.cases = content.cases
        return set
    }

    /// For a partial last month, the figures of the same days of the month before
    /// and of the same month a year before, each as of its own end day (INDICATORS.md,
    /// "like for like"): the engine run again with the cut-off at that day.
    func sameDayFigures(for last: SnapshotInfo?, calendar: SnapshotCalendar, scopes: ScopeList) -> [SameDayFigures] {
        guard let last, last.isPartial else { return [] }
        return [Comparison.Base.previousMonth, .sameMonthLastYear].compactMap { base in
            let asOf = ComparedPeriod.sameDay(as: last.asOf, monthsBack: base.monthsBack)
            var earlier = content
            earlier.settings.cutoff = asOf
            guard let calendar = SnapshotCalendar(content: earlier), calendar.cutoff == asOf else { return nil }
            let (table, infos, _) = Self.compute(earlier, scopes: scopes, calendar: calendar)
            guard let info = infos.last, info.month == asOf.month else { return nil }
            return SameDayFigures(base: base, info: info, table: table)
        }
    }

    /// The figures of every snapshot, and with `windows` those of the period reports' quarter and half-year windows.
    static func compute(_ content: Content, scopes: ScopeList, calendar: SnapshotCalendar,
                        windows: Bool = false) -> (FigureTable, [SnapshotInfo], WindowFigures) {
        var cases = CaseCounters(calendar: calendar, scopes: scopes)
        cases.add(content.cases)
        let caseYTD = cases.yearToDate()
        let activities = ActivityCounters(calendar: calendar, unitCount: scopes.unitCount,
                                          receptions: content.receptions, activities: content.activities)

        let months = Array(calendar.snapshotIndices)
        var table = FigureTable(snapshots: months.count, scopes: scopes.count)
        for (snapshot, m) in months.enumerated() {
            for scope in 0 ..< scopes.count {
                let caseBase = cases.offset(scope: scope, month: m)
                for spec in IndicatorCatalog.specs {
                    switch spec.family {
                    case .caseFlow:
                        table.set(snapshot, .month, scope, spec.indicator, spec.figure { cases.values[caseBase + $0] })
                        table.set(snapshot, .ytd, scope, spec.indicator, spec.figure { caseYTD[caseBase + $0] })
                    case .caseStock:
                        table.set(snapshot, .at, scope, spec.indicator, spec.figure { cases.values[caseBase + $0] })
                    case .activity:
                        guard scope <= scopes.unitCount else { continue }
                        for period in [Period.month, .ytd] {
                            table.set(snapshot, period, scope, spec.indicator, spec.figure {
                                activities.value($0, scope: scope, month: m, yearToDate: period == .ytd)
                            })
                        }
                    }
                }
            }
        }
        let snapshots = months.enumerated().map { position, m in
            SnapshotInfo(position: position, month: calendar.month(m), asOf: calendar.asOf(m), isPartial: calendar.isPartial(m))
        }
        let windowFigures = windows ? WindowFigures.compute(months: months, scopes: scopes, cases: cases, activities: activities)
            : WindowFigures()
        return (table, snapshots, windowFigures)
    }
}

extension IndicatorSpec {
    /// The figure read off the counters through this entry's slots.
    @inline(__always)
    func figure(_ counter: (Int) -> Int) -> Figure {
        guard let denominator = slots.denominator else { return Figure(count: counter(slots.numerator)) }
        return Figure(numerator: counter(slots.numerator), denominator: counter(denominator))
    }
}

/// The benchmark entry point: every snapshot of a content set.
public func computeAllSnapshots(_ content: Content) -> SnapshotSet {
    IndicatorEngine(content: content).run()
}
