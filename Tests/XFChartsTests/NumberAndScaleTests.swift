import Testing
@testable import XFCharts
import XFText

@Test func fixedNumbersRoundHalfAwayFromZeroWithoutExponent() {
    #expect(ChartNumber.fixed(95.65, decimals: 1) == "95.7")
    #expect(ChartNumber.fixed(-2.25, decimals: 1) == "-2.3")
    #expect(ChartNumber.fixed(0.9625 * 100, decimals: 1) == "96.3")
    #expect(ChartNumber.fixed(1e-9, decimals: 1) == "0.0")
    #expect(ChartNumber.fixed(-0.01, decimals: 1) == "0.0")
    #expect(ChartNumber.fixed(12_345_678, decimals: 0) == "12345678")
    #expect(ChartNumber.coordinate(12.0) == "12")
    #expect(ChartNumber.coordinate(12.345) == "12.3")
    #expect(ChartNumber.coordinate(-0.04) == "0")
    #expect(ChartNumber.coordinate(.nan) == "0")
}

/// The digits are written straight into the string; these are the cases where a
/// hand-written digit loop goes wrong: leading fraction zeros, signs below one,
/// trimming down to a whole number, the longest numbers and widest fractions.
@Test func fixedNumbersKeepEveryDigitInPlace() {
    #expect(ChartNumber.fixed(3.05, decimals: 2) == "3.05")
    #expect(ChartNumber.fixed(-0.5, decimals: 1) == "-0.5")
    #expect(ChartNumber.fixed(-0.001, decimals: 3, trimZeros: true) == "-0.001")
    #expect(ChartNumber.fixed(97.5, decimals: 2, trimZeros: true) == "97.5")
    #expect(ChartNumber.fixed(-300, decimals: 2, trimZeros: true) == "-300")
    #expect(ChartNumber.fixed(0, decimals: 0) == "0")
    #expect(ChartNumber.fixed(1.234567, decimals: 6) == "1.234567")
    #expect(ChartNumber.fixed(-1_234_567_890_123, decimals: 0) == "-1234567890123")
    #expect(ChartNumber.fixed(1e16, decimals: 0) == "0")
}

/// Charts write coordinates straight into their byte buffer; those bytes must be
/// the text `fixed` returns, for short (small-string) and long numbers alike.
@Test func numbersAppendedAsBytesMatchTheirText() {
    let values: [Double] = [0, -0.04, 12, 12.345, -2.25, 95.65, 0.9625 * 100, 1e-9, 480, 170.25, -1_234_567_890_123,
                            123_456_789.987654, 1e16, .nan, .infinity]
    for value in values {
        for decimals in 0...6 {
            for trim in [false, true] {
                var bytes: [UInt8] = [0x3C]
                ChartNumber.append(value, decimals: decimals, trimZeros: trim, to: &bytes)
                #expect(bytes == [0x3C] + Array(ChartNumber.fixed(value, decimals: decimals, trimZeros: trim).utf8),
                        "\(value) with \(decimals) decimals, trim \(trim)")
            }
        }
    }
    #expect(ChartNumber.fixed(123_456_789.987654, decimals: 6) == "123456789.987654")
    #expect(ChartNumber.fixed(-12_345_678.5, decimals: 6) == "-12345678.500000")
}

/// The piecewise forms (a number attribute, a value or a text in pieces) write
/// the same bytes as the forms taking whole strings, escaping included.
@Test func piecewiseSVGMatchesTheWholeForms() {
    var whole = SVGBuffer()
    whole.element("path", [("d", "M1.5 2 L3 4"), ("x", ChartNumber.coordinate(-0.04)), ("title", "a\"<b")])
    whole.open("g", [("class", "k")])
    whole.element("title", text: "甲 & 乙 <1>")
    whole.close("g")
    var pieces = SVGBuffer()
    pieces.begin("path")
    pieces.beginAttribute("d")
    pieces.value("M")
    pieces.value(coordinate: 1.5)
    pieces.value(" ")
    pieces.value(coordinate: 2)
    pieces.value(" L")
    pieces.value(coordinate: 3)
    pieces.value(" ")
    pieces.value(coordinate: 4)
    pieces.endAttribute()
    pieces.attribute("x", coordinate: -0.04)
    pieces.beginAttribute("title")
    pieces.value("a\"")
    pieces.value("<b")
    pieces.endAttribute()
    pieces.endEmpty()
    pieces.begin("g")
    pieces.attribute("class", "k")
    pieces.endOpen()
    pieces.begin("title")
    pieces.beginContent()
    pieces.content("甲 & ")
    pieces.content("乙 <1>")
    pieces.close("title")
    pieces.close("g")
    #expect(pieces.markup == whole.markup)
    #expect(whole.markup.contains("x=\"0\""))
}

