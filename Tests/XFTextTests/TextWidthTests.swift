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

/// The byte test that lets a plain value through unchanged picks out exactly the
/// five markup characters, and appending escapes as `escape` does.
@Test func markupBytesAreExactlyTheFiveEscapedOnes() {
    for byte in 0...255 {
        let expected = [0x22, 0x26, 0x27, 0x3C, 0x3E].contains(byte)
        #expect(MarkupEscape.isMarkup(UInt8(byte)) == expected, "byte \(byte)")
    }
    for value in ["", "95.7%", "城关镇 <b>", "a&b", "\"q\"", "it's", "x>y", "plain text"] {
        for quotes in [false, true] {
            var bytes: [UInt8] = [0x41]
            MarkupEscape.append(value, to: &bytes, quotes: quotes)
            #expect(bytes == [0x41] + Array(MarkupEscape.escape(value, quotes: quotes).utf8))
        }
    }
}
