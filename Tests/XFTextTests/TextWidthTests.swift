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

/// The word-at-a-time check finds a markup byte at every position of strings of
/// every length up to three words, among CJK text, digits and ASCII alike.
@Test func markupIsFoundAtEveryPositionWordByWord() {
    let fillers: [[UInt8]] = [Array("城".utf8), Array("9".utf8), Array("a".utf8), [0x3F], [0x40], [0x21], [0xFF]]
    for filler in fillers {
        for length in 0...24 {
            var plain: [UInt8] = []
            while plain.count < length { plain += filler }
            plain = Array(plain.prefix(length))
            #expect(plain.withUnsafeBufferPointer { MarkupEscape.holdsMarkup($0) } == plain.contains(where: MarkupEscape.isMarkup))
            for position in 0..<max(length, 1) where length > 0 {
                for markup: UInt8 in [0x22, 0x26, 0x27, 0x3C, 0x3E] {
                    var marked = plain
                    marked[position] = markup
                    #expect(marked.withUnsafeBufferPointer { MarkupEscape.holdsMarkup($0) }, "\(marked) at \(position)")
                }
            }
        }
    }
}
