import XFIndicators
import XFRecords
import XFTable

/// `quality.html`: what the build read (files, encodings, rows), rows skipped for
/// errors by file and line, the cut-off, and case counts, so a leader can judge
/// how far the figures can be trusted.
struct QualityPageModel: Encodable {
    var root: String
    var chrome: PageChrome
    var facts: [KeyValue]
    var files: [FileRow]
    var skipped: [SkippedRow]
    /// How many skipped rows are not listed, and where they all are.
    var moreSkipped: String?
    var skippedCSVHref: String?
    var months: [TableRow]
}

struct KeyValue: Encodable {
    var key: String
    var value: String
}

struct FileRow: Encodable {
    var path: String
    var encoding: String
    var rows: Int
    var ignored: String
}

struct SkippedRow: Encodable {
    var file: String
    var line: String
}

enum QualityPage {
    /// Writes the page (and the skipped rows' CSV when there are any); returns the number of files.
    @discardableResult
    static func write(_ site: SiteFacts, to sink: PageSink) throws -> Int {
        let path = SitePaths.quality
        let root = SitePaths.root(of: path)
        let report = site.content.report
        let cutoff = site.set.latest?.asOf
        let source = site.content.settings.cutoff != nil ? "（由站点设置 cutoff 指定）" : "（取各数据表中最晚的日期）"
        let facts = [
            KeyValue(key: "数据截止日期", value: cutoff.map { ChromeFactory.chineseDate($0) + source } ?? "无数据"),
            KeyValue(key: "最早登记日期", value: report.earliestRegistration.map(ChromeFactory.chineseDate) ?? "—"),
            KeyValue(key: "读取的信访事项行数", value: "\(report.caseRowsRead)行"),
            KeyValue(key: "合并后的信访事项", value: "\(site.content.cases.count)件（同一信访件编号以最后导出的为准）"),
            KeyValue(key: "跳过的有错误的行", value: "\(report.skippedRows.count)行"),
            KeyValue(key: "责任单位 / 问题领域", value: "\(site.content.units.count)个 / \(site.content.domains.count)个"),
            KeyValue(key: "领导接访记录 / 普法宣传记录", value: "\(site.content.receptions.count)条 / \(site.content.activities.count)条"),
            KeyValue(key: "月度快照", value: "\(site.set.snapshots.count)个"),
        ]
        let files = report.files.sorted { $0.path < $1.path }.map {
            FileRow(path: $0.path, encoding: $0.encoding, rows: $0.rows,
                    ignored: $0.ignoredColumns.isEmpty ? "—" : $0.ignoredColumns.joined(separator: "、"))
        }
        let skipped = report.skippedRows.prefix(PageBounds.skippedRows).map { SkippedRow(file: $0.file, line: $0.line > 0 ? "第\($0.line)行" : "—") }
        let leftOut = report.skippedRows.count - skipped.count
        let moreSkipped = leftOut > 0
            ? "共\(report.skippedRows.count)行，这里列出前\(skipped.count)行，其余\(leftOut)行见完整清单（skipped-rows.csv）。"
            : nil
        if !report.skippedRows.isEmpty {
            var writer = CSVWriter(byteOrderMark: true)
            writer.writeRow(["文件", "行"])
            for row in report.skippedRows { writer.writeRow([row.file, row.line > 0 ? String(row.line) : ""]) }
            try sink.write(SitePaths.output(SitePaths.skippedRowsCSV), writer.bytes)
        }
        let all = site.set.scopes.all
        let months = site.set.snapshots.reversed().map { snapshot in
            TableRow(head: snapshot.month.chinese, href: root + SitePaths.snapshot(snapshot.month), cells: [
                TableCell(text: snapshot.asOf.description, band: nil),
                TableCell(text: snapshot.figure(.cases, period: .month, scope: all)?.displayText ?? "0", band: nil),
                TableCell(text: snapshot.figure(.cases, period: .ytd, scope: all)?.displayText ?? "0", band: nil),
                TableCell(text: snapshot.figure(.open, period: .at, scope: all)?.displayText ?? "0", band: nil),
            ])
        }
        let model = QualityPageModel(root: root, chrome: site.chrome.chrome(path: path, title: "数据质量", section: .quality),
                                     facts: facts, files: files, skipped: Array(skipped), moreSkipped: moreSkipped,
                                     skippedCSVHref: report.skippedRows.isEmpty ? nil : root + SitePaths.skippedRowsCSV, months: months)
        try site.write("quality", model, path: path, to: sink)
        return report.skippedRows.isEmpty ? 1 : 2
    }
}
