import XFCalendar
import XFRecords

/// An indicator's rule in plain Chinese for one figure: what the numerator and the
/// denominator count, with the two numbers, the period, the as-of date and the legal
/// basis, from the catalogue's words (so cards, briefs, reports and docs agree).
public struct IndicatorRule: Sendable, Hashable {
    /// `分母：登记后15日期限落在本月的信访事项405件；分子：其中……398件`, or for a count
    /// `统计：登记日期在本月的信访事项412件`.
    public let counts: String
    /// `统计期间：2025年11月1日至11月15日` (`统计日：2025年11月15日` for stocks).
    public let period: String
    /// `数据截至：2025年11月15日`.
    public let asOf: String
    /// `依据：《信访工作条例》……`, when the indicator measures a statutory deadline.
    public let basis: String?
    /// `样本不足：分母少于10件，不标颜色、不作比较、不参加排名。` for a small sample.
    public let caution: String?

    /// All lines in reading order.
    public var lines: [String] { [counts, period, asOf] + [basis, caution].compactMap { $0 } }
}

extension IndicatorSpec {
    /// The catalogue's rule words with `{期间}` filled for a period.
    public func numeratorText(for period: Period) -> String { Self.filled[indicator.order][period.index].numerator }
    public func denominatorText(for period: Period) -> String? { Self.filled[indicator.order][period.index].denominator }

    /// Every indicator's words filled for every period, once: each card and table
    /// cell of every page shows a rule.
    private static let filled: [[(numerator: String, denominator: String?)]] = IndicatorCatalog.specs.map { spec in
        Period.allCases.map { period in (fill(spec.numeratorRule, period), spec.denominatorRule.map { fill($0, period) }) }
    }

    static func fill(_ text: String, _ period: Period) -> String {
        let words: String
        switch period {
        case .month: words = "本月"
        case .ytd: words = "本年（1月1日起）"
        case .at: words = "统计日"
        }
        return text.replacing("{期间}", with: words)
    }

    /// The rule of `figure`, a figure of this indicator in `snapshot`'s `period`.
    public func rule(for figure: Figure, period: Period, asOf: CivilDate, minDenominator: Int) -> IndicatorRule {
        let effective: Period = family == .caseStock ? .at : period
        let counts: String
        if let denominator = figure.denominator, let denominatorText = denominatorText(for: effective) {
            counts = "分母：\(denominatorText)\(denominator)\(countUnit)；分子：\(numeratorText(for: effective))\(figure.numerator)\(countUnit)"
        } else {
            counts = "统计：\(numeratorText(for: effective))，共\(figure.numerator)\(unit)"
        }
        let a = asOf.components
        let periodText: String
        switch effective {
        case .month: periodText = "统计期间：\(a.year)年\(a.month)月1日至\(a.month)月\(a.day)日"
        case .ytd: periodText = "统计期间：\(a.year)年1月1日至\(a.month)月\(a.day)日"
        case .at: periodText = "统计日：\(a.year)年\(a.month)月\(a.day)日（当日状态）"
        }
        return IndicatorRule(counts: counts, period: periodText, asOf: "数据截至：\(a.year)年\(a.month)月\(a.day)日",
                             basis: basis.map { "依据：" + $0 },
                             caution: figure.isSmallSample(minDenominator)
                                 ? "样本不足：分母少于\(minDenominator)\(countUnit)，不标颜色、不作同比环比、不参加排名。" : nil)
    }
}

extension Snapshot {
    /// The rule of one figure of this snapshot; nil where the indicator has no row.
    public func rule(_ indicator: Indicator, period: Period, scope: Scope) -> IndicatorRule? {
        guard let figure = figure(indicator, period: period, scope: scope) else { return nil }
        return indicator.spec.rule(for: figure, period: period, asOf: asOf, minDenominator: set.minDenominator)
    }
}
