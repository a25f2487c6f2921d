import XFCalendar
import XFIndicators
import XFSettings
import XFSource
import XFTemplates

/// `quality.html`: what the build read (files, encodings, rows), rows skipped for
/// errors by file and line, the cut-off, and case counts, so a leader can judge
/// how far the figures can be trusted. At most `PageBounds.skippedRows` skipped
/// rows are listed; all of them are in `data/skipped-rows.csv`.
struct QualityPage: DashboardPage {
    static let template = "quality"
    let data: DashboardData
    let path = SitePaths.quality

    func model() -> TemplateValue {
        let root = self.root
        let report = data.facts.report
        let cutoff = data.set.latest?.asOf
        let source = data.facts.settings.cutoff != nil ? "（由站点设置 cutoff 指定）" : "（取各数据表中最晚的日期）"
        let facts = [
            KeyValue(key: "数据截止日期", value: cutoff.map { ChromeFactory.chineseDate($0) + source } ?? "无数据"),
            KeyValue(key: "最早登记日期", value: report.earliestRegistration.map(ChromeFactory.chineseDate) ?? "—"),
            KeyValue(key: "读取的信访事项行数", value: "\(report.caseRowsRead)行"),
            KeyValue(key: "合并后的信访事项", value: "\(data.facts.cases)件（同一信访件编号以最后导出的为准）"),
            KeyValue(key: "跳过的有错误的行", value: "\(report.skippedRows.count)行"),
            KeyValue(key: "责任单位 / 问题领域", value: "\(data.facts.units)个 / \(data.facts.domains)个"),
            KeyValue(key: "领导接访记录 / 普法宣传记录", value: "\(data.facts.receptions)条 / \(data.facts.activities)条"),
            KeyValue(key: "月度快照", value: "\(data.set.snapshots.count)个"),
        ]
        let files = report.files.sorted { $0.path < $1.path }.map {
            FileRow(path: $0.path, encoding: $0.encoding, rows: $0.rows,
                    ignored: $0.ignoredColumns.isEmpty ? "—" : $0.ignoredColumns.joined(separator: "、"))
        }
        let skipped = report.skippedRows.prefix(PageBounds.skippedRows).map {
            SkippedRow(file: $0.file, line: $0.line > 0 ? "第\($0.line)行" : "—")
        }
        let leftOut = report.skippedRows.count - skipped.count
        let moreSkipped: String? = leftOut > 0
            ? "共\(report.skippedRows.count)行，这里列出前\(skipped.count)行，其余\(leftOut)行见完整清单（skipped-rows.csv）。"
            : nil
        let skippedCSVHref: String? = report.skippedRows.isEmpty ? nil : root + SitePaths.skippedRowsCSV
        let all = data.set.scopes.all
        let months = data.set.snapshots.reversed().map { snapshot in
            TableRow(head: snapshot.month.chinese, href: root + SitePaths.snapshot(snapshot.month), cells: [
                TableCell(text: snapshot.asOf.description, band: nil),
                TableCell(text: snapshot.figure(.cases, period: .month, scope: all)?.displayText ?? "0", band: nil),
                TableCell(text: snapshot.figure(.cases, period: .ytd, scope: all)?.displayText ?? "0", band: nil),
                TableCell(text: snapshot.figure(.open, period: .at, scope: all)?.displayText ?? "0", band: nil),
            ])
        }
        return PageModel.make(data.chrome.chrome(path: path, title: "数据质量", section: .quality), [
            "facts": facts, "files": files, "skipped": Array(skipped), "moreSkipped": moreSkipped,
            "skippedCSVHref": skippedCSVHref, "months": months,
        ])
    }
}

struct KeyValue: TemplateModel {
    var key, value: String

    static let fields = TemplateFields<KeyValue>(.field("key", \.key), .field("value", \.value))
}

struct FileRow: TemplateModel {
    var path, encoding: String
    var rows: Int
    var ignored: String

    static let fields = TemplateFields<FileRow>(.field("path", \.path), .field("encoding", \.encoding), .field("rows", \.rows), .field("ignored", \.ignored))
}

struct SkippedRow: TemplateModel {
    var file, line: String

    static let fields = TemplateFields<SkippedRow>(.field("file", \.file), .field("line", \.line))
}
