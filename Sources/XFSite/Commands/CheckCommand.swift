import Foundation
import XFPages

/// `xfsite check`: read every content table, guide and template and report what
/// was read and every problem.
enum CheckCommand: Subcommand {
    static let name = "check"
    static let abstract = "检查数据：读取内容文件夹中的全部表格、导引图和页面模板，报告读取情况和所有问题"
    static let format = OptionSpec(name: "format", valueName: "text|json", help: "输出格式", defaultValue: "text")
    static let options = [
        OptionSpec.content,
        OptionSpec(name: "templates", valueName: "文件夹", help: "自定义模板文件夹（与 build 相同）；不写时检查内置模板",
                   defaultValue: nil),
        format,
    ]

    static func run(_ arguments: Arguments, console: Console) -> ExitCode {
        let format = arguments.value(Self.format)
        guard format == "text" || format == "json" else {
            console.err("错误：--format 只能是 text 或 json，而不是「\(format)」。")
            return .usage
        }
        let input = SiteInput.load(content: arguments.value(OptionSpec.content), templates: arguments.value("templates"))
        let report = CheckReport(input)
        if format == "json" {
            guard let json = report.json() else {
                console.err("错误：无法生成 JSON 格式的检查结果（程序内部错误，请告知维护人员）。")
                return .failure
            }
            console.out(json)
        } else {
            console.out(report.text())
        }
        return report.errorCount > 0 ? .dataError : .success
    }
}
