import Foundation
import Testing
import XFSource
import XFTestSupport
import XFIndicators
import XFPages
import XFRecords
import XFTable
@testable import XFSite

/// Pages stay small whatever the data (issue 15): the stress profile at a reduced
/// size that keeps its shape (a backlog growing month by month, a hundred units,
/// messy exports with long multi-line cells) builds a site in which no page
/// reaches 300 KB, while every overdue case of every month is in its overdue.csv.
@Test(.enabled(if: ExternalTool.built("xfsite-sample") != nil, "需要已编译的 xfsite-sample（swift build）"))
func stressProfileKeepsEveryPageUnder300KBAndEveryOverdueCaseInTheCSV() throws {
    let generator = try #require(ExternalTool.built("xfsite-sample"))
    let folder = try TemporaryFolder("stress")
    defer { folder.remove() }
    let content = folder.appending("content")
    let generated = try ExternalTool.run(generator.path, ["--stress", "--cases", "60000", "--units", "100", "--months", "24",
                                                          "--output", content.path])
    #expect(generated.status == 0, "\(generated.err)")

    let loaded = ContentLoader(directory: content).load()
    #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.sorted.prefix(3).map(\.rendered))")
    #expect(loaded.content.units.count == 100)
    #expect(loaded.content.report.files.contains { $0.encoding == "GB18030" })
    let site = folder.appending("site")
    let summary = try SiteBuild(content: content.path, output: site, templates: Repository.templates.path).publish()
    #expect(summary.snapshots == 24)

    let intranet = site.appendingPathComponent("intranet")
    var largest = (path: "", bytes: 0)
    for path in FileTree.paths(under: site) where path.hasSuffix(".html") {
        let size = (try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)[.size] as? Int) ?? 0
        if size > largest.bytes { largest = (path, size) }
    }
    #expect(largest.bytes > 0 && largest.bytes < 300_000, "largest page \(largest.path): \(largest.bytes) bytes")

    // The backlog grows: the last month has many more overdue cases than a page lists.
    let snapshots = IndicatorEngine(content: loaded.content).run()
    var lastMonthOverdue = 0
    for snapshot in snapshots.snapshots {
        let list = OverdueList(cases: loaded.content.cases, asOf: snapshot.asOf)
        let csvPath = intranet.appendingPathComponent(SitePaths.overdueCSV(snapshot.month))
        let bytes = try [UInt8](Data(contentsOf: csvPath))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(snapshot.month): overdue.csv starts with a BOM")
        var rows = CollectRows()
        let problems = CSVParser(file: "overdue.csv").parse(Array(bytes.dropFirst(3)), into: &rows)
        #expect(problems.isEmpty)
        #expect(rows.header == ["类别", "信访件编号", "责任单位", "问题领域", "登记日期", "期限", "超期天数"])
        let listed = Set(rows.data.map { $0[0] + "|" + $0[1] })
        let expected = Set(list.unclosed.map { "超期未办结|" + $0.id } + list.unaccepted.map { "超期未受理|" + $0.id })
        #expect(listed == expected, "\(snapshot.month): overdue.csv lists every overdue case once")
        #expect(rows.data.count == expected.count)
        lastMonthOverdue = expected.count
    }
    #expect(lastMonthOverdue > 200, "the backlog outgrows the page: \(lastMonthOverdue)")
}

/// The data rows of a parsed CSV, as strings.
private struct CollectRows: CSVRowHandler {
    var header: [String] = []
    var data: [[String]] = []

    mutating func handle(_ row: CSVRow) {
        let fields = (0..<row.count).map { row.string($0) }
        if row.index == 0 { header = fields } else { data.append(fields) }
    }
}
