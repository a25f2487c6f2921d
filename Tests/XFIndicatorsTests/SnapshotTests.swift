import Testing
import XFCalendar
import XFSettings
import XFTestSupport
import XFRecords
@testable import XFIndicators
import XFVocabulary

/// Snapshot calendar, the as-of rule, re-exports and reception/publicity rows.
@Suite struct SnapshotTests {
    @Test func lastMonthIsPartialAndSeesNothingAfterTheCutoff() {
        var f = Fixture(cutoff: "2024-04-15")
        f.add("1", registered: "2024-03-20") { $0.accept("2024-04-16") }  // decision after C: unknown
        f.add("2", registered: "2024-04-10")
        f.add("3", registered: "2024-04-20")                               // after C: does not exist
        let set = f.run()
        let last = set.latest!
        #expect(last.month == month("2024-04") && last.asOf == day("2024-04-15") && last.isPartial)
        #expect(set.snapshot(for: month("2024-03"))!.asOf == day("2024-03-31"))
        #expect(!set.snapshot(for: month("2024-03"))!.isPartial)
        #expect(set.all(.cases, in: "2024-04") == Figure(count: 1))
        #expect(set.all(.timelyAcceptance, in: "2024-04") == Figure(numerator: 0, denominator: 1))
        #expect(set.all(.overdueUnaccepted, .at, in: "2024-04") == Figure(count: 1))  // case 1: dl_acc 04-04 < C
        #expect(set.all(.open, .at, in: "2024-04") == Figure(count: 0))
    }

    @Test func cutoffFallsBackToTheLatestDateInTheContent() {
        var f = Fixture()
        f.add("1", registered: "2024-01-05") { $0.accept("2024-01-06"); $0.close("2024-02-03") }
        let set = f.run()
        #expect(set.latest?.asOf == day("2024-02-03"))
        #expect(set.latest?.isPartial == true)
        f.content.settings.cutoff = day("2024-01-31")
        #expect(f.run().latest?.asOf == day("2024-01-31"))
        #expect(f.run().latest?.isPartial == false)
    }

    @Test func noCasesGiveNoSnapshots() {
        #expect(Fixture(cutoff: "2024-01-31").run().snapshots.isEmpty)
    }

    @Test func reExportReplacesTheCaseEntirely() {
        var f = Fixture(cutoff: "2024-03-31")
        f.add("A-1", registered: "2024-01-05", unit: 0, domain: 0)
        f.add("A-1", registered: "2024-01-05", unit: 1, domain: 1) { $0.accept("2024-01-08"); $0.close("2024-02-01") }
        let set = f.run()
        #expect(f.content.cases.count == 1)
        #expect(set.unit(0, .cases, in: "2024-01") == Figure(count: 0))
        #expect(set.unit(1, .cases, in: "2024-01") == Figure(count: 1))
        #expect(set.domain(1, .timelyAcceptance, in: "2024-01") == Figure(numerator: 1, denominator: 1))
        #expect(set.all(.open, .at, in: "2024-01") == Figure(count: 1))
        #expect(set.all(.open, .at, in: "2024-02") == Figure(count: 0))
    }

    @Test func emptyScopesGetRowsWithZeroCountsAndEmptyRates() {
        var f = Fixture(cutoff: "2024-01-31")
        f.add("1", registered: "2024-01-05", unit: 0, domain: 0)
        let rows = f.run().latest!.rows
        let unit1 = rows.filter { $0.scope.name == "东城街道" && $0.period == .month }
        #expect(unit1.count == Indicator.rows(period: .month, scope: .unit).count)
        #expect(unit1.first { $0.indicator == .cases }?.figure.machineText == "0")
        #expect(unit1.first { $0.indicator == .timelyAcceptance }?.figure.machineText == "")
        #expect(unit1.first { $0.indicator == .examPass }?.figure.displayText == "—")
        #expect(!rows.contains { $0.scope.kind == .domain && $0.indicator.family == .activity })
        #expect(rows.filter { $0.period == .at }.allSatisfy { $0.indicator.family == .caseStock })
    }

