import Foundation
import Testing
import XFCalendar
import XFSource
import XFTestSupport
import XFIndicators
import XFRecords

/// The sample content converted to workbooks by real writers (XlsxWriter for
/// .xlsx, xlwt for .xls; every table, title rows above the headers, dates as date
/// cells in several formats, case numbers as numbers, three months as three sheets
/// of one workbook, a hidden and a non-table sheet) gives byte-identical
/// indicators.csv files for every snapshot, and only notes (no errors).
enum WorkbookContent {
    static let converter = Repository.root.appendingPathComponent("Tests/Tools/csv-to-workbooks.py")

    static func writers(_ modules: String) -> Bool { ExternalTool.pythonModule(modules) }

    static func convert(_ options: [String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("workbook-content")
        let target = folder.appending("content")
        let result = try ExternalTool.run(ExternalTool.python!, [converter.path, Repository.content.path, target.path,
                                                                 "--months-in-one", "2024-01.csv,2024-02.csv,2024-03.csv"] + options)
        #expect(result.status == 0, "\(result.err)")
        return folder
    }

    static func indicatorFiles(_ content: Content) -> [String: [UInt8]] {
        let snapshots = IndicatorEngine(content: content).run()
        var files: [String: [UInt8]] = [:]
        for snapshot in snapshots.snapshots { files[snapshot.month.description] = IndicatorTableWriter.csv(snapshot) }
        return files
    }

    static let csvFiles = indicatorFiles(ContentLoader(directory: Repository.content).load().content)
}

@Test(.enabled(if: WorkbookContent.writers("xlsxwriter, xlwt"), "需要 python3、XlsxWriter 和 xlwt"), arguments: [[], ["--xls"]])
func sampleContentAsWorkbooksGivesTheSameIndicators(_ options: [String]) throws {
    let folder = try WorkbookContent.convert(options)
    defer { folder.remove() }
    let loaded = ContentLoader(directory: folder.appending("content")).load()
    #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.sorted.prefix(5).map(\.rendered))")
    #expect(loaded.diagnostics.sorted.map(\.code) == ["workbook.no-table-sheet", "workbook.hidden-sheet"])
    #expect(loaded.content.report.files.allSatisfy { $0.encoding == (options.isEmpty ? "xlsx" : "xls") })
    #expect(loaded.content.report.caseRowsRead == ContentLoader(directory: Repository.content).load().content.report.caseRowsRead)
    let files = WorkbookContent.indicatorFiles(loaded.content)
    #expect(files.keys.sorted() == WorkbookContent.csvFiles.keys.sorted())
    for (month, bytes) in WorkbookContent.csvFiles.sorted(by: { $0.key < $1.key }) {
        #expect(files[month] == bytes, "indicators.csv of \(month) differs")
    }
}
