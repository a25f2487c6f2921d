import Testing
import XFTestSupport
import XFRecords
@testable import XFIndicators
import XFVocabulary

/// Whole-file golden tests of indicators.csv / indicators.json for a small content
/// set (Tests/Golden/XFIndicatorsTests; re-record: `XF_RECORD_GOLDEN=1 swift test`).
@Suite struct GoldenFileTests {
    func snapshot() -> Snapshot {
        var f = Fixture(units: ["城关镇", "东城街道,\"新区\""], domains: ["教育"], cutoff: "2024-10-15")
        f.add("1", registered: "2024-09-20", channel: .visit, persons: 6) { $0.accept("2024-10-05"); $0.isRepeated = true }
        f.add("2", registered: "2024-09-25", unit: 1, channel: .online) { $0.reject("2024-10-09") }
        f.add("3", registered: "2024-08-01") {
            $0.accept("2024-08-10"); $0.close("2024-10-09", resolved: true); $0.isFirstTime = true
            $0.rate(.satisfied, on: "2024-10-12"); $0.route = .litigation
        }
        f.add("4", registered: "2024-10-02", unit: 1, channel: .phone) { $0.isBacklog = true; $0.review = day("2024-10-14") }
        f.content.receptions = [Reception(date: day("2024-10-08"), leader: "王某", batches: 3, persons: 7, assigned: 2, unit: 0)]
        var training = Activity(date: day("2024-10-10"), title: "法宣培训", kind: .training)
        training.unit = 1
        training.trainees = 15
        training.examinees = 15
        training.passed = 14
        f.content.activities = [training]
        return f.run().latest!
    }

    @Test func csvMatchesGolden() { Golden.assert(IndicatorTableWriter.csv(snapshot()), named: "2024-10.csv") }
    @Test func jsonMatchesGolden() { Golden.assert(IndicatorTableWriter.json(snapshot()), named: "2024-10.json") }
}
