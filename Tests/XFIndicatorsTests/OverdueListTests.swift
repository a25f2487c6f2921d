import Testing
import XFCalendar
import XFTestSupport
import XFRecords
@testable import XFIndicators
import XFVocabulary

/// The lists must agree with the engine's counts for every snapshot and unit,
/// including the edge cases (deadline on A, decisions dated before registration).
@Test(arguments: [UInt64(1), 2, 3, 42])
func overdueListsAgreeWithTheCounts(seed: UInt64) {
    let content = randomCases(seed: seed, count: 600)
    let set = IndicatorEngine(content: content).run()
    #expect(set.snapshots.count > 12)
    for snapshot in set.snapshots {
        let list = OverdueList(cases: content.cases, asOf: snapshot.asOf)
        let all = set.scopes.all
        #expect(list.unclosed.count == snapshot.figure(.overdueOpen, period: .at, scope: all)?.numerator, "\(snapshot.month)")
        #expect(list.unaccepted.count == snapshot.figure(.overdueUnaccepted, period: .at, scope: all)?.numerator, "\(snapshot.month)")
        let byUnit = list.countByUnit(unitCount: content.units.count)
        for scope in set.scopes.units {
            #expect(byUnit[scope.index].unclosed == snapshot.figure(.overdueOpen, period: .at, scope: scope)?.numerator)
            #expect(byUnit[scope.index].unaccepted == snapshot.figure(.overdueUnaccepted, period: .at, scope: scope)?.numerator)
        }
        for item in list.unclosed + list.unaccepted {
            #expect(item.daysOverdue >= 1)
            #expect(item.deadline.adding(days: item.daysOverdue) == snapshot.asOf)
        }
    }
}

@Test func overdueDaysAndDeadlinesFollowTheRules() {
    var content = Content(units: [Unit(name: "城关镇")], domains: [Domain(name: "教育")])
    var late = CaseRecord(registered: day("2024-01-01"), unit: 0, domain: 0, channel: .letter, category: .claim)
    content.cases.upsert(id: "A-unaccepted", late)
    late.acceptance = .accepted
    late.accepted = day("2024-01-10")
    content.cases.upsert(id: "B-open", late)
    late.isExtended = true
    content.cases.upsert(id: "C-extended", late)
    let list = OverdueList(cases: content.cases, asOf: day("2024-03-31"))
    #expect(list.unaccepted.map(\.id) == ["A-unaccepted"])
    #expect(list.unaccepted[0].deadline == day("2024-01-16"))
    #expect(list.unaccepted[0].daysOverdue == 75)
    // dl_close = 01-10 + 60 = 03-10, 21 days before A; the extended case is due 04-09.
    #expect(list.unclosed.map(\.id) == ["B-open"])
    #expect(list.unclosed[0].deadline == day("2024-03-10"))
    #expect(list.unclosed[0].daysOverdue == 21)
    // On the deadline day itself nothing is late yet.
    #expect(OverdueList(cases: content.cases, asOf: day("2024-03-10")).unclosed.isEmpty)
}
