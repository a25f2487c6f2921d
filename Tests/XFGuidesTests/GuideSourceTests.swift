import Testing
import XFSource
@testable import XFGuides

/// Parses `text` with the version of the law it cites and a check date added at
/// the end, so line numbers stay as written and only the problem under test shows.
private func parse(_ text: String) -> (Guide?, [Diagnostic]) {
    GuideSource.parse(text + "\n法规：《信访工作条例》2022年5月1日施行\n核对日期：2026-12-01", file: "guides/t.guide")
}

private let valid = """
标题：测试导引图
导语：第一段。
起点 raise：提出事项
  依据：《信访工作条例》第二十条
  备注：走访的推选代表。
步骤 register：登记
  时限：15日内
终点 done：办结
raise -> register：当场
register -> done
"""

@Test func parsesHeaderNodesAttributesAndEdges() throws {
    let (guide, diagnostics) = parse(valid)
    #expect(diagnostics.isEmpty)
    let parsed = try #require(guide)
    #expect(parsed.title == "测试导引图")
    #expect(parsed.intro == ["第一段。"])
    #expect(parsed.nodes.map(\.id) == ["raise", "register", "done"])
    #expect(parsed.nodes.map(\.kind) == [.start, .step, .end])
    #expect(parsed.nodes[0].basis == ["《信访工作条例》第二十条"])
    #expect(parsed.nodes[0].notes == ["走访的推选代表。"])
    #expect(parsed.nodes[1].timeLimit == "15日内")
    #expect(parsed.edges.map(\.label) == ["当场", nil])
    #expect(parsed.nodes[1].location == SourceLocation(file: "guides/t.guide", line: 6, characterColumn: 1))
}

@Test func slugIsASCIIFromTheFileName() {
    #expect(GuideSource.slug(fromFile: "guides/01-信访路线图.guide") == "guide-01")
    #expect(GuideSource.slug(fromFile: "Labor_Disputes.guide") == "labor-disputes")
    #expect(GuideSource.slug(fromFile: "路线图.guide") == "guide")
}

@Test func unknownEdgeEndSuggestsTheClosestId() {
    let (guide, diagnostics) = parse(valid + "\nregistr -> done")
    #expect(guide == nil)
    let problem = diagnostics.first { $0.code == "guide.unknown-node" }
    #expect(problem?.location == SourceLocation(file: "guides/t.guide", line: 11, characterColumn: 1))
    #expect(problem?.fix.contains("register") == true)
}

@Test func unknownTargetIsPointedAtByColumn() {
    let (_, diagnostics) = parse(valid + "\nregister  ->  dnoe：x")
    #expect(diagnostics.map(\.code) == ["guide.unknown-node"])
    #expect(diagnostics.first?.location.characterColumn == 15)
    #expect(diagnostics.first?.fix.contains("done") == true)
}

@Test func duplicateIdNamesTheFirstLine() {
    let (_, diagnostics) = parse(valid + "\n步骤 register：再登记")
    let problem = diagnostics.first { $0.code == "guide.duplicate-id" }
    #expect(problem?.location.line == 11)
    #expect(problem?.location.characterColumn == 4)
    #expect(problem?.message.contains("第6行") == true)
}

@Test func unknownKindSuggestsAKeyword() {
    let (_, diagnostics) = parse(valid + "\n步聚 extra：多余")
    let problem = diagnostics.first { $0.code == "guide.unknown-kind" }
    #expect(problem?.location == SourceLocation(file: "guides/t.guide", line: 11, characterColumn: 1))
    #expect(problem?.fix.contains("是不是「步骤」") == true)
}

@Test func missingTitleIsReportedAtTheTop() {
    let (guide, diagnostics) = parse("起点 a：开始\n")
    #expect(guide == nil)
    #expect(diagnostics.map(\.code) == ["guide.missing-title"])
    #expect(diagnostics.first?.location == SourceLocation(file: "guides/t.guide", line: 1, characterColumn: 1))
}

@Test func unreachableNodeIsAWarningOnly() {
    let (guide, diagnostics) = parse(valid + "\n法定途径 lone：孤立的途径")
    #expect(guide != nil)
    #expect(diagnostics.map(\.code) == ["guide.unreachable"])
    #expect(diagnostics.first?.severity == .warning)
    #expect(diagnostics.first?.location.line == 11)
}

