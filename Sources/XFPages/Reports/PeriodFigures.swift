import XFCalendar
import XFIndicators

/// The figures of one report period: those of the snapshot of its last month
/// with data, over the window from the period's first day to that snapshot's
/// as-of date (`Snapshot.figure(_:window:scope:)`); for a year, the snapshot's
/// ytd figures. Comparisons are with the same window a year earlier.
struct PeriodFigures {
    let set: SnapshotSet
    let period: ReportPeriod
    let snapshot: Snapshot

    /// nil when no month of the period has a snapshot.
    init?(set: SnapshotSet, period: ReportPeriod) {
        guard let last = set.months.last(where: { period.contains($0) }), let snapshot = set.snapshot(for: last) else { return nil }
        self.set = set
        self.period = period
        self.snapshot = snapshot
    }

    var asOf: CivilDate { snapshot.asOf }

    /// Still running: its last month is not complete in the data.
    var isToDate: Bool { snapshot.month != period.lastMonth || snapshot.isPartial }

    func figure(_ indicator: Indicator, _ scope: Scope) -> Figure? {
        snapshot.figure(indicator, window: period.kind, scope: scope)
    }

    func count(_ indicator: Indicator, _ scope: Scope) -> Int { figure(indicator, scope)?.numerator ?? 0 }

    /// `95.7%`, or `暂无数据` for an empty rate.
    func rate(_ indicator: Indicator, _ scope: Scope) -> String {
        guard let text = figure(indicator, scope)?.displayText, text != "—" else { return "暂无数据" }
        return text
    }

    /// The same window a year earlier: the snapshot twelve months back, when it
    /// exists. Not given while the end snapshot is a partial month, whose days
    /// would be compared with a whole month (see docs/REPORTS.md).
    var yearEarlier: PeriodFigures? {
        guard !snapshot.isPartial, let back = set.snapshot(for: snapshot.month.adding(months: -12)) else { return nil }
        return PeriodFigures(set: set, period: period.yearEarlier, snapshot: back)
    }

    private init(set: SnapshotSet, period: ReportPeriod, snapshot: Snapshot) {
        self.set = set
        self.period = period
        self.snapshot = snapshot
    }

    /// The data begin after the period's first month (the first snapshot's month), or nil.
    var dataBegin: Month? {
        guard let first = set.months.first, first > period.firstMonth else { return nil }
        return first
    }

    /// 同比 of one figure, or nil when not comparable: a year uses the engine's ytd
    /// 同比 (like for like: a partial month against the same days a year earlier); a
    /// half-year or quarter compares its window with the same window of the snapshot
    /// twelve months back (full months only). Never when the earlier period is not
    /// fully covered by the data, nor for a small sample (`min_denominator`).
    func yearOnYear(_ indicator: Indicator, _ scope: Scope) -> Comparison? {
        guard let first = set.months.first, first <= period.yearEarlier.firstMonth else { return nil }
        if period.kind == .year {
            return set.comparison(indicator, period: .ytd, scope: scope, month: snapshot.month, with: .sameMonthLastYear)
        }
        guard let earlier = yearEarlier, let now = figure(indicator, scope), let then = earlier.figure(indicator, scope)
        else { return nil }
        return Comparison(base: .sameMonthLastYear, current: now, previous: then, minDenominator: set.minDenominator)
    }

    /// Whether 同比 can be given at all (see `yearOnYear`).
    var isComparable: Bool {
        guard let first = set.months.first, first <= period.yearEarlier.firstMonth else { return false }
        return period.kind == .year || yearEarlier != nil
    }

    /// A figure as the report shows it: `95.7%`, or `样本不足（7/8件）` for a rate on too few cases.
    func shown(_ indicator: Indicator, _ scope: Scope) -> String {
        guard let figure = figure(indicator, scope) else { return "—" }
        return FigureViews.shown(figure, indicator, minDenominator: set.minDenominator)
    }

    /// 2024年 / 2024年第三季度 / 2025年第四季度（截至11月15日）.
    var name: String {
        guard isToDate else { return period.chinese }
        let c = asOf.components
        return period.chinese + "（截至\(c.month)月\(c.day)日）"
    }

    /// Where the numbers come from, said on the page and in the document.
    var sourceNote: String {
        let month = "\(snapshot.month.year)年\(snapshot.month.month)月"
        let window = period.kind == .year ? "的本年累计（ytd）数据"
            : "，统计区间为\(Self.date(period.firstDay))至\(Self.date(asOf))（\(period.kind == .half ? "半年" : "季度")累计）"
        return "本报告数字取自\(month)数据快照（数据截至\(Self.date(asOf))）\(window)，按《指标口径》同一规则计算"
            + (dataBegin.map { "；数据自\($0.year)年\($0.month)月起，此前月份没有数据" } ?? "")
            + (isToDate ? "；本期尚未结束，数字为截至当日的情况" : "") + "。"
    }

    static func date(_ date: CivilDate) -> String {
        let c = date.components
        return "\(c.year)年\(c.month)月\(c.day)日"
    }
}
