import Testing
import XFTestSupport
import XFRecords
@testable import XFIndicators
import XFVocabulary

/// Counts and rates over the cases registered or closed in a period.
@Suite struct FlowIndicatorTests {
    @Test func registrationCountsByChannelAndScope() {
        var f = Fixture(cutoff: "2024-05-31")
        f.add("1", registered: "2024-05-02", unit: 0, domain: 0, channel: .visit, persons: 5) { $0.isRepeated = true }
        f.add("2", registered: "2024-05-03", unit: 0, domain: 1, channel: .visit, persons: 4) { $0.isBypass = true }
        f.add("3", registered: "2024-05-04", unit: 1, domain: 1, channel: .letter, persons: 6)
        f.add("4", registered: "2024-05-05", unit: 1, domain: 1, channel: .online)
        f.add("5", registered: "2024-05-06", unit: 1, domain: 0, channel: .phone)
        let set = f.run()
        let expected: [(Indicator, Int)] = [(.cases, 5), (.persons, 17), (.letters, 1), (.visits, 2), (.visitPersons, 9),
                                            (.online, 1), (.phone, 1), (.groupVisits, 1), (.bypass, 1)]
        for (indicator, count) in expected { #expect(set.all(indicator, in: "2024-05") == Figure(count: count), "\(indicator)") }
        #expect(set.all(.onlineShare, in: "2024-05") == Figure(numerator: 1, denominator: 5))
        #expect(set.all(.repeatShare, in: "2024-05").displayText == "20.0%")
        #expect(set.unit(0, .visits, in: "2024-05") == Figure(count: 2))
        #expect(set.unit(1, .cases, in: "2024-05") == Figure(count: 3))
        #expect(set.domain(1, .cases, in: "2024-05") == Figure(count: 3))
        #expect(set.domain(0, .groupVisits, in: "2024-05") == Figure(count: 1))
    }

    @Test func outcomesCountByClosingMonth() {
        var f = Fixture(cutoff: "2024-06-30")
        f.add("a", registered: "2024-03-01") { $0.accept("2024-03-02"); $0.close("2024-04-10", resolved: true); $0.isFirstTime = true }
        f.add("b", registered: "2024-03-01") { $0.accept("2024-03-02"); $0.close("2024-04-11"); $0.isFirstTime = true }
        f.add("c", registered: "2024-03-01", category: .suggestion) {
            $0.accept("2024-03-02"); $0.close("2024-04-12", resolved: true); $0.isFirstTime = true
        }
        f.add("d", registered: "2024-03-01") { $0.route = .litigation }
        f.add("e", registered: "2024-03-01") { $0.route = .petition }
        f.add("f", registered: "2024-03-01", category: .accusation) { $0.route = .arbitration }
        f.add("g", registered: "2024-03-01") { $0.review = day("2024-05-03"); $0.reReview = day("2024-06-30") }
        let set = f.run()
        #expect(set.all(.oneTimeResolution, in: "2024-04") == Figure(numerator: 1, denominator: 2))
        #expect(set.all(.oneTimeResolution, in: "2024-03").displayText == "—")
        #expect(set.all(.statutoryRoute, in: "2024-03") == Figure(numerator: 1, denominator: 2))
        #expect(set.all(.reviews, in: "2024-05") == Figure(count: 1))
        #expect(set.all(.reReviews, in: "2024-06") == Figure(count: 1))
        #expect(set.all(.reReviews, .ytd, in: "2024-06") == Figure(count: 1))
    }

    @Test func ratingsCountForTheClosingCohortOnceDated() {
        var f = Fixture(cutoff: "2024-04-30")
        // Rated on the closing day: the loader's default when 评价日期 is missing.
        f.add("same", registered: "2024-02-01") { $0.accept("2024-02-02"); $0.close("2024-03-31"); $0.rate(.basicallySatisfied, on: "2024-03-31") }
        f.add("later", registered: "2024-02-01") { $0.accept("2024-02-02"); $0.close("2024-03-30"); $0.rate(.dissatisfied, on: "2024-04-02") }
        f.add("none", registered: "2024-02-01") { $0.accept("2024-02-02"); $0.close("2024-04-01") }
        // A rating without any date falls back to the 办结日期.
        f.add("undated", registered: "2024-02-01") { $0.accept("2024-02-02"); $0.close("2024-04-03"); $0.rating = .satisfied }
        // A rating on a case never closed is not counted anywhere.
        f.add("open", registered: "2024-02-01") { $0.accept("2024-02-02"); $0.rate(.satisfied, on: "2024-03-05") }
        let set = f.run()
        #expect(set.all(.participation, in: "2024-03") == Figure(numerator: 1, denominator: 2))
        #expect(set.all(.satisfaction, in: "2024-03") == Figure(numerator: 1, denominator: 1))
        #expect(set.all(.participation, in: "2024-04") == Figure(numerator: 1, denominator: 2))
        #expect(set.all(.satisfaction, in: "2024-04") == Figure(numerator: 1, denominator: 1))
        // ytd on A(Apr): every case closed since January, rated by 04-30.
        #expect(set.all(.participation, .ytd, in: "2024-04") == Figure(numerator: 3, denominator: 4))
        #expect(set.all(.satisfaction, .ytd, in: "2024-04") == Figure(numerator: 2, denominator: 3))
    }

    @Test func ytdRestartsInJanuary() {
        var f = Fixture(cutoff: "2024-02-29")
        f.add("1", registered: "2023-11-15")
        f.add("2", registered: "2023-12-01")
        f.add("3", registered: "2024-01-31")
        f.add("4", registered: "2024-02-29")
        let set = f.run()
        #expect(set.months == [month("2023-11"), month("2023-12"), month("2024-01"), month("2024-02")])
        #expect(set.all(.cases, .ytd, in: "2023-12") == Figure(count: 2))
        #expect(set.all(.cases, .ytd, in: "2024-01") == Figure(count: 1))
        #expect(set.all(.cases, .ytd, in: "2024-02") == Figure(count: 2))
        // Deadline of case 2 falls in December, of case 3 in February.
        #expect(set.all(.timelyAcceptance, .ytd, in: "2024-01").machineText == "")
        #expect(set.all(.timelyAcceptance, .ytd, in: "2024-02") == Figure(numerator: 0, denominator: 1))
    }

    @Test func backlogResolutionIsAStockOfRegisteredBacklogCases() {
        var f = Fixture(cutoff: "2024-03-31")
        f.add("b1", registered: "2024-01-10") { $0.isBacklog = true; $0.accept("2024-01-11"); $0.close("2024-02-20", resolved: true) }
        f.add("b2", registered: "2024-02-10") { $0.isBacklog = true; $0.accept("2024-02-11"); $0.close("2024-03-20") }
        f.add("b3", registered: "2024-03-10") { $0.isBacklog = true; $0.isResolved = true }
        let set = f.run()
        #expect(set.all(.backlogResolution, .at, in: "2024-01") == Figure(numerator: 0, denominator: 1))
        #expect(set.all(.backlogResolution, .at, in: "2024-02") == Figure(numerator: 1, denominator: 2))
        #expect(set.all(.backlogResolution, .at, in: "2024-03") == Figure(numerator: 1, denominator: 3))
        #expect(set.all(.backlogResolution, .ytd, in: "2024-03").displayText == "33.3%")
    }
}