@Test func unmarkedLoopAsksForABackEdge() {
    let (guide, diagnostics) = parse(valid + "\ndone -> raise：不服")
    #expect(guide == nil)
    let problem = diagnostics.first { $0.code == "guide.unmarked-cycle" }
    #expect(problem?.location.line == 11)
    #expect(problem?.fix.contains("done ~> raise") == true)
    let (marked, markedDiagnostics) = parse(valid + "\ndone ~> raise：不服")
    #expect(markedDiagnostics.isEmpty)
    #expect(marked?.edges.last?.isBack == true)
}

@Test func attributeLinesNeedANodeAndAKnownKey() {
    let (_, outside) = parse("标题：t\n  依据：某法\n起点 a：开始")
    #expect(outside.first?.code == "guide.attribute-outside-node")
    #expect(outside.first?.location == SourceLocation(file: "guides/t.guide", line: 2, characterColumn: 3))
    let (_, unknown) = parse("标题：t\n起点 a：开始\n  依椐：某法")
    #expect(unknown.first?.code == "guide.unknown-key")
    #expect(unknown.first?.fix.contains("依据") == true)
}

@Test func badIdsAndStrayLinesAreErrors() {
    let (_, diagnostics) = parse("标题：t\n起点 a：开始\n步骤 开始：登记\n这一行没有冒号")
    #expect(diagnostics.map(\.code) == ["guide.bad-id", "guide.syntax"])
    #expect(diagnostics[0].location == SourceLocation(file: "guides/t.guide", line: 3, characterColumn: 4))
    #expect(diagnostics[1].location.line == 4)
}

@Test func renderedDiagnosticReadsLikeACompilerMessage() {
    let (_, diagnostics) = parse(valid + "\nregistr -> done")
    #expect(diagnostics.first?.rendered.hasPrefix("guides/t.guide:11:1 值「registr」 错误：连线用到的节点「registr」没有定义。") == true)
}

@Test func excerptPutsTheCaretUnderTheColumnCountingWideCharactersTwice() {
    let source = valid + "\n步骤 register：再登记"
    let (_, diagnostics) = parse(source)
    let problem = diagnostics.first { $0.code == "guide.duplicate-id" }!
    #expect(DiagnosticExcerpt.lines(for: problem, source: source) == ["步骤 register：再登记", "     ^"])
}

@Test func byteOrderMarkIsIgnoredAndDuplicateEdgesAreErrors() {
    let (guide, diagnostics) = parse("\u{FEFF}" + valid)
    #expect(guide != nil && diagnostics.isEmpty)
    let (_, duplicate) = parse(valid + "\nraise -> register：又一次")
    #expect(duplicate.map(\.code) == ["guide.duplicate-edge"])
    #expect(duplicate.first?.location == SourceLocation(file: "guides/t.guide", line: 11, characterColumn: 1))
    #expect(duplicate.first?.message.contains("第9行") == true)
}

/// 「简称」 is what a numbered box prints; the full text stays on the web page and
/// in the sheet's numbered list, and a step with a short text is numbered.
@Test func shortTextGoesInNumberedBoxesOnly() throws {
    let source = """
    标题：简称测试
    起点 raise：提出信访事项（信息网络、书信、电话、传真、走访）
      简称：提出信访事项
    终点 done：事项办结
    raise -> done
    """
    let (guide, diagnostics) = parse(source)
    #expect(diagnostics.isEmpty)
    let parsed = try #require(guide)
    #expect(parsed.nodes[0].shortText == "提出信访事项")
    #expect(parsed.numberedSteps.map(\.id) == ["raise"])
    let numbered = GuideLayout.layout(parsed, options: LayoutOptions.standard.numbered())
    #expect(numbered.boxes[0].lines.map(\.text) == ["① 开始", "提出信访事项"])
    let standard = GuideLayout.layout(parsed)
    #expect(standard.boxes[0].lines.filter { $0.role == .text }.map(\.text).joined() == parsed.nodes[0].text)
}
