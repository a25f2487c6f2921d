import XFCalendar
import XFRecords
import XFVocabulary

/// Month, as-of date and partial flag of one snapshot.
struct SnapshotInfo: Sendable {
    let position: Int
    let month: Month
    let asOf: CivilDate
    let isPartial: Bool
}

/// Every snapshot of a content set, oldest first, with lookups by month, series
/// for charts, comparisons (环比/同比), rankings and target bands for the pages.
public struct SnapshotSet: Sendable {
    /// Everything the set holds, behind one reference: a `Snapshot` keeps its set,
    /// and pages make snapshots and look figures up millions of times, so a copy
    /// must cost one retain, not one per array.
    private final class Storage: @unchecked Sendable {
        let scopes: ScopeList
        let targets: [Indicator: Target]
        let minDenominator: Int
        let unitKinds: [UnitKind]
        let infos: [SnapshotInfo]
        let table: FigureTable
        var sameDays: [SameDayFigures] = []
        var windows = WindowFigures()
        var cases = CaseStore()

        init(scopes: ScopeList, targets: [Indicator: Target], minDenominator: Int, unitKinds: [UnitKind],
             infos: [SnapshotInfo], table: FigureTable) {
            self.scopes = scopes
            self.targets = targets
            self.minDenominator = minDenominator
            self.unitKinds = unitKinds
            self.infos = infos
            self.table = table
        }

        func copy() -> Storage {
            let copy = Storage(scopes: scopes, targets: targets, minDenominator: minDenominator, unitKinds: unitKinds,
                               infos: infos, table: table)
            copy.sameDays = sameDays
            copy.windows = windows
            copy.cases = cases
            return copy
        }
    }

    private var storage: Storage

