import Foundation
import XFTestSupport
import Testing
import XFSource
@testable import XFTable

/// Regression tests for what the bad-input corpus and the fuzzers found (docs/FUZZING.md).

@Test func fileWithoutAnyRowHasNoHeaderError() {
    for bytes in [[], Array("\n\r\n  \n".utf8)] as [[UInt8]] {
        var sink = CollectingHandler()
        let problems = CSVParser(file: "a.csv").parse(bytes, into: &sink)
        #expect(problems.map(\.code) == ["csv.no-header"])
        #expect(problems[0].location == SourceLocation(file: "a.csv"))
    }
    var sink = CollectingHandler()
    #expect(CSVParser(file: "a.csv").parse(Array("\"".utf8), into: &sink).map(\.code) == ["csv.unterminated-quote"])
}

@Test func utf16WithoutByteOrderMarkIsNamedAsSuch() {
    let le = "编号,日期\r\nA1,2024-01-05\r\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let be = "编号,日期\r\nA1,2024-01-05\r\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for bytes in [le, be] {
        guard case .failure(let problem) = TextDecoder.decode(bytes, file: "a.csv") else { Issue.record(); continue }
        #expect(problem.code == "encoding.utf16")
    }
}

@Test func undecodableBytesArePlacedOnTheirLine() throws {
    func line(_ bytes: [UInt8]) -> Int? {
        if case .failure(let d) = TextDecoder.decode(bytes, file: "a.csv"), d.code == "encoding.unknown" { return d.location.line }
        return nil
    }
    #expect(line(Array("编号\n甲\n".utf8) + [0xFF, 0xFF, 0x0A]) == 3)
    let gb = Array("编号\n甲\n".data(using: String.Encoding(rawValue: 0x8000_0632))!)
    #expect(line(gb + [0x41, 0x0A, 0xFF]) == 4)
    #expect(GB18030Validation.firstInvalid([0x81, 0x30, 0x81, 0x30, 0xB1, 0xE0]) == nil)
    #expect(GB18030Validation.firstInvalid([0x41, 0x81, 0x30, 0x81]) == 1)
    #expect(Array("ab信".utf8).withUnsafeBufferPointer { UTF8Validation.scan(UnsafeBufferPointer(rebasing: $0[0..<4])) } == .invalid(2))
}

@Test func namedPipesAndFoldersAreRefusedWithoutBlocking() throws {
    let temporary = try TemporaryFolder("pipe")
    defer { temporary.remove() }
    let folder = temporary.url
    let pipe = folder.appendingPathComponent("a.csv").path
    #expect(mkfifo(pipe, 0o644) == 0)
    #expect(throws: FileBytes.ReadError.self) { try FileBytes.read(pipe) }
    #expect(throws: FileBytes.ReadError.self) { try FileBytes.read(folder.path) }
    guard case .failure(let problem) = TableFile.read(URL(fileURLWithPath: pipe), as: "a.csv") else { Issue.record(); return }
    #expect(problem.message.contains("不是普通文件"))
}

@Test func renderedDiagnosticsShowInvisibleCharactersAndClipValues() {
    let hostile = Diagnostic(code: "cell.choice", at: SourceLocation(file: "a.csv", line: 2, column: "信访\u{FEFF}形式"),
                             value: "\u{1B}[2J来\u{0}访\u{202E}", message: "不是允许的取值。", fix: "")
    #expect(hostile.rendered.contains("<U+001B>[2J来<U+0000>访<U+202E>"))
    #expect(hostile.rendered.contains("信访<U+FEFF>形式"))
    let long = Diagnostic(code: "x", at: SourceLocation(file: "a.csv"), value: String(repeating: "来", count: 1_000_000),
                          message: "错", fix: "")
    #expect(long.value?.unicodeScalars.count == 201)
    #expect(long.rendered.count < 80)
}

@Test func limiterKeepsAHundredPerKindAndCountsTheRest() {
    var limiter = DiagnosticLimiter()
    for line in 1...250 {
        limiter.append(Diagnostic(code: "cell.date", at: SourceLocation(file: "a.csv", line: line, column: "登记日期"),
                                  message: "错", fix: "改"))
    }
    limiter.append(Diagnostic(code: "cell.date", at: SourceLocation(file: "a.csv", line: 3, column: "受理日期"), message: "错", fix: "改"))
    let kept = limiter.diagnostics
    #expect(kept.count == DiagnosticLimiter.perKind + 2)
    let summary = kept[DiagnosticLimiter.perKind + 1]
    #expect(summary.count == 150 && summary.location.line == 101 && summary.fix == "改")
    var all = Diagnostics()
    all.append(contentsOf: kept)
    #expect(all.errorCount == 251)
}

@Test func suggestionsIgnoreHugeNames() {
    #expect(Suggestion.closest(to: String(repeating: "城", count: 100_000), among: ["城关镇"]) == nil)
    #expect(Suggestion.closest(to: "城关", among: [String(repeating: "城关", count: 100_000), "城关镇"]) == "城关镇")
}

/// Found by `fuzz/run.sh csv` (input `B\n"",\r8*`): a row of one empty field was
/// written as a blank line, which the reader skips, so the row was lost.
@Test func aLoneBlankFieldSurvivesAWriteAndARead() {
    var writer = CSVWriter()
    for row in [["B"], [""], ["  "], ["8*"]] { writer.writeRow(row) }
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "B\n\"\"\n\"  \"\n8*\n")
    var again = CollectingHandler()
    #expect(CSVParser(file: "a.csv").parse(writer.bytes, into: &again).isEmpty)
    #expect(again.rows == [["B"], [""], ["  "], ["8*"]])
}
