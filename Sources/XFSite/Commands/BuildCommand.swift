import Foundation
import XFGuides
import XFPages
import XFRecords

/// `xfsite build`: check the content, then write the site.
enum BuildCommand: Subcommand {
    static let name = "build"
    static let abstract = "生成网站：检查数据后生成内网看板和公开导引页面"
    static let options = [
        OptionSpec(name: "content", valueName: "文件夹", help: "内容文件夹", defaultValue: "content"),
        OptionSpec(name: "output", valueName: "文件夹", help: "输出文件夹", defaultValue: "site"),
        OptionSpec(name: "templates", valueName: "文件夹", help: "页面模板和样式文件夹", defaultValue: "site-templates"),
        OptionSpec(name: "skip-invalid", valueName: nil, help: "跳过有错误的行继续生成（跳过的行列在数据质量页）", defaultValue: nil),
    ]

    static func run(_ arguments: Arguments, console: Console) -> ExitCode {
        let path = arguments.value("content") ?? "content"
        let result = ContentLoader(directory: URL(fileURLWithPath: path)).load()
        let guides = GuideFolder.load(contentDirectory: URL(fileURLWithPath: path))
        let report = CheckReport(contentPath: path, content: result.content, tables: result.diagnostics, guides: guides,
                                 sources: result.sources)
        if report.errorCount > 0 && !arguments.flag("skip-invalid") {
            console.err(report.text())
            console.err("\n未生成网站：数据有 \(report.errorCount) 个错误，原有网站保持不变。改正后重新运行，或加 --skip-invalid 跳过有错误的行。")
            return .dataError
        }
        let output = URL(fileURLWithPath: arguments.value("output") ?? "site")
        do {
            let templates = URL(fileURLWithPath: arguments.value("templates") ?? "site-templates")
            let summary = try SiteBuild.run(content: result.content, output: output, guides: guides.guides, templates: templates)
            if report.errorCount > 0 {
                console.err("注意：跳过了 \(result.content.report.skippedRows.count) 行有错误的数据（详见数据质量页）。")
                if guides.guides.count < guides.filesRead {
                    console.err("注意：\(guides.filesRead - guides.guides.count) 张导引图有错误，未生成其页面。")
                }
            }
            for entry in summary.newRevisions {
                console.out(RevisionReport.line(entry))
            }
            console.out("已生成网站：\(output.path)（\(summary.snapshots) 个月度快照，\(summary.files) 个文件）。")
            return .success
        } catch let error as SiteBuild.StepError {
            console.err("错误：\(error.message)\n原有网站保持不变。")
            return .failure
        } catch {
            console.err("错误：\(error)\n原有网站保持不变。")
            return .failure
        }
    }
}