@Test func valueFormatsMatchTheReports() {
    #expect(ValueFormat.percent.label(0.9573) == "95.7%")
    #expect(ValueFormat.percent.label(0.95) == "95.0%")
    #expect(ValueFormat.percent.reference(0.95) == "95%")
    #expect(ValueFormat.percent.reference(0.975) == "97.5%")
    #expect(ValueFormat.count(unit: "件").spoken(412) == "412件")
    #expect(ValueFormat.percent.label(nil as Double?) == "—")
}

@Test func niceTicksCoverTheDataAtRoundSteps() {
    let counts = NiceTicks(minimum: 0, maximum: 97, targetCount: 5, includeZero: true)
    #expect(counts.values == [0, 20, 40, 60, 80, 100])
    let rates = NiceTicks(minimum: 0.905, maximum: 0.971, targetCount: 4, includeZero: false)
    #expect(rates.step == 0.02)
    #expect(rates.values == [0.9, 0.92, 0.94, 0.96, 0.98])
    let flat = NiceTicks(minimum: 0, maximum: 0, includeZero: true)
    #expect(flat.lower == 0 && flat.upper > 0)
    let single = NiceTicks(minimum: 0.95, maximum: 0.95, includeZero: false)
    #expect(single.lower < 0.95 && single.upper > 0.95)
}

@Test func linearScaleMapsAndRunsBackwards() {
    let y = LinearScale(domain: 0...100, start: 200, end: 0)
    #expect(y(25) == 150)
    #expect(y(100) == 0)
    #expect(LinearScale(domain: 5...5, start: 10, end: 20)(5) == 10)
}

@Test func monthTicksKeepJanuaryAndItsYear() {
    let ticks = MonthAxis.ticks(Fixtures.months24, style: .monthWithYearAtJanuary, slotWidth: 17, fontSize: 11)
    let january = ticks.filter { $0.primary == "1月" }
    #expect(january.count == 2)
    #expect(january.map(\.secondary) == ["2024年", "2025年"])
    #expect(ticks.map(\.index) == Array(stride(from: 0, to: 24, by: 2)))
    let compact = MonthAxis.ticks(Array(Fixtures.months24.prefix(3)), style: .yearDotMonth, slotWidth: 100, fontSize: 11)
    #expect(compact.map(\.primary) == ["23.11", "23.12", "24.01"])
}

@Test func longNamesAreCutToWidthWithEllipsis() {
    let cut = TextFit.truncate("高新技术产业开发区管理委员会", maxWidth: 120, fontSize: 12)
    #expect(cut == "高新技术产业开发区…")
    #expect(TextFit.truncate("城关镇", maxWidth: 120, fontSize: 12) == "城关镇")
}

@Test func changeCueReadsDirectionInWords() {
    let up = ChangeCue.make(current: 90, previous: 80, format: .count(unit: "件"), comparison: .monthOnMonth, higherIsBetter: false)
    #expect(up?.glyph == "▲")
    #expect(up?.text == "上升 12.5%")
    #expect(up?.accessibleText == "环比上升 12.5%")
    #expect(up?.tone == .bad)
    let down = ChangeCue.make(current: 0.950, previous: 0.962, format: .percent, comparison: .yearOnYear, higherIsBetter: true)
    #expect(down?.text == "下降 1.2 个百分点")
    #expect(down?.glyph == "▼")
    #expect(down?.tone == .bad)
    let flat = ChangeCue.make(current: 0.9501, previous: 0.95, format: .percent, comparison: .monthOnMonth)
    #expect(flat?.direction == .flat)
    #expect(flat?.glyph == "―")
    #expect(flat?.accessibleText == "环比持平")
    #expect(ChangeCue.make(current: 5, previous: 0, format: .count(unit: "件"), comparison: .monthOnMonth) == nil)
    #expect(ChangeCue.make(current: nil, previous: 0.9, format: .percent, comparison: .monthOnMonth) == nil)
}
