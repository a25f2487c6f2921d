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
    #expect(svg.contains("<g id=\"g1-node-c\" class=\"xf-guide-node xf-guide-decision\">\n<polygon"))
    #expect(svg.contains(">判断</tspan>") && svg.contains(">法定途径</tspan>"), "kind is named in text, not only by shape")
    #expect(svg.contains("marker-end=\"url(#g1-arrow)\""))
    #expect(svg.contains(">15日内</tspan>"))
}

@Test func outlineListsStepsInReadingOrderWithBranchesNested() throws {
    let guide = try #require(GuideSource.parse(hostile, file: "x.guide").0)
    let html = GuideOutline.html(guide, idPrefix: "g1")
    #expect(html.hasPrefix("<ol class=\"xf-guide-outline\">\n<li id=\"g1-step-a\">"))
    #expect(html.contains("开始 &lt;b&gt;&amp;"))
    #expect(html.contains("依据：《条例》第一条 &amp; &lt;x&gt;"))
    let order = ["g1-step-a", "g1-step-b", "g1-step-c", "g1-step-e", "g1-step-d"].map { html.range(of: $0)!.lowerBound }
    #expect(order == order.sorted())
    // The side branch (不服 → 诉讼) is nested inside the decision's item.
    let decision = html.range(of: "g1-step-c")!.lowerBound, nested = html.range(of: "<ol>")!.lowerBound
    #expect(decision < nested && nested < html.range(of: "g1-step-e")!.lowerBound)
    #expect(html.contains("<span class=\"xf-guide-when\">不服 &lt;i&gt;：</span>"))
}

@Test func backEdgesAreDashedAndLinkedInTheOutline() throws {
    let text = hostile + "\ne ~> a：补充材料后重新提出"
    let guide = try #require(GuideSource.parse(text, file: "x.guide").0)
    let layout = GuideLayout.layout(guide)
    let back = try #require(layout.routes.first { $0.isBack })
    #expect(back.from == "e" && back.to == "a")
    #expect(GuideSVG.render(layout, idPrefix: "p").contains("stroke-dasharray=\"6 4\""))
    #expect(GuideOutline.html(guide, idPrefix: "p").contains("回到<a href=\"#p-step-a\">"))
}
