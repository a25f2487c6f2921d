import Testing
import XFCalendar
import XFTestSupport
@testable import XFIndicators

/// A snapshot's rules are assembled from words made once (`RuleWords`); each line
/// must read exactly as the catalogue's words with the figure's numbers and the
/// as-of date filled in, for every indicator, period and kind of figure.
@Test func rulesFromSharedWordsReadAsTheCatalogue() {
    let figures = [Figure(count: 0), Figure(count: 7), Figure(count: 123_456), Figure(numerator: 398, denominator: 405),
                   Figure(numerator: 7, denominator: 8), Figure(numerator: 0, denominator: 0), Figure(numerator: 99, denominator: 100)]
    for asOf in [day("2025-10-31"), day("2024-02-29"), day("2026-01-05")] {
        let a = asOf.components
        for minimum in [10, 30] {
            let words = RuleWords(asOf: asOf, minDenominator: minimum)
            for spec in IndicatorCatalog.specs {
                for period in Period.allCases {
                    for figure in figures {
                        let rule = words.rule(for: figure, of: spec, period: period)
                        let effective: Period = spec.family == .caseStock ? .at : period
                        if let denominator = figure.denominator, let text = spec.denominatorText(for: effective) {
                            #expect(rule.counts == "分母：\(text)\(denominator)\(spec.countUnit)；分子：\(spec.numeratorText(for: effective))\(figure.numerator)\(spec.countUnit)")
                        } else {
                            #expect(rule.counts == "统计：\(spec.numeratorText(for: effective))，共\(figure.numerator)\(spec.unit)")
                        }
                        let periodLine = switch effective {
                        case .month: "统计期间：\(a.year)年\(a.month)月1日至\(a.month)月\(a.day)日"
                        case .ytd: "统计期间：\(a.year)年1月1日至\(a.month)月\(a.day)日"
                        case .at: "统计日：\(a.year)年\(a.month)月\(a.day)日（当日状态）"
                        }
                        #expect(rule.period == periodLine)
                        #expect(rule.asOf == "数据截至：\(a.year)年\(a.month)月\(a.day)日")
                        #expect(rule.basis == spec.basis.map { "依据：" + $0 })
                        let caution = "样本不足：分母少于\(minimum)\(spec.countUnit)，不标颜色、不作同比环比、不参加排名。"
                        #expect(rule.caution == (figure.isSmallSample(minimum) ? caution : nil))
                        #expect(rule.lines == [rule.counts, rule.period, rule.asOf] + [rule.basis, rule.caution].compactMap { $0 })
                        #expect(spec.rule(for: figure, period: period, asOf: asOf, minDenominator: minimum) == rule)
                    }
                }
            }
        }
    }
}
