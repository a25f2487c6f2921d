import Foundation
import Testing
import XFCalendar
import XFSource
import XFTable
@testable import XFRecords
import XFVocabulary

@Test func messyExportYieldsTheSameRecordsAsItsCleanTwin() {
    let clean = ContentLoader(directory: fixtures.appendingPathComponent("clean")).load()
    let messy = ContentLoader(directory: fixtures.appendingPathComponent("messy")).load()
    #expect(clean.diagnostics.items.isEmpty)
    #expect(messy.diagnostics.items.isEmpty)
    #expect(messy.content.report.files.map(\.encoding) == ["UTF-8 (BOM)", "UTF-8", "GB18030", "UTF-8"])
    #expect(clean.content.units == messy.content.units)
    #expect(clean.content.domains == messy.content.domains)
    #expect(clean.content.cutoff == messy.content.cutoff)
    #expect(clean.content.cases.count == 4)
    #expect(clean.content.cases.records == messy.content.cases.records)
    #expect((0..<4).map { clean.content.cases.id(at: $0) } == (0..<4).map { messy.content.cases.id(at: $0) })
}

@Test func lastExportWinsAndRatingDateDefaultsToClosing() throws {
    let content = ContentLoader(directory: fixtures.appendingPathComponent("clean")).load().content
    let index = try #require(content.cases.index(of: "XF-003"))
    let record = content.cases[index]
    #expect(record.acceptance == .accepted)
    #expect(record.isExtended)
    #expect(record.route == .arbitration)
    #expect(record.rating == .basicallySatisfied)
    #expect(record.rated == record.closed)
    #expect(record.review?.description == "2024-02-29")
    #expect(content.cutoff?.description == "2024-02-29")
    #expect(content.report.caseRowsRead == 5)
}

@Test func everyErrorIsReportedWithItsLineAndNoPersonalData() throws {
    let cases = """
    \(caseHeader),信访人,联系电话,诉求内容
    A1,2024-01-03,来访,1,申诉求决,城乡建设,城关镇,受理,2024-01-02,,,,CANARY-NAME,CANARY-PHONE,"CANARY
    多行诉求"
    A2,2024-02-30,来访,1,申诉求决,城乡建设,城关镇,,,,,,甲,,
    A3,2024-01-05,飞鸽,0,申诉求决,城乡建设,城关,,,,,,乙,,
    A4,2024-01-05,来信,1,申诉求决,城建,城关镇,不予受理,2024-01-06,2024-01-09,满意,,丙,,
    A5,2024-01-05,来信,1,申诉求决,城乡建设,城关镇,受理,,,,,丁,,
    A1,2024-01-06,来信,1,申诉求决,城乡建设,城关镇,,,,,,戊,,
    A6,2024-01-05,来信,1,申诉求决,城乡建设,城关镇,受理,2024-01-06,2024-01-05,满意,2024-01-04,己,,
    ,2024-01-05,来信,1,,城乡建设,城关镇,,2024-01-08,,,,庚,,
    A8,2024-01-05,来信,1,申诉求决,城乡建设,城关镇,"受理,"x,,,,,辛,,
    A9,2024-01-05,来信,1,申诉求决,城乡建设,城关镇
    """
    let folder = try TemporaryContent(["units.csv": unitsCSV, "cases/a.csv": cases])
    let result = folder.load()
    let found = result.diagnostics.sorted.map(\.brief)
    #expect(found == [
        "case.accepted-before-registered@2/受理日期",
        "cell.date@4/登记日期",
        "cell.choice@5/信访形式", "cell.persons@5/人数", "cell.unknown-name@5/责任单位",
        "cell.unknown-name@6/问题领域", "case.closed-not-accepted@6/办结日期", "case.rated-not-accepted@6/评价",
        "case.decision-without-date@7/受理情况",
        "case.duplicate-id@8/信访件编号",
        "case.closed-before-accepted@9/办结日期", "case.rated-before-closed@9/评价日期",
        "cell.required@10/信访件编号", "cell.required@10/内容分类", "case.accepted-without-decision@10/受理日期",
        "csv.text-after-quote@11/受理情况",
        "csv.ragged-row@12/-",
    ])
    let messages = result.diagnostics.items.map(\.rendered).joined(separator: "\n")
    #expect(!messages.contains("CANARY"))
    for name in ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"] { #expect(!messages.contains(name)) }
    let duplicate = try #require(result.diagnostics.items.first { $0.code == "case.duplicate-id" })
    #expect(duplicate.message.contains("第 2 行") && duplicate.message.contains("第 8 行"))
    let unknownUnit = try #require(result.diagnostics.items.first { $0.code == "cell.unknown-name" && $0.location.line == 5 })
    #expect(unknownUnit.fix.contains("是否应为「城关镇」"))
    #expect(result.content.cases.count == 0)
    #expect(result.content.report.skippedRows.map(\.line) == [2, 4, 5, 6, 7, 8, 9, 10, 11, 12])
}

