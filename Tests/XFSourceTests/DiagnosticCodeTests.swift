import Foundation
import Testing
import XFSource

/// Codes are declared once, in the `DiagnosticCode+…` catalogue files; a code
/// written as a string anywhere else in Sources would be a new, undocumented code.
@Test func diagnosticCodesAreWrittenOnlyInTheCatalogue() throws {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
    let pattern = try Regex(#""(csv|cell|case|guide|template|settings|content|file|encoding|header|list|publicity|reception|build|revisions|publish|asset)\.[a-z0-9]+(-[a-z0-9]+)*""#)
    var strays: [String] = []
    let walker = try #require(FileManager.default.enumerator(atPath: sources.path))
    while let path = walker.nextObject() as? String {
        guard path.hasSuffix(".swift"), !path.contains("DiagnosticCode") else { continue }
        let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(pattern) && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//")
            && ["code", "Diagnostic", "fail(", "error(", "report("].contains(where: line.contains) {
            strays.append("\(path):\(number + 1)")
        }
    }
    #expect(strays.isEmpty, "codes outside the catalogue: \(strays)")
}

@Test func codesCompareWithTheirTextAndEncodeAsIt() throws {
    #expect(DiagnosticCode.fileUnreadable == "file.unreadable")
    #expect(DiagnosticCode.encodingWorkbook.area == "encoding")
    let data = try JSONEncoder().encode([DiagnosticCode.encodingNUL])
    #expect(String(decoding: data, as: UTF8.self) == #"["encoding.nul"]"#)
}

@Test func oneCaretRuleCountsWideCharactersTwiceAndKeepsTabs() {
    #expect(DiagnosticExcerpt.caret(under: 3, in: "信访a") == "    ^")
    #expect(DiagnosticExcerpt.caret(under: 3, in: "\tab") == "\t ^")
    #expect(DiagnosticExcerpt.caret(under: 1, in: "") == "^")
    var files = SourceFiles()
    files.add("a = 1\n乙 = 2\r\n", path: "site.toml")
    let problem = Diagnostic(code: "settings.unknown-key", at: SourceLocation(file: "site.toml", line: 2, characterColumn: 3),
                             message: "", fix: "")
    #expect(files.excerpt(for: problem) == ["乙 = 2", "   ^"])
}

@Test func guidesAndSettingsGetAdviceForTextFilesNotForExcel() {
    let workbook: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0, 0]
    guard case .failure(let table) = TextDecoder.decode(workbook, file: "cases/a.csv"),
          case .failure(let guide) = TextDecoder.decode(workbook, file: "guides/a.guide", kind: .guide),
          case .failure(let settings) = TextDecoder.decode(workbook, file: "site.toml", kind: .settings) else {
        Issue.record("a workbook was accepted"); return
    }
    #expect(table.message == "这是 Excel 工作簿文件（.xlsx/.xls），不是 CSV 文本文件。")
    #expect(guide.message == "这是 Excel 工作簿文件（.xlsx/.xls），不是文本文件。")
    #expect(guide.fix.hasPrefix("导引图是纯文本文件"))
    #expect(settings.fix.hasPrefix("site.toml 是纯文本设置文件"))
}

@Test func aFileThatCannotBeReadNamesTheReasonInChinese() {
    guard case .failure(let problem) = SourceText.read("/nonexistent/site.toml", as: "site.toml", kind: .settings) else {
        Issue.record("read a missing file"); return
    }
    #expect(problem.code == .fileUnreadable)
    #expect(problem.message == "无法读取设置文件：文件不存在。")
}
