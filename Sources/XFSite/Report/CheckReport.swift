import Foundation
import XFCalendar
import XFGuides
import XFPages
import XFRecords
import XFSettings
import XFSource
import XFText

/// The data report `xfsite check` prints: what was read, what the data cover, and
/// every problem. Text for clerks, JSON for machines; both from the same values.
struct CheckReport {
    /// Everything read: tables, guides, templates and their problems in file order.
    let input: SiteInput

    /// Problems of one kind in one column of one file beyond this many are summed up
    /// in one line, so a wholly wrong column cannot bury the other problems.
    static let perKindLimit = 20

    init(_ input: SiteInput) { self.input = input }

    private var content: Content { input.content }
    private var diagnostics: [Diagnostic] { input.diagnostics }
    private var guideFiles: Int { input.guides.filesRead }
    private var guidesRead: Int { input.guides.guides.count }

    /// Totals count the repeats a loader summed up in one diagnostic (`Diagnostic.count`).
    var errorCount: Int { diagnostics.errorCount }
    var warningCount: Int { diagnostics.warningCount }

    func text() -> String {
        let report = content.report
        var lines = ["数据检查：\(input.contentPath)", "", "读取的文件（\(report.files.count) 个）："]
        let width = report.files.map { TextWidth.cells($0.path) }.max() ?? 0
        for file in report.files {
            var line = "  " + TextWidth.padded(file.path, toCells: width) + "  "
                + TextWidth.padded(file.encoding, toCells: 12) + String(format: "%8d 行", file.rows)
            let unused = file.ignoredColumns.filter { !TableSchema.personalDataHeaders.contains($0) }
            if !unused.isEmpty { line += "  未识别的列：" + unused.joined(separator: "、") }
            lines.append(line)
        }
        lines.append("")
        lines.append("信访事项：各导出文件共 \(report.caseRowsRead) 行，按信访件编号合并后 \(content.cases.count) 件")
        if let first = report.earliestRegistration, let last = content.cases.records.lazy.map(\.registered).max() {
            lines.append("登记日期：\(first) 至 \(last)")
        }
        if let cutoff = content.cutoff {
            let source = content.settings.cutoff != nil ? "site.toml 中设定" : "取自数据中最晚的日期"
            lines.append("数据截止日期：\(cutoff)（\(source)）")
        }
        lines.append("责任单位 \(content.units.count) 个，问题领域 \(content.domains.count) 个，领导接访 \(content.receptions.count) 条，普法宣传与培训 \(content.activities.count) 条")
        lines.append(guideFiles == guidesRead ? "导引图 \(guidesRead) 张"
                     : "导引图文件 \(guideFiles) 个，其中 \(guideFiles - guidesRead) 个有错误未能读取")
        if guidesRead > 0 && content.settings.publicURL == nil {
            lines.append("导引图海报不印二维码：site.toml 没有设置 public_url。要印二维码，在 site.toml 中加一行 public_url = \"https://……/public/\"（public 文件夹发布后的网址）。")
        }
        lines.append(input.templatesChecked ? "页面模板：\(input.templateFolder)"
                     : "页面模板：未检查（找不到 \(input.templateFolder) 文件夹，可用 --templates 指定）")
        let personal = Set(report.files.flatMap(\.ignoredColumns)).filter { TableSchema.personalDataHeaders.contains($0) }
        if !personal.isEmpty {
            lines.append("个人信息列（只跳过，不读取、不输出）：" + personal.sorted().joined(separator: "、"))
        }
        if !report.skippedRows.isEmpty {
            lines.append("有问题而未采用的行：\(report.skippedRows.count) 行")
        }
        lines.append("")
        if diagnostics.isEmpty {
            lines.append("检查结果：数据无误。")
        } else {
            lines.append("检查结果：发现 \(errorCount) 个错误、\(warningCount) 个提示。")
            lines += limitedProblemLines()
        }
        return lines.joined(separator: "\n")
    }

    private func limitedProblemLines() -> [String] {
        var limiter = DiagnosticLimiter(perKind: Self.perKindLimit)
        limiter.append(contentsOf: diagnostics)
        var lines: [String] = []
        for diagnostic in limiter.keptDiagnostics {
            lines.append(diagnostic.rendered)
            lines += input.sources.excerpt(for: diagnostic).map { "    " + $0 }
        }
        for (first, count) in limiter.overflow {
            let column = first.location.column.map { "列「\($0)」" } ?? ""
            lines.append("\(first.location.file) \(column)：同类问题还有 \(count) 处未列出，改正上面的问题后再检查即可看到。")
        }
        return lines
    }

    struct JSONReport: Encodable {
        struct File: Encodable { let path: String; let encoding: String; let rows: Int; let ignoredColumns: [String] }
        struct Problem: Encodable {
            let severity: String, code: String, file: String, line: Int
            let column: String?, value: String?, message: String, fix: String
            /// More than 1 for a summary of repeats that were not listed one by one.
            let count: Int
        }
        let content: String
        let files: [File]
        let caseRowsRead: Int
        let cases: Int
        let earliestRegistration: String?
        let cutoff: String?
        let skippedRows: Int
        let guideFiles: Int
        let guides: Int
        let errors: Int
        let warnings: Int
        let diagnostics: [Problem]
    }

    /// The JSON report, or nil if it could not be encoded (never a placeholder `{}`).
    func json() -> String? {
        let report = content.report
        let value = JSONReport(
            content: input.contentPath,
            files: report.files.map { .init(path: $0.path, encoding: $0.encoding, rows: $0.rows, ignoredColumns: $0.ignoredColumns) },
            caseRowsRead: report.caseRowsRead, cases: content.cases.count,
            earliestRegistration: report.earliestRegistration?.description, cutoff: content.cutoff?.description,
            skippedRows: report.skippedRows.count, guideFiles: guideFiles, guides: guidesRead, errors: errorCount, warnings: warningCount,
            diagnostics: diagnostics.map {
                .init(severity: $0.severity.rawValue, code: $0.code.rawValue, file: $0.location.file, line: $0.location.line,
                      column: $0.location.column, value: $0.value, message: $0.message, fix: $0.fix,
                      count: $0.count)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
