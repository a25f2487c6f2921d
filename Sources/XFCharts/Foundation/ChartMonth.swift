import XFText

/// A calendar month on a chart's x axis.
public struct ChartMonth: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public static func < (a: ChartMonth, b: ChartMonth) -> Bool {
        (a.year, a.month) < (b.year, b.month)
    }

    /// "2025年10月", for descriptions and table rows.
    public var chineseName: String { "\(year)年\(month)月" }

    /// "2023年11月至2025年10月" (or one month alone).
    static func period(_ months: [ChartMonth]) -> String {
        guard let first = months.first, let last = months.last else { return "" }
        return first == last ? first.chineseName : "\(first.chineseName)至\(last.chineseName)"
    }
}

/// How month ticks read: "23.11" on one line, or "11月" with the year under
/// January and under the first month.
public enum MonthLabelStyle: Sendable, Equatable {
    case yearDotMonth
    case monthWithYearAtJanuary
}

struct MonthTick: Equatable {
    let index: Int
    let primary: String
    let secondary: String?
}

enum MonthAxis {
    /// Ticks that fit in slots of `slotWidth` px: every k-th month with k dividing
    /// 12, anchored at January, so the year change is always labelled.
    static func ticks(_ months: [ChartMonth], style: MonthLabelStyle, slotWidth: Double, fontSize: Double) -> [MonthTick] {
        let widest = months.map { TextWidth.pixels(primary($0, style: style), fontSize: fontSize) }.max() ?? 0
        let every = [1, 2, 3, 4, 6, 12].first { Double($0) * slotWidth >= widest + 4 } ?? 12
        let yearWidth = TextWidth.pixels("2024年", fontSize: fontSize) + 6
        let firstJanuary = months.firstIndex { $0.month == 1 }
        var ticks: [MonthTick] = []
        for (index, month) in months.enumerated() where (month.month - 1) % every == 0 {
            // The first tick names its year too, unless January's year label follows too closely.
            let roomBeforeJanuary = firstJanuary.map { Double($0 - index) * slotWidth >= yearWidth } ?? true
            let showsYear = style == .monthWithYearAtJanuary && (month.month == 1 || (ticks.isEmpty && roomBeforeJanuary))
            ticks.append(MonthTick(index: index, primary: primary(month, style: style), secondary: showsYear ? "\(month.year)年" : nil))
        }
        return ticks
    }

    static func primary(_ month: ChartMonth, style: MonthLabelStyle) -> String {
        switch style {
        case .yearDotMonth:
            let year = ((month.year % 100) + 100) % 100
            return (year < 10 ? "0\(year)" : "\(year)") + "." + (month.month < 10 ? "0\(month.month)" : "\(month.month)")
        case .monthWithYearAtJanuary:
            return "\(month.month)月"
        }
    }
}
