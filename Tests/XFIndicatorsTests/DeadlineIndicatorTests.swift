import Testing
import XFCalendar
import XFTestSupport
import XFRecords
@testable import XFIndicators
import XFVocabulary

/// 及时受理率, 按期办结率 and the overdue stocks, on the days where they turn.
@Suite struct DeadlineIndicatorTests {
    @Test func decisionOnDay15IsTimelyDay16IsNot() {
        var f = Fixture(cutoff: "2024-04-30")
        f.add("A", registered: "2024-03-01") { $0.accept("2024-03-16") }   // day 15
        f.add("B", registered: "2024-03-01") { $0.reject("2024-03-17") }   // day 16
        f.add("C", registered: "2024-03-20") { $0.accept("2024-03-21") }   // deadline 04-04
        let set = f.run()
        #expect(set.all(.timelyAcceptance, in: "2024-03") == Figure(numerator: 1, denominator: 2))
        #expect(set.all(.timelyAcceptance, in: "2024-03").machineText == "0.5000")
        #expect(set.all(.timelyAcceptance, in: "2024-04") == Figure(numerator: 1, denominator: 1))
        #expect(set.all(.timelyAcceptance, .ytd, in: "2024-04") == Figure(numerator: 2, denominator: 3))
    }

    @Test func neverAcceptedCountsOnceInTheMonthItsDeadlinePasses() {
        var f = Fixture(cutoff: "2024-03-31")
        f.add("late", registered: "2024-01-25")       // dl_acc 2024-02-09
        f.add("edge", registered: "2024-01-16")       // dl_acc 2024-01-31 = A(Jan)
        let set = f.run()
        #expect(set.all(.timelyAcceptance, in: "2024-01") == Figure(numerator: 0, denominator: 1))
        #expect(set.all(.timelyAcceptance, in: "2024-02") == Figure(numerator: 0, denominator: 1))
        #expect(set.all(.timelyAcceptance, in: "2024-03").machineText == "")
        #expect(set.all(.timelyAcceptance, .ytd, in: "2024-03") == Figure(numerator: 0, denominator: 2))
        // Overdue only once dl_acc < A: not on the deadline day itself.
        #expect(set.all(.overdueUnaccepted, .at, in: "2024-01") == Figure(count: 0))
        #expect(set.all(.overdueUnaccepted, .at, in: "2024-02") == Figure(count: 2))
        #expect(set.all(.overdueUnaccepted, .at, in: "2024-03") == Figure(count: 2))
    }

    @Test func lateDecisionEndsOverdueUnacceptedInItsMonth() {
        var f = Fixture(cutoff: "2024-04-30")
        f.add("A", registered: "2024-01-05") { $0.reject("2024-03-10") }
        let set = f.run()
        #expect(set.all(.overdueUnaccepted, .at, in: "2024-01") == Figure(count: 1))
        #expect(set.all(.overdueUnaccepted, .at, in: "2024-02") == Figure(count: 1))
        #expect(set.all(.overdueUnaccepted, .at, in: "2024-03") == Figure(count: 0))
        #expect(set.all(.timelyAcceptance, in: "2024-01") == Figure(numerator: 0, denominator: 1))
    }

    @Test func closingOnDay60IsOnTimeDay61IsLateDay90WithExtension() {
        var f = Fixture(cutoff: "2024-04-30")
        f.add("X", registered: "2024-01-02") { $0.accept("2024-01-10"); $0.close("2024-03-10") }
        f.add("Y", registered: "2024-01-02") { $0.accept("2024-01-10"); $0.close("2024-03-11") }
        f.add("Z", registered: "2024-01-02") { $0.accept("2024-01-10", extended: true); $0.close("2024-04-09") }
        f.add("W", registered: "2024-01-02") { $0.accept("2024-01-10") }
        f.add("N", registered: "2024-01-02") { $0.reject("2024-01-10") }  // 不予受理: not in 按期办结率
        let set = f.run()
        var x = CaseRecord(registered: day("2024-01-02"), unit: 0, domain: 0, channel: .letter, category: .claim)
        x.accept("2024-01-10")
        #expect(CaseTimeline(x).closingDeadline(extended: x.isExtended) == Int(day("2024-03-10").dayNumber))
        #expect(set.all(.ontimeClosing, in: "2024-03") == Figure(numerator: 1, denominator: 3))  // X, Y, W
        #expect(set.all(.ontimeClosing, in: "2024-04") == Figure(numerator: 1, denominator: 1))  // Z
        #expect(set.all(.ontimeClosing, .ytd, in: "2024-04") == Figure(numerator: 2, denominator: 4))
        // 在办 and 超期未办结 on the month ends.
        #expect(set.all(.open, .at, in: "2024-02") == Figure(count: 4))
        #expect(set.all(.overdueOpen, .at, in: "2024-02") == Figure(count: 0))
        #expect(set.all(.open, .at, in: "2024-03") == Figure(count: 2))          // Z, W
        #expect(set.all(.overdueOpen, .at, in: "2024-03") == Figure(count: 1))   // W
        #expect(set.all(.overdueOpen, .month, in: "2024-03") == Figure(count: 1))  // same figure for any period
        #expect(set.all(.open, .at, in: "2024-04") == Figure(count: 1))
    }

    @Test func overdueOpenStartsTheDayAfterTheDeadline() {
        var f = Fixture(cutoff: "2024-05-31")
        // dl_close = 2024-03-31, the month end: not overdue on A(Mar), overdue on A(Apr).
        f.add("A", registered: "2024-01-30") { $0.accept("2024-01-31") }
        let set = f.run()
        #expect(set.all(.overdueOpen, .at, in: "2024-03") == Figure(count: 0))
        #expect(set.all(.overdueOpen, .at, in: "2024-04") == Figure(count: 1))
    }
}