    public var scopes: ScopeList { storage.scopes }
    /// The targets in force (catalogue defaults with site.toml laid over them).
    public var targets: [Indicator: Target] { storage.targets }
    /// Rates with a smaller denominator are 样本不足 (site setting `min_denominator`).
    public var minDenominator: Int { storage.minDenominator }
    /// 镇街 or 部门 of each unit, in units.csv order, for the rankings.
    public var unitKinds: [UnitKind] { storage.unitKinds }
    var infos: [SnapshotInfo] { storage.infos }
    var table: FigureTable { storage.table }
    /// The partial last month's compared same days (empty when it is complete).
    var sameDays: [SameDayFigures] {
        get { storage.sameDays }
        set { makeUnique(); storage.sameDays = newValue }
    }
    /// Quarter and half-year to date, for the period reports.
    var windows: WindowFigures {
        get { storage.windows }
        set { makeUnique(); storage.windows = newValue }
    }
    /// The cases, kept for the overdue lists (`overdue(asOf:)`); pages never see them.
    var cases: CaseStore {
        get { storage.cases }
        set { makeUnique(); storage.cases = newValue }
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    init(scopes: ScopeList, snapshots: [SnapshotInfo], table: FigureTable, targets: [Indicator: Target],
         minDenominator: Int = 10, unitKinds: [UnitKind] = []) {
        storage = Storage(scopes: scopes, targets: targets, minDenominator: minDenominator,
                          unitKinds: unitKinds.count == scopes.unitCount ? unitKinds
                              : Array(repeating: .town, count: scopes.unitCount),
                          infos: snapshots, table: table)
    }

    public var snapshots: [Snapshot] { infos.map { Snapshot(owner: self, info: $0) } }

    /// The cases behind the overdue counts on `asOf`, from the same timeline as the figures.
    public func overdue(asOf: CivilDate) -> OverdueList { OverdueList(cases: cases, asOf: asOf) }
    public var months: [Month] { infos.map(\.month) }
    public var latest: Snapshot? { infos.last.map { Snapshot(owner: self, info: $0) } }

    public func snapshot(for month: Month) -> Snapshot? {
        guard let first = infos.first else { return nil }
        let position = month.ordinal - first.month.ordinal
        guard infos.indices.contains(position) else { return nil }
        return Snapshot(owner: self, info: infos[position])
    }

    /// The figure of one month's snapshot; nil when that month has no snapshot or
    /// the indicator has no row for the period or scope. Stock indicators answer
    /// for any period with their `at` figure.
    public func figure(_ indicator: Indicator, period: Period, scope: Scope, month: Month) -> Figure? {
        snapshot(for: month)?.figure(indicator, period: period, scope: scope)
    }

    /// The figures of the `count` months ending with `month` (oldest first); months
    /// without a snapshot are left out, so a chart never invents zeros.
    public func series(_ indicator: Indicator, period: Period, scope: Scope, endingAt month: Month,
                       count: Int = 24) -> [(month: Month, figure: Figure)] {
        (0 ..< count).reversed().compactMap { back in
            let m = month.adding(months: -back)
            return figure(indicator, period: period, scope: scope, month: m).map { (m, $0) }
        }
    }

    /// The target of an indicator, if it has one.
    public func target(for indicator: Indicator) -> Target? { targets[indicator] }

    /// Whether a figure is a rate shown as 样本不足.
    public func isSmallSample(_ figure: Figure) -> Bool { figure.isSmallSample(minDenominator) }

    /// Green, yellow or red for a figure with a target; nil for an empty value, a
    /// small sample (样本不足 carries no colour) or no target.
    public func band(for figure: Figure, of indicator: Indicator) -> Target.Band? {
        guard let target = target(for: indicator), !isSmallSample(figure), let value = figure.bandValue else { return nil }
        return target.band(for: value)
    }

    /// The figure 环比 or 同比 compares with, like for like (INDICATORS.md): full
    /// months with full months; a partial month with the same days of the other
    /// month, each as of its own end day; ytd only 同比 (to the same day); stocks
    /// 环比 against 上月末. nil where there is no comparable period.
    public func compared(_ indicator: Indicator, period: Period, scope: Scope, month: Month,
                         with base: Comparison.Base) -> ComparedFigure? {
        guard let snapshot = snapshot(for: month),
              let current = snapshot.figure(indicator, period: period, scope: scope) else { return nil }
        let effective: Period = indicator.family == .caseStock ? .at : period
        if effective == .ytd && base == .previousMonth { return nil }
        let otherMonth = month.adding(months: -base.monthsBack)
        let sameDays = snapshot.isPartial && !(effective == .at && base == .previousMonth)
        let figure: Figure
        let asOf: CivilDate
        if sameDays {
            guard let other = self.sameDays.first(where: { $0.base == base }) else { return nil }
            figure = other.table.figure(other.info.position, effective, scopes.slot(of: scope), indicator)
            asOf = other.info.asOf
        } else {
            guard let other = self.snapshot(for: otherMonth),
                  let otherFigure = other.figure(indicator, period: effective, scope: scope) else { return nil }
            figure = otherFigure
            asOf = other.asOf
        }
        let from: CivilDate
        switch effective {
        case .month: from = otherMonth.firstDay
        case .ytd: from = CivilDate(year: otherMonth.year, month: 1, day: 1)!
        case .at: from = asOf
        }
        return ComparedFigure(base: base, period: effective, from: from, to: asOf, asOf: asOf, figure: figure,
                              sameDays: sameDays,
                              comparison: Comparison(base: base, current: current, previous: figure, sameDays: sameDays,
                                                     minDenominator: minDenominator))
    }

    /// 环比 (`.previousMonth`) or 同比 (`.sameMonthLastYear`) of one figure as the
    /// page shows it; nil where nothing is compared or no change is shown.
    public func comparison(_ indicator: Indicator, period: Period, scope: Scope, month: Month,
                           with base: Comparison.Base) -> Comparison? {
        guard let current = figure(indicator, period: period, scope: scope, month: month),
              !isSmallSample(current) else { return nil }
        return compared(indicator, period: period, scope: scope, month: month, with: base)?.comparison
    }
}

/// One monthly snapshot: the figures as known on its as-of date.
public struct Snapshot: Sendable {
    let owner: SnapshotSet
    let info: SnapshotInfo

    init(owner: SnapshotSet, info: SnapshotInfo) {
        self.owner = owner
        self.info = info
    }

    public var month: Month { info.month }
    /// A: the month's last day, or the cut-off C in the last month.
    public var asOf: CivilDate { info.asOf }
    /// The month of C when C is not its last day: shown as 数据截至 C.
    public var isPartial: Bool { info.isPartial }
    public var scopes: ScopeList { owner.scopes }
    public var set: SnapshotSet { owner }

    public func figure(_ indicator: Indicator, period: Period, scope: Scope) -> Figure? {
        guard indicator.applies(to: scope.kind) else { return nil }
        let effective: Period = indicator.family == .caseStock ? .at : period
        guard indicator.has(effective) else { return nil }
        return owner.table.figure(info.position, effective, owner.scopes.slot(of: scope), indicator)
    }

