import Testing
import XFSource
@testable import XFTable

@Test func quotedCommasQuotesAndLineBreaks() {
    let result = parse("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"line1\nline2\",z\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.rows == [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "line1\nline2", "z"]])
    #expect(result.lines == [1, 2, 3])
}

@Test func crlfBlankLinesAndMissingFinalBreak() {
    let result = parse("a,b\r\n\r\n1,2\r\n   \r\n3,4")
    #expect(result.diagnostics.isEmpty)
    #expect(result.rows == [["a", "b"], ["1", "2"], ["3", "4"]])
    #expect(result.lines == [1, 3, 5])
}

@Test func quotedEmptyFieldIsNotABlankLine() {
    let result = parse("a\n\"\"\n")
    #expect(result.rows == [["a"], [""]])
}

@Test func trailingEmptyExtrasAreTolerated() {
    let result = parse("a,b\n1,2,,\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.rows == [["a", "b"], ["1", "2"]])
}

@Test func errorsCarryPhysicalLinesAfterMultilineCells() {
    let text = """
    编号,内容,日期
    1,"多行
    内容
    第三行",2024-01-01
    2,ok,多,余
    3,a"b,2024-01-02
    4,"x"y,2024-01-03
    5,ok,2024-01-04
    6,"never closed,2024
    7,z,2024
    """
    let result = parse(text)
    let found = result.diagnostics.map { "\($0.code)@\($0.location.line)/\($0.location.column ?? "-")" }
    #expect(found == ["csv.ragged-row@5/-", "csv.stray-quote@6/内容", "csv.text-after-quote@7/内容",
                      "csv.unterminated-quote@9/内容"])
    #expect(result.rows.map { $0[0] } == ["编号", "1", "5"])
    #expect(result.lines == [1, 2, 8])
}

@Test func loneCarriageReturnsCountAsLineBreaks() {
    let result = parse("a\r1\r2,3\r")
    #expect(result.diagnostics.map(\.location.line) == [3])
    #expect(result.rows == [["a"], ["1"]])
}

@Test func renderedDiagnosticNamesPlaceAndFix() {
    let result = parse("a,b\n1\n", file: "cases/2024-01.csv")
    let line = result.diagnostics[0].rendered
    #expect(line.hasPrefix("cases/2024-01.csv:2 错误：本行有 1 列，表头有 2 列"))
    #expect(line.contains("修改方法："))
}
