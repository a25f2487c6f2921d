import XFCalendar
import XFRecords

/// A period a bureau reports on: a calendar year (`2024`), a half-year
/// (`2024-H1`) or a quarter (`2024-Q3`). Its figures are those of the snapshot of
/// its last month with data (December, the half's or quarter's last month, or the
/// cut-off month for the period still running), over the window from the
/// period's first day to that snapshot's as-of date.
public struct ReportPeriod: Hashable, Sendable, Comparable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case year, half, quarter

        public var months: Int { switch self { case .year: 12; case .half: 6; case .quarter: 3 } }
    }

    public let kind: Kind
    public let year: Int
    /// 1 for a year; 1–2 for a half; 1–4 for a quarter.
    public let number: Int

    public init(kind: Kind, year: Int, number: Int = 1) {
        self.kind = kind
        self.year = year
        self.number = number
    }

    /// `2024`, `2024-H1`, `2024-Q3`: the folder under `reports/` and the file names.
    public var id: String {
        switch kind {
        case .year: "\(year)"
        case .half: "\(year)-H\(number)"
        case .quarter: "\(year)-Q\(number)"
        }
    }

    /// 2024年, 2024年上半年, 2024年第三季度.
    public var chinese: String { "\(year)年" + shortChinese }

    /// "", 上半年, 第三季度 (without the year).
    public var shortChinese: String {
        switch kind {
        case .year: ""
        case .half: number == 1 ? "上半年" : "下半年"
        case .quarter: "第" + ["一", "二", "三", "四"][number - 1] + "季度"
        }
    }

    public var firstMonth: Month { Month(year: year, month: (number - 1) * kind.months + 1) }
    public var lastMonth: Month { firstMonth.adding(months: kind.months - 1) }
    public var firstDay: CivilDate { firstMonth.firstDay }

    public func contains(_ month: Month) -> Bool { month >= firstMonth && month <= lastMonth }

    /// The same period a year earlier.
    public var yearEarlier: ReportPeriod { ReportPeriod(kind: kind, year: year - 1, number: number) }

    /// Quarters inside this period, in order.
    public var quarters: [ReportPeriod] {
        let first = (firstMonth.month - 1) / 3 + 1
        return (first ..< first + kind.months / 3).map { ReportPeriod(kind: .quarter, year: year, number: $0) }
    }

    static let order: [Kind: Int] = [.year: 0, .half: 1, .quarter: 2]

    /// Year, then year before halves before quarters, then number.
    public static func < (a: ReportPeriod, b: ReportPeriod) -> Bool {
        (a.year, order[a.kind]!, a.number) < (b.year, order[b.kind]!, b.number)
    }

    /// Every year, half-year and quarter holding at least one of `months`, in order.
    public static func all(covering months: [Month]) -> [ReportPeriod] {
        var periods = Set<ReportPeriod>()
        for month in months {
            periods.insert(ReportPeriod(kind: .year, year: month.year))
            periods.insert(ReportPeriod(kind: .half, year: month.year, number: (month.month - 1) / 6 + 1))
            periods.insert(ReportPeriod(kind: .quarter, year: month.year, number: (month.month - 1) / 3 + 1))
        }
        return periods.sorted()
    }
}