    @Test func receptionAndPublicityRowsByUnit() {
        var f = Fixture(cutoff: "2024-02-29")
        f.add("1", registered: "2024-01-05")
        f.content.receptions = [
            Reception(date: day("2024-01-03"), leader: "王某", batches: 3, persons: 7, assigned: 2, unit: 0),
            Reception(date: day("2024-01-20"), leader: "王某", batches: 1, persons: 1),
            Reception(date: day("2024-02-03"), leader: "李某", batches: 2, persons: 5, unit: 1),
            Reception(date: day("2023-12-30"), leader: "赵某", batches: 9, persons: 9),  // before 2024: no period
        ]
        var campaign = Activity(date: day("2024-02-10"), title: "法治宣传", kind: .doorToDoor)
        campaign.unit = 1
        campaign.materials = 1000
        campaign.consultations = 500
        campaign.participatingUnits = 9
        var training = Activity(date: day("2024-02-12"), title: "法宣培训", kind: .training)
        training.trainees = 15
        training.examinees = 15
        training.passed = 15
        f.content.activities = [campaign, training]
        let set = f.run()
        #expect(set.all(.receptionSessions, in: "2024-01") == Figure(count: 2))
        #expect(set.all(.receptionLeaders, in: "2024-01") == Figure(count: 1))
        #expect(set.all(.receptionLeaders, .ytd, in: "2024-02") == Figure(count: 2))
        #expect(set.all(.receptionBatches, .ytd, in: "2024-02") == Figure(count: 6))
        #expect(set.all(.receptionPersons, in: "2024-01") == Figure(count: 8))
        #expect(set.unit(0, .receptionAssigned, in: "2024-01") == Figure(count: 2))
        #expect(set.unit(1, .receptionSessions, .ytd, in: "2024-02") == Figure(count: 1))
        #expect(set.all(.publicityEvents, in: "2024-02") == Figure(count: 1))
        #expect(set.all(.trainings, in: "2024-02") == Figure(count: 1))
        #expect(set.unit(1, .publicityMaterials, in: "2024-02") == Figure(count: 1000))
        #expect(set.unit(1, .publicityUnits, in: "2024-02") == Figure(count: 9))
        #expect(set.unit(0, .publicityConsultations, in: "2024-02") == Figure(count: 0))
        #expect(set.all(.examPass, in: "2024-02").displayText == "100.0%")
        #expect(set.all(.trainees, .ytd, in: "2024-02") == Figure(count: 15))
        #expect(set.figure(.receptionSessions, period: .month, scope: set.scopes.domains.first!, month: month("2024-01")) == nil)
    }

    /// The as-of rule: later exports (new cases, updates dated after M) leave
    /// every snapshot up to M unchanged.
    @Test(arguments: [11, 12, 13] as [UInt64])
    func laterDataDoesNotChangeEarlierSnapshots(seed: UInt64) {
        var later = randomContent(seed: seed, cases: 300)
        later.settings.cutoff = nil
        let m = month("2023-06")
        let end = m.lastDay.dayNumber
        var earlier = later
        earlier.cases = CaseStore()
        earlier.receptions = later.receptions.filter { $0.date.dayNumber <= end }
        earlier.activities = later.activities.filter { $0.date.dayNumber <= end }
        earlier.settings.cutoff = m.lastDay
        for index in 0 ..< later.cases.count {
            var r = later.cases[index]
            guard r.registeredDay <= end else { continue }
            // What the export at the end of M said about this case.
            func known(_ d: CivilDate?) -> CivilDate? { d.flatMap { $0.dayNumber <= end ? $0 : nil } }
            if known(r.accepted) == nil { r.acceptance = .undecided; r.accepted = nil }
            if known(r.closed) == nil { r.closed = nil }
            if known(r.rated ?? r.closed) == nil || r.closed == nil { r.rating = .none; r.rated = nil }
            r.review = known(r.review)
            r.reReview = known(r.reReview)
            earlier.cases.upsert(id: later.cases.id(at: index), r)
        }
        let before = IndicatorEngine(content: earlier).run()
        let after = IndicatorEngine(content: later).run()
        #expect(before.latest?.month == m)
        for snapshot in before.snapshots {
            let other = after.snapshot(for: snapshot.month)!
            #expect(IndicatorTableWriter.csv(snapshot) == IndicatorTableWriter.csv(other), "\(snapshot.month)")
        }
    }
}
