import Foundation
import Testing
import XFTestSupport
@testable import XFIndicators

/// docs/INDICATORS.md is what the catalogue renders, so the rules users read are
/// the words the pages show. Re-record: `XF_RECORD_GOLDEN=1 swift test --filter IndicatorDocsTests`.
@Suite struct IndicatorDocsTests {
    @Test func docsEqualTheCatalogue() throws {
        let file = Repository.root.appendingPathComponent("docs/INDICATORS.md")
        let rendered = IndicatorDocs.markdown()
        if Golden.isRecording { try Data(rendered.utf8).write(to: file, options: .atomic) }
        let committed = try String(contentsOf: file, encoding: .utf8)
        #expect(committed == rendered, "docs/INDICATORS.md is out of date: XF_RECORD_GOLDEN=1 swift test --filter IndicatorDocsTests")
    }

    @Test func everyRateHasItsRuleAndTheDeadlinesTheirBasis() {
        for spec in IndicatorCatalog.specs {
            #expect(spec.isRate == (spec.defaultTarget != nil), "\(spec.id)")
            #expect(!spec.numeratorRule.isEmpty)
        }
        for indicator in [Indicator.timelyAcceptance, .overdueUnaccepted] {
            #expect(indicator.spec.basis?.contains("第二十二条") == true && indicator.spec.basis?.contains("第二十三条") == true)
        }
        for indicator in [Indicator.ontimeClosing, .overdueOpen] {
            #expect(indicator.spec.basis?.contains("第三十四条") == true)
        }
        // The example sentence, from the catalogue's words.
        let rule = Indicator.timelyAcceptance.spec.rule(for: Figure(numerator: 398, denominator: 405), period: .month,
                                                         asOf: day("2025-10-31"), minDenominator: 10)
        #expect(rule.counts == "分母：登记后15日期限落在本月的信访事项（未作决定的也计入）405件；分子：其中在登记后15日内作出受理或不予受理决定的398件")
        #expect(rule.period == "统计期间：2025年10月1日至10月31日" && rule.caution == nil)
        let small = Indicator.satisfaction.spec.rule(for: Figure(numerator: 7, denominator: 8), period: .month,
                                                     asOf: day("2025-10-31"), minDenominator: 10)
        #expect(small.caution?.hasPrefix("样本不足：分母少于10件") == true)
    }
}