@Test func missingRequiredColumnIsOneErrorForTheFile() throws {
    let folder = try TemporaryContent([
        "units.csv": unitsCSV,
        "cases/a.csv": "信访件编号,登记时间,信访形式,内容分类,问题领域,责任单位\nA1,2024-01-03,来访,申诉求决,城乡建设,城关镇\n",
    ])
    let result = folder.load()
    #expect(result.diagnostics.items.map(\.brief) == ["header.missing-column@1/登记日期"])
    #expect(result.diagnostics.items[0].fix.contains("登记时间"))
    #expect(result.content.report.skippedRows.count == 1)
}

@Test func datesAfterTheConfiguredCutoffAreErrors() throws {
    let folder = try TemporaryContent([
        "units.csv": unitsCSV,
        "cases/a.csv": "\(caseHeader)\nA1,2024-01-03,来访,1,申诉求决,城乡建设,城关镇,受理,2024-01-05,2024-03-02,,\n",
    ])
    var loader = CaseLoader(units: ByteStringIndex(["城关镇"]), domains: ByteStringIndex(["城乡建设"]),
                            collectsUnits: false, cutoff: CivilDate(year: 2024, month: 2, day: 29))
    let file = try TableFile.read(folder.url.appendingPathComponent("cases/a.csv"), as: "cases/a.csv").get()
    _ = loader.read(.csv(file))
    #expect(loader.diagnostics.map(\.brief) == ["cell.after-cutoff@2/办结日期"])
}

@Test func withoutUnitsFileUnitsComeFromCasesInOrder() throws {
    let folder = try TemporaryContent([
        "cases/a.csv": "\(caseHeader)\nA1,2024-01-03,来访,1,申诉求决,城乡建设,青石镇,,,,,\nA2,2024-01-04,来访,1,申诉求决,城乡建设,城关镇,,,,,\nA3,2024-01-04,来访,1,申诉求决,城乡建设,青石镇,,,,,\n",
    ])
    let result = folder.load()
    #expect(result.content.units.map(\.name) == ["青石镇", "城关镇"])
    #expect(result.diagnostics.items.map(\.code) == ["content.no-units"])
    #expect(!result.diagnostics.hasErrors)
}

@Test func workbooksAndOtherFilesInCasesAreNotSkippedSilently() throws {
    let folder = try TemporaryContent(["units.csv": unitsCSV, "cases/a.csv": "\(caseHeader)\n", "cases/notes.txt": "x"])
    // A workbook is read now; a truncated one is a damaged-file error, not skipped.
    try folder.write("cases/b.xlsx", Data([0x50, 0x4B, 0x03, 0x04]))
    let codes = folder.load().diagnostics.sorted.map(\.code)
    #expect(codes == ["workbook.damaged", "content.ignored-file"])
}
