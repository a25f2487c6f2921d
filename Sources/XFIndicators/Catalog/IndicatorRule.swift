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
    public var lines: [String] {
        var lines: [String] = []
        lines.reserveCapacity(5)
        lines.append(counts)
        lines.append(period)
        lines.append(asOf)
        if let basis { lines.append(basis) }
        if let caution { lines.append(caution) }
        return lines
    }
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

    /// The rule of `figure`, a figure of this indicator in `period`, as of `asOf`.
    public func rule(for figure: Figure, period: Period, asOf: CivilDate, minDenominator: Int) -> IndicatorRule {
        RuleWords(asOf: asOf, minDenominator: minDenominator).rule(for: figure, of: self, period: period)
    }

    /// The words of the counts line around its numbers, for each period: a rate's
    /// `分母：…` + denominator + `件；分子：…` + numerator + `件` (`rate`, nil
    /// without denominator words), a count's `统计：…，共` + count + `件`. Made
    /// once: every card and table row of every page shows a rule.
    fileprivate struct CountsWords: Sendable {
        let rate: (head: [UInt8], middle: [UInt8], tail: [UInt8])?
        let count: (head: [UInt8], tail: [UInt8])
    }

    fileprivate static let countsWords: [[CountsWords]] = IndicatorCatalog.specs.map { spec in
        Period.allCases.map { period in
            let numerator = spec.numeratorText(for: period)
            return CountsWords(rate: spec.denominatorText(for: period).map { denominator in
                                   (Array("分母：\(denominator)".utf8), Array("\(spec.countUnit)；分子：\(numerator)".utf8), Array(spec.countUnit.utf8))
                               },
                               count: (Array("统计：\(numerator)，共".utf8), Array(spec.unit.utf8)))
        }
    }

    /// `依据：…` by indicator order.
    fileprivate static let basisLines: [String?] = IndicatorCatalog.specs.map { spec in spec.basis.map { "依据：" + $0 } }
}

/// The lines of a rule that depend only on the snapshot (its as-of date and the
/// set's smallest sample), made once per snapshot; a rule then writes only its
/// counts line.
public struct RuleWords: Sendable {
    /// `统计期间：…` / `统计日：…` by `Period.index`.
    private let periods: [String]
    private let asOf: String
    /// `样本不足：…` by indicator order.
    private let cautions: [String]
    private let minDenominator: Int

    public init(asOf date: CivilDate, minDenominator: Int) {
        let a = date.components
        periods = ["统计期间：\(a.year)年\(a.month)月1日至\(a.month)月\(a.day)日",
                   "统计期间：\(a.year)年1月1日至\(a.month)月\(a.day)日",
                   "统计日：\(a.year)年\(a.month)月\(a.day)日（当日状态）"]
        asOf = "数据截至：\(a.year)年\(a.month)月\(a.day)日"
        cautions = IndicatorCatalog.specs.map { spec in
            "样本不足：分母少于\(minDenominator)\(spec.countUnit)，不标颜色、不作同比环比、不参加排名。"
        }
        self.minDenominator = minDenominator
    }

    public init(_ snapshot: Snapshot) {
        self.init(asOf: snapshot.asOf, minDenominator: snapshot.set.minDenominator)
    }

    /// The rule of `figure`, a figure of `spec`'s indicator in `period`.
    public func rule(for figure: Figure, of spec: IndicatorSpec, period: Period) -> IndicatorRule {
        let effective: Period = spec.family == .caseStock ? .at : period
        let order = spec.indicator.order
        let words = IndicatorSpec.countsWords[order][effective.index]
        var bytes: [UInt8] = []
        if let denominator = figure.denominator, let rate = words.rate {
            bytes.reserveCapacity(rate.head.count + rate.middle.count + rate.tail.count + 40)
            bytes.append(contentsOf: rate.head)
            IndicatorTableWriter.appendInteger(denominator, to: &bytes)
            bytes.append(contentsOf: rate.middle)
            IndicatorTableWriter.appendInteger(figure.numerator, to: &bytes)
            bytes.append(contentsOf: rate.tail)
        } else {
            bytes.reserveCapacity(words.count.head.count + words.count.tail.count + 20)
            bytes.append(contentsOf: words.count.head)
            IndicatorTableWriter.appendInteger(figure.numerator, to: &bytes)
            bytes.append(contentsOf: words.count.tail)
        }
        return IndicatorRule(counts: String(decoding: bytes, as: UTF8.self), period: periods[effective.index], asOf: asOf,
                             basis: IndicatorSpec.basisLines[order],
                             caution: figure.isSmallSample(minDenominator) ? cautions[order] : nil)
    }
}

extension Snapshot {
    /// The rule of one figure of this snapshot; nil where the indicator has no row.
    /// (Pages that show many rules keep one `RuleWords` per snapshot.)
    public func rule(_ indicator: Indicator, period: Period, scope: Scope) -> IndicatorRule? {
        guard let figure = figure(indicator, period: period, scope: scope) else { return nil }
        return RuleWords(self).rule(for: figure, of: indicator.spec, period: period)
    }
}
