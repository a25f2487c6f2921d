import Foundation
import XFGuides
import XFPages
import XFRecords

/// `xfsite check`: read every content table and report what was read and every problem.
enum CheckCommand: Subcommand {
    static let name = "check"
    static let abstract = "检查数据：读取内容文件夹中的全部表格，报告读取情况和所有问题"
    static let options = [
        OptionSpec(name: "content", valueName: "文件夹", help: "内容文件夹", defaultValue: "content"),
        OptionSpec(name: "format", valueName: "text|json", help: "输出格式", defaultValue: "text"),
    ]

    static func run(_ arguments: Arguments, console: Console) -> ExitCode {
        let format = arguments.value("format") ?? "text"
        guard format == "text" || format == "json" else {
            console.err("错误：--format 只能是 text 或 json，而不是「\(format)」。")
            return .usage
        }
        let path = arguments.value("content") ?? "content"
        let result = ContentLoader(directory: URL(fileURLWithPath: path)).load()
        let guides = GuideFolder.load(contentDirectory: URL(fileURLWithPath: path))
        let report = CheckReport(contentPath: path, content: result.content, tables: result.diagnostics, guides: guides,
                                 sources: result.sources)
        console.out(format == "json" ? report.json() : report.text())
        return report.errorCount > 0 ? .dataError : .success
    }
}
