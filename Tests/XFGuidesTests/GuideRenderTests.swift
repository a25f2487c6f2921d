import Testing
@testable import XFGuides

private let hostile = """
标题：<script>&"'
起点 a：开始 <b>&
步骤 b：下一步 "quoted"
  依据：《条例》第一条 & <x>
判断 c：是否满意？
终点 d：结束
法定途径 e：诉讼
a -> b：15日内
b -> c
c -> d：满意
c -> e：不服 <i>
"""

@Test func svgIsAccessibleAndEscaped() throws {
    let guide = try #require(GuideSource.parse(hostile, file: "x.guide").0)
    let svg = GuideSVG.render(GuideLayout.layout(guide), idPrefix: "g1")
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "))
    #expect(svg.contains("role=\"img\" aria-labelledby=\"g1-title g1-desc\""))
    #expect(svg.contains("<title id=\"g1-title\">&lt;script&gt;&amp;\"'</title>"))
    #expect(!svg.contains("<script>") && !svg.contains("<b>") && !svg.contains("<i>") && !svg.contains("<x>"))
    #expect(svg.contains("<g id=\"g1-node-c\" class=\"xf-guide-node xf-guide-decision xf-guide-main\">\n<polygon"))
    #expect(svg.contains(">判断</tspan>") && svg.contains(">法定途径</tspan>"), "kind is named in text, not only by shape")
    #expect(svg.contains("marker-end=\"url(#g1-arrow)\""))
    #expect(svg.contains(">15日内</tspan>"))
}

@Test func outlineListsStepsInReadingOrderWithBranchesNested() throws {
    let guide = try #require(GuideSource.parse(hostile, file: "x.guide").0)
    let items = GuideOutline.items(guide, idPrefix: "g1")
    // The main path a → b → c → d is the top level; the side branch (不服 → 诉讼) is nested under the decision.
    #expect(items.map(\.anchor) == ["g1-step-a", "g1-step-b", "g1-step-c", "g1-step-d"])
    #expect(items[0].text == "开始 <b>&" && items[1].basis == ["《条例》第一条 & <x>"])
    #expect(items[2].children.map(\.anchor) == ["g1-step-e"])
    #expect(items[2].children[0].when == "不服 <i>" && items[2].hasChildren && !items[3].hasChildren)
    #expect(items[3].when == "满意")
}

@Test func backEdgesAreDashedAndLinkedInTheOutline() throws {
    let text = hostile + "\ne ~> a：补充材料后重新提出"
    let guide = try #require(GuideSource.parse(text, file: "x.guide").0)
    let layout = GuideLayout.layout(guide)
    let back = try #require(layout.routes.first { $0.isBack })
    #expect(back.from == "e" && back.to == "a")
    #expect(GuideSVG.render(layout, idPrefix: "p").contains("stroke-dasharray=\"6 4\""))
    let items = GuideOutline.items(guide, idPrefix: "p")
    func all(_ items: [OutlineItem]) -> [OutlineItem] { items.flatMap { [$0] + all($0.children) } }
    let jump = try #require(all(items).first { $0.jump != nil })
    #expect(jump.jump == OutlineItem.Jump(verb: "回到", href: "#p-step-a") && jump.text == "开始 <b>&" && jump.anchor == nil)
}
