import Testing
@testable import XFText

@Test func shortTextStaysOnOneLine() {
    #expect(LineBreaker.wrap("登记受理", maxEm: 9) == ["登记受理"])
    #expect(LineBreaker.wrap("", maxEm: 9) == [])
}

@Test func linesAreBalancedNotGreedy() {
    // Greedy would give 9 + 1 characters; balanced gives 5 + 5.
    #expect(LineBreaker.wrap("一二三四五六七八九十", maxEm: 9) == ["一二三四五", "六七八九十"])
}

@Test func closingPunctuationNeverStartsALine() {
    let lines = LineBreaker.wrap("向上一级机关请求复查。", maxEm: 10)
    #expect(lines.allSatisfy { !$0.hasPrefix("。") })
    // "甲乙丙丁，" would be 5 em, so the comma takes 丁 with it to the next line.
    #expect(LineBreaker.wrap("甲乙丙丁，戊己", maxEm: 4) == ["甲乙丙", "丁，戊己"])
}

@Test func openingPunctuationNeverEndsALine() {
    #expect(LineBreaker.wrap("甲乙丙（丁戊）", maxEm: 4) == ["甲乙丙", "（丁戊）"])
    #expect(LineBreaker.wrap("依据《信访工作条例》第十八条", maxEm: 11) == ["依据《信访工作条例》", "第十八条"])
    #expect(LineBreaker.wrap("依据《信访工作条例》第十八条", maxEm: 9) == ["依据", "《信访工作条例》", "第十八条"])
}

@Test func numbersStayWithTheirUnits() {
    #expect(LineBreaker.wrap("甲乙丙丁戊15日内", maxEm: 6) == ["甲乙丙丁", "戊15日内"])
    #expect(LineBreaker.wrap("甲乙丙丁戊己庚15日", maxEm: 7) == ["甲乙丙丁戊", "己庚15日"])
    #expect(LineBreaker.wrap("受理之日起60日内办结", maxEm: 6).contains { $0.contains("60日内") })
    #expect(LineBreaker.wrap("起诉期限为6个月", maxEm: 5).contains { $0.contains("6个月") })
    #expect(LineBreaker.wrap("信访工作条例第二十二条", maxEm: 6) == ["信访工作条例", "第二十二条"])
}

@Test func asciiWordsAreNotSplit() {
    let lines = LineBreaker.wrap("拨打12345热线或登录www.gov.cn", maxEm: 8)
    #expect(lines.contains { $0.contains("12345") })
    #expect(lines.contains { $0.contains("www.gov.cn") })
}

@Test func anUnbreakableUnitWiderThanTheLimitGetsItsOwnLine() {
    #expect(LineBreaker.wrap("甲 ABCDEFGHIJKLMNOPQRST 乙", maxEm: 4) == ["甲", "ABCDEFGHIJKLMNOPQRST", "乙"])
}

@Test func wrappingIsDeterministicAndLossless() {
    let text = "信访人对复查意见不服的，可以自收到书面答复之日起30日内请求复核。"
    let first = LineBreaker.wrap(text, maxEm: 7)
    #expect(first == LineBreaker.wrap(text, maxEm: 7))
    #expect(first.joined() == text)
    #expect(first.allSatisfy { TextWidth.em($0) <= 7 })
}

@Test func breaksPreferPunctuationAndOpeningMarks() {
    // Evenness alone would split 依|法; the break after the comma reads better.
    #expect(LineBreaker.wrap("调查核实，依法作出处理", maxEm: 9) == ["调查核实，", "依法作出处理"])
    #expect(LineBreaker.wrap("提出信访事项（信息网络、书信）", maxEm: 9) == ["提出信访事项", "（信息网络、书信）"])
}
