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
        guard let counterpart = counterpart(of: snapshot.info, period: effective, base: base) else { return nil }
        // The other month has the row too: same indicator, period and scope kind.
        let previous = figures(of: counterpart).figure(counterpart.position, effective, scopes.slot(of: scope), indicator)
        return counterpart.compared(current, previous, minDenominator: minDenominator)
    }

    /// What a snapshot's figures of one period are compared with on one basis
    /// (INDICATORS.md, like for like): full months with full months; a partial
    /// month with the same days of the other month, each as of its own end day;
    /// ytd only 同比 (to the same day); stocks 环比 against 上月末. nil where there
    /// is no comparable period.
    func counterpart(of info: SnapshotInfo, period: Period, base: Comparison.Base) -> Counterpart? {
        if period == .ytd && base == .previousMonth { return nil }
        let otherMonth = info.month.adding(months: -base.monthsBack)
        let sameDays = info.isPartial && !(period == .at && base == .previousMonth)
        let figures: Int
        let other: SnapshotInfo
        if sameDays {
            guard let days = self.sameDays.firstIndex(where: { $0.base == base }) else { return nil }
            (figures, other) = (1 + days, self.sameDays[days].info)
        } else {
            guard let snapshot = snapshot(for: otherMonth) else { return nil }
            (figures, other) = (0, snapshot.info)
        }
        let from: CivilDate
        switch period {
        case .month: from = otherMonth.firstDay
        case .ytd: from = CivilDate(year: otherMonth.year, month: 1, day: 1)!
        case .at: from = other.asOf
        }
        return Counterpart(base: base, period: period, table: figures, position: other.position, from: from,
                           asOf: other.asOf, sameDays: sameDays)
    }

    /// The table a counterpart's figures are in.
    func figures(of counterpart: Counterpart) -> FigureTable {
        counterpart.table == 0 ? table : sameDays[counterpart.table - 1].table
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
        forEachRowGroup { period, scope, indicators in
            for indicator in indicators {
                rows.append(IndicatorRow(month: month, asOf: asOf, period: period, scope: scope, indicator: indicator,
                                         figure: storedFigure(period, scope, indicator)))
            }
        }
        return rows
    }

    /// The rows of `rows` by scope: each period and scope in that order, with the
    /// indicators it has rows for (the loop `rows` and the data files' writers share).
    func forEachRowGroup(_ body: (Period, Scope, [Indicator]) -> Void) {
        for period in Period.allCases {
            for scope in owner.scopes.scopes { body(period, scope, Indicator.rows(period: period, scope: scope.kind)) }
        }
    }

    /// The figure of a row that `forEachRowGroup` gives (no applicability check).
    @inline(__always)
    func storedFigure(_ period: Period, _ scope: Scope, _ indicator: Indicator) -> Figure {
        owner.table.figure(info.position, period, owner.scopes.slot(of: scope), indicator)
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
        forEachComparison { scope, indicator, counterpart, current, previous in
            let compared = counterpart.compared(current, previous, minDenominator: owner.minDenominator)
            let change = owner.isSmallSample(current) ? nil : compared.comparison
            body(ComparisonRow(month: month, scope: scope, indicator: indicator, compared: compared, change: change))
        }
    }

    /// The comparisons of `forEachComparisonRow` as figures: the scope, the
    /// indicator, what it is compared with, and the two figures (the loop the
    /// rows and the comparisons.csv writer share).
    @inline(__always)
    func forEachComparison(_ body: (Scope, Indicator, Counterpart, _ current: Figure, _ previous: Figure) -> Void) {
        // Each basis and period has one counterpart a month: found once, by key.
        var found = [Counterpart?](repeating: nil, count: Counterpart.keys)
        for base in Comparison.Base.allCases {
            for period in Period.allCases {
                guard let counterpart = owner.counterpart(of: info, period: period, base: base) else { continue }
                found[counterpart.key] = counterpart
            }
        }
        let figures = owner.table
        forEachRowGroup { period, scope, indicators in
            // A row's period is its indicator's own (stocks have only `at` rows), so
            // `compared`'s effective period is the row's. 环比 before 同比.
            let slot = owner.scopes.slot(of: scope)
            let mom = found[period.index * 2], yoy = found[period.index * 2 + 1]
            let momFigures = mom.map(owner.figures), yoyFigures = yoy.map(owner.figures)
            for indicator in indicators {
                let current = figures.figure(info.position, period, slot, indicator)
                if let mom, let momFigures {
                    body(scope, indicator, mom, current, momFigures.figure(mom.position, period, slot, indicator))
                }
                if let yoy, let yoyFigures {
                    body(scope, indicator, yoy, current, yoyFigures.figure(yoy.position, period, slot, indicator))
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
