import XFCalendar
import XFRecords

/// 环比 or 同比 of one figure, phrased as the reports phrase it: counts in percent
/// (上升12.5%), rates in percentage points (下降1.2个百分点), or 持平; with
/// `sameDays` when a partial month is compared over the same days (同期).
public struct Comparison: Hashable, Sendable {
    public enum Base: String, Hashable, Sendable, CaseIterable {
        /// 环比: the previous month (its same days when this month is partial).
        case previousMonth = "mom"
        /// 同比: the same month a year earlier (same days when partial).
        case sameMonthLastYear = "yoy"

        public var label: String { self == .previousMonth ? "环比" : "同比" }
        /// `mom` or `yoy`, as in comparisons.csv.
        public var id: String { rawValue }
        public var monthsBack: Int { self == .previousMonth ? 1 : 12 }
    }

    public let base: Base
    public let isRate: Bool
    /// Signed change in tenths: of a percent for counts, of a percentage point for rates.
    public let tenths: Int
    /// The compared range is the same days of a partial month (labelled 同期).
    public let sameDays: Bool

    /// nil when the page shows no change: a rate with an empty value or a small
    /// sample (denominator below `minDenominator`) on either side, or a count whose
    /// base is 0 (no percent exists; the page shows the two counts instead).
    /// Rates compare the two percentages as displayed (one decimal), so the text
    /// always agrees with the two figures printed beside it.
    public init?(base: Base, current: Figure, previous: Figure, sameDays: Bool = false, minDenominator: Int = 1) {
        self.base = base
        self.sameDays = sameDays
        isRate = current.isRate
        if current.isRate {
            guard !current.isSmallSample(minDenominator), !previous.isSmallSample(minDenominator),
                  let now = current.scaledRate(1_000), let then = previous.scaledRate(1_000) else { return nil }
            tenths = now - then
        } else {
            guard previous.numerator != 0 else { return nil }
            tenths = Figure.divideRounded((current.numerator - previous.numerator) * 1_000, previous.numerator)
        }
    }

    /// `上升12.5%`, `下降1.2个百分点` or `持平`.
    public var text: String {
        if tenths == 0 { return "持平" }
        let amount = Figure.decimal(abs(tenths), places: 1)
        return (tenths > 0 ? "上升" : "下降") + amount + (isRate ? "个百分点" : "%")
    }

    /// `环比`, or `环比（同期）` over the same days of a partial month.
    public var label: String { base.label + (sameDays ? "（同期）" : "") }

    /// `同比（同期）上升12.5%`, ready to paste into a report.
    public var sentence: String { label + text }

    /// The change as comparisons.csv writes it: `15.1`, `-1.2`, `0.0`.
    public var machineText: String { Figure.decimal(tenths, places: 1) }
}

/// The figure a comparison is made against: which days it covers, as of which
/// day its facts are taken, and the change shown on the page (nil for none).
public struct ComparedFigure: Hashable, Sendable {
    public let base: Comparison.Base
    public let period: Period
    /// The compared period: [from, to]; for stock indicators (`at`) the single day.
    public let from: CivilDate
    public let to: CivilDate
    /// The day its facts are taken at (always `to`: each month as of its own end day).
    public let asOf: CivilDate
    public let figure: Figure
    /// The compared range is the same days of a partial month (同期).
    public let sameDays: Bool
    public let comparison: Comparison?
}

/// The dates of like-for-like comparisons (INDICATORS.md, "added 2026-12").
public enum ComparedPeriod {
    /// Day d of the month `monthsBack` before, clamped to that month's length
    /// (31 → 30, 29 February → 28 February).
    public static func sameDay(as date: CivilDate, monthsBack: Int) -> CivilDate {
        let (_, _, day) = date.components
        let month = date.month.adding(months: -monthsBack)
        let clamped = min(day, CivilDate.daysIn(month: month.month, year: month.year))
        return CivilDate(year: month.year, month: month.month, day: clamped)!
    }

    /// `与10月1日至15日、去年11月1日至15日相比`-style phrase for a compared range.
    public static func range(_ from: CivilDate, _ to: CivilDate, relativeTo year: Int) -> String {
        let f = from.components, t = to.components
        let prefix = f.year == year ? "" : f.year == year - 1 ? "去年" : "\(f.year)年"
        return "\(prefix)\(f.month)月\(f.day)日至" + (t.month == f.month ? "" : "\(t.month)月") + "\(t.day)日"
    }
}

/// The figures of a partial month's compared same days: the engine's last
/// snapshot when run with the cut-off on that day.
struct SameDayFigures: Sendable {
    let base: Comparison.Base
    let info: SnapshotInfo
    let table: FigureTable
}

/// What one snapshot's figures of one period are compared with on one basis
/// (`SnapshotSet.counterpart`): a snapshot of the same set, or the compared same
/// days of a partial month, with the dates of comparisons.csv. Plain values, so
/// the comparisons.csv loop copies it for free.
struct Counterpart: Sendable {
    let base: Comparison.Base
    let period: Period
    /// Where its figures are: 0 for the set's own table, else 1 + the position in
    /// `SnapshotSet.sameDays`; and the snapshot position in that table.
    let table: Int
    let position: Int
    /// The compared period [from, asOf]; for stocks the single day.
    let from: CivilDate
    let asOf: CivilDate
    let sameDays: Bool

    /// A number for each basis and period, below `keys`.
    var key: Int { period.index * 2 + (base == .previousMonth ? 0 : 1) }
    static let keys = Period.allCases.count * 2

    func compared(_ current: Figure, _ previous: Figure, minDenominator: Int) -> ComparedFigure {
        ComparedFigure(base: base, period: period, from: from, to: asOf, asOf: asOf, figure: previous, sameDays: sameDays,
                       comparison: change(current, previous, minDenominator: minDenominator))
    }

    @inline(__always)
    func change(_ current: Figure, _ previous: Figure, minDenominator: Int) -> Comparison? {
        Comparison(base: base, current: current, previous: previous, sameDays: sameDays, minDenominator: minDenominator)
    }
}
