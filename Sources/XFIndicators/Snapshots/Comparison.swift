/// 环比 or 同比 of one figure, phrased as the reports phrase it: counts in percent
/// (上升12.5%), rates in percentage points (下降1.2个百分点), or 持平.
public struct Comparison: Hashable, Sendable {
    public enum Base: Hashable, Sendable {
        /// 环比: the previous month's snapshot.
        case previousMonth
        /// 同比: the same month a year earlier.
        case sameMonthLastYear

        public var label: String { self == .previousMonth ? "环比" : "同比" }
        var monthsBack: Int { self == .previousMonth ? 1 : 12 }
    }

    public let base: Base
    public let isRate: Bool
    /// Signed change in tenths: of a percent for counts, of a percentage point for rates.
    public let tenths: Int

    /// nil when not comparable: a rate with an empty value on either side, or a
    /// count whose base is 0 while the current count is not (no percent exists).
    /// Rates compare the two percentages as displayed (one decimal), so the text
    /// always agrees with the two figures printed beside it.
    public init?(base: Base, current: Figure, previous: Figure) {
        self.base = base
        isRate = current.isRate
        if current.isRate {
            guard let now = current.scaledRate(1_000), let then = previous.scaledRate(1_000) else { return nil }
            tenths = now - then
        } else if previous.numerator == 0 {
            guard current.numerator == 0 else { return nil }
            tenths = 0
        } else {
            tenths = Figure.divideRounded((current.numerator - previous.numerator) * 1_000, previous.numerator)
        }
    }

    /// `上升12.5%`, `下降1.2个百分点` or `持平`.
    public var text: String {
        if tenths == 0 { return "持平" }
        let amount = Figure.decimal(abs(tenths), places: 1)
        return (tenths > 0 ? "上升" : "下降") + amount + (isRate ? "个百分点" : "%")
    }

    /// `同比上升12.5%`, ready to paste into a report.
    public var sentence: String { base.label + text }
}
