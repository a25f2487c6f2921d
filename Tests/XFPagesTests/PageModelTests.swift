import Testing
import XFSettings
import XFTestSupport
import XFIndicators
import XFRecords
@testable import XFPages
import XFVocabulary

private func contexts(_ content: Content) throws -> (DashboardData, [SnapshotContext]) {
    let set = IndicatorEngine(content: content).run()
    let data = DashboardData(facts: ContentFacts(content), set: set)
    return (data, set.snapshots.map { SnapshotContext(data: data, snapshot: $0) })
}

@Test func cardsAndTablesShowTheSnapshotFigures() throws {
    // The wiring of every figure: no small samples here (see smallSamplesShowTheirNumbersAndNothingElse).
    var content = randomCases(seed: 7, count: 400)
    content.settings.minDenominator = 1
    let (facts, all) = try contexts(content)
    for context in all {
        let scope = facts.set.scopes.all
        for (card, indicator) in zip(context.kpis.cards, SnapshotContext.cardIndicators) {
            let figure = try #require(context.snapshot.figure(indicator, period: .month, scope: scope))
            #expect(card.value + (indicator.isRate ? card.unit : "") == figure.displayText, "\(indicator) \(context.month)")
            let band = facts.set.band(for: figure, of: indicator)
            #expect(card.band?.name == band?.rawValue)
            let yoy = context.snapshot.comparison(indicator, period: .month, scope: scope, with: .sameMonthLastYear)
            let compared = context.snapshot.compared(indicator, period: .month, scope: scope, with: .sameMonthLastYear)
            let zeroBase = !indicator.isRate && compared?.figure.numerator == 0
            #expect(card.changes.first { $0.base.hasPrefix("同比") }?.text == (zeroBase ? "去年同期为0\(indicator.unit)" : yoy?.text))
        }
        // The cards' 12-month table ends with this month's figures, newest first.
        let newest = try #require(context.kpis.table.rows.first)
        #expect(newest.head == context.month.chinese)
        #expect(newest.cells == SnapshotContext.cardIndicators.map {
            context.snapshot.figure($0, period: .month, scope: scope)?.displayText ?? "—"
        })
        let rows = context.scopeTable(Array(facts.set.scopes.units), href: { _ in "" })
        for (row, scope) in zip(rows, facts.set.scopes.units) {
            #expect(row.head == scope.name)
            for (cell, indicator) in zip(row.cells, SnapshotContext.tableIndicators) {
                #expect(cell.text == context.snapshot.figure(indicator, period: .month, scope: scope)?.displayText)
            }
        }
        let teaser = SnapshotPage.teaser(context, root: "")
        #expect(teaser.unclosed == context.snapshot.figure(.overdueOpen, period: .at, scope: scope)?.numerator)
    }
}

@Test func briefSentencesCarryTheRightNumbers() throws {
    var content = Content(units: [Unit(name: "城关镇")], domains: [Domain(name: "教育")])
    func add(_ id: String, _ registered: String, _ channel: Channel, persons: UInt32 = 1, accepted: String? = nil) {
        var record = CaseRecord(registered: day(registered), unit: 0, domain: 0, channel: channel, category: .claim)
        record.persons = persons
        if let accepted { record.acceptance = .accepted; record.accepted = day(accepted) }
        content.cases.upsert(id: id, record)
    }
    // October 2023: 2 cases; October 2024: 3 cases (同比上升50.0%), one visit of 6 people.
    add("a", "2023-10-02", .letter)
    add("b", "2023-10-03", .online)
    add("c", "2024-09-10", .letter, accepted: "2024-09-12")
    add("d", "2024-10-01", .visit, persons: 6, accepted: "2024-10-05")
    add("e", "2024-10-02", .letter, accepted: "2024-10-30")
    add("f", "2024-10-20", .phone)
    content.receptions = [Reception(date: day("2024-10-08"), leader: "甲", batches: 4, persons: 9, assigned: 2)]
    content.cutoff = day("2024-10-31")
    let (facts, all) = try contexts(content)
    let october = try #require(all.last)
    let sentences = BriefSentences.all(october.views, facts.set.scopes.all)
    #expect(sentences[0] == "本月共登记信访事项3件、同比上升50.0%、环比上升200.0%，涉及群众8人次。")
    #expect(sentences[1].hasPrefix("其中来信1件，来访1批6人次（集体访1批），网上信访0件，电话信访1件；"))
    // a and b (2023) were never accepted: 超期未受理2件.
    // dl_acc in October: d (10-16) in time, e (10-17) late → 50.0%; c (09-25) belongs to September.
    // Two cases are too few (min_denominator 10): the numbers, no percentage.
    #expect(sentences[2].hasPrefix("及时受理率样本不足（1/2件）"))
    #expect(sentences[3].hasPrefix("截至10月31日，在办信访事项3件，其中超期未办结0件；超期未受理2件；"))
    #expect(sentences[4] == "本月领导接访1场、接访领导1人，接待来访群众4批9人次，批示交办2件。")
    let (sink, _) = try buildPages(content)
    let brief = try #require(sink.text("intranet/snapshots/2024-10/brief.html"))
    #expect(brief.contains("本月共登记信访事项3件、同比上升50.0%"))
}

@Test func contentWithoutCasesStillGivesAHomePage() throws {
    let (sink, set) = try buildPages(Content(units: [Unit(name: "城关镇")]))
    #expect(set.snapshots.isEmpty)
    let home = try #require(sink.text("intranet/index.html"))
    #expect(home.contains("暂无数据"))
    #expect(sink.text("intranet/archive.html") != nil && sink.text("intranet/quality.html") != nil)
}

@Test func drillDownsListTheirOwnOverdueCases() throws {
    let content = randomCases(seed: 11, count: 300)
    let (sink, set) = try buildPages(content)
    let snapshot = try #require(set.latest)
    let slugs = ScopeSlugs(set.scopes)
    for scope in set.scopes.units {
        let page = try #require(sink.text("intranet/" + SitePaths.unit(snapshot.month, slug: slugs.units[scope.index])))
        let unclosed = snapshot.figure(.overdueOpen, period: .at, scope: scope)?.numerator ?? -1
        let unaccepted = snapshot.figure(.overdueUnaccepted, period: .at, scope: scope)?.numerator ?? -1
        #expect(page.contains("超期未办结 \(unclosed)件"))
        #expect(page.contains("超期未受理 \(unaccepted)件"))
    }
    for scope in set.scopes.domains {
        let page = try #require(sink.text("intranet/" + SitePaths.domain(snapshot.month, slug: slugs.domains[scope.index])))
        let unclosed = snapshot.figure(.overdueOpen, period: .at, scope: scope)?.numerator ?? -1
        #expect(page.contains("超期未办结 \(unclosed)件"))
    }
}

@Test func aPartialMonthSaysHowFarItGoes() throws {
    let (sink, _) = try buildPages(hostileContent())
    let brief = try #require(sink.text("intranet/snapshots/2024-03/brief.html"))
    #expect(brief.contains("本月（截至3月20日）共登记信访事项"))
    let home = try #require(sink.text("intranet/index.html"))
    #expect(home.contains("本月数据只到3月20日，尚不完整"))
    #expect(home.contains("href=\"snapshots/2024-02/index.html\""))
}