    /// The figure over a report window ending on this snapshot's as-of date A:
    /// [1 January, A] (`.year`: the ytd figure), [first day of the half-year, A] or
    /// [first day of the quarter, A], by the same rules as every other period.
    /// Stock indicators answer with their `at` figure.
    public func figure(_ indicator: Indicator, window: ReportPeriod.Kind, scope: Scope) -> Figure? {
        guard window != .year, indicator.family != .caseStock else { return figure(indicator, period: .ytd, scope: scope) }
        guard indicator.applies(to: scope.kind) else { return nil }
        return owner.windows.figure(window, info.position, owner.scopes.slot(of: scope), indicator)
    }

    /// The value (a count, or a rate between 0 and 1); nil for an empty rate.
    public func value(indicator: Indicator, period: Period, scope: Scope) -> Double? {
        figure(indicator, period: period, scope: scope)?.value
    }

    /// 环比 or 同比 of one figure of this snapshot, as the page shows it.
    public func comparison(_ indicator: Indicator, period: Period, scope: Scope, with base: Comparison.Base) -> Comparison? {
        owner.comparison(indicator, period: period, scope: scope, month: month, with: base)
    }

    /// The figure compared with, its dates and the change (comparisons.csv).
    public func compared(_ indicator: Indicator, period: Period, scope: Scope, with base: Comparison.Base) -> ComparedFigure? {
        owner.compared(indicator, period: period, scope: scope, month: month, with: base)
    }

    /// Every row of indicators.csv, in the order INDICATORS.md gives: period,
    /// scope kind, scope in configured order, indicator in page order.
    public var rows: [IndicatorRow] {
        var rows: [IndicatorRow] = []
        for period in Period.allCases {
            for scope in owner.scopes.scopes {
                for indicator in Indicator.rows(period: period, scope: scope.kind) {
                    let figure = owner.table.figure(info.position, period, owner.scopes.slot(of: scope), indicator)
                    rows.append(IndicatorRow(month: month, asOf: asOf, period: period, scope: scope,
                                             indicator: indicator, figure: figure))
                }
            }
        }
        return rows
    }

    /// Every row of comparisons.csv: indicators.csv order, 环比 before 同比, only
    /// where there is a comparable period.
    public var comparisonRows: [ComparisonRow] {
        var rows: [ComparisonRow] = []
        forEachComparisonRow { rows.append($0) }
        return rows
    }

    /// The rows of `comparisonRows` one at a time, without the array (the
    /// comparisons.csv writer: a 1,000-unit month has some 70,000 rows).
    public func forEachComparisonRow(_ body: (ComparisonRow) -> Void) {
        for period in Period.allCases {
            for scope in owner.scopes.scopes {
                for indicator in Indicator.rows(period: period, scope: scope.kind) {
                    for base in Comparison.Base.allCases {
                        guard let compared = compared(indicator, period: period, scope: scope, with: base) else { continue }
                        let current = figure(indicator, period: period, scope: scope)!
                        let change = owner.isSmallSample(current) ? nil : compared.comparison
                        body(ComparisonRow(month: month, scope: scope, indicator: indicator, compared: compared, change: change))
                    }
                }
            }
        }
    }
}

extension Snapshot {
    /// The rows of a period report (reports/<id>/data/report.csv): the window's
    /// figures in the rows of period `ytd` (all scopes, indicators in page order),
    /// then the `at` rows, as in indicators.csv. For `.year` they are exactly the
    /// snapshot's ytd and at rows.
    public func windowRows(_ window: ReportPeriod.Kind) -> [IndicatorRow] {
        var rows: [IndicatorRow] = []
        for period in [Period.ytd, .at] {
            for scope in owner.scopes.scopes {
                for indicator in Indicator.rows(period: period, scope: scope.kind) {
                    guard let figure = period == .at ? figure(indicator, period: .at, scope: scope)
                        : figure(indicator, window: window, scope: scope) else { continue }
                    rows.append(IndicatorRow(month: month, asOf: asOf, period: period, scope: scope,
                                             indicator: indicator, figure: figure))
                }
            }
        }
        return rows
    }
}

/// One row of indicators.csv / indicators.json.
public struct IndicatorRow: Hashable, Sendable {
    public var month: Month
    public var asOf: CivilDate
    public var period: Period
    public var scope: Scope
    public var indicator: Indicator
    public var figure: Figure
}

/// One row of comparisons.csv.
public struct ComparisonRow: Hashable, Sendable {
    public var month: Month
    public var scope: Scope
    public var indicator: Indicator
    public var compared: ComparedFigure
    /// The change shown on the page; nil where none is shown.
    public var change: Comparison?
}
