import Testing
@testable import XFText

@Test func wideAndNarrowGlyphs() {
    #expect(TextWidth.em("信访") == 2.0)
    #expect(abs(TextWidth.em("15日内") - (0.55 * 2 + 2)) < 1e-9)
    #expect(TextWidth.em("（）") == 2.0)
}

@Test func escapingCoversQuotesOnlyInAttributes() {
    #expect(MarkupEscape.text("<a href=\"x\">&'") == "&lt;a href=\"x\"&gt;&amp;'")
    #expect(MarkupEscape.attribute("\"'<>&") == "&quot;&#39;&lt;&gt;&amp;")
    #expect(MarkupEscape.text("城关镇") == "城关镇")
}
