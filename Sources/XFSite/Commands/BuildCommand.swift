import Foundation
import XFGuides
import XFPages
import XFPublish
import XFRecords
import XFSource

/// `xfsite build`: the build's step list (`SiteBuild.steps`), from reading the
/// content to publishing the site.
enum BuildCommand: Subcommand {
    static let name = "build"
    static let abstract = "生成网站：检查数据后生成内网看板和公开导引页面"
    static let output = OptionSpec.siteOutput(help: "输出文件夹")
    static let options = [
        OptionSpec.content,
        output,
        OptionSpec(name: "templates", valueName: "文件夹",
                   help: "自定义模板文件夹：其中的文件替换同名的内置模板（内置模板可用 xfsite templates 导出）", defaultValue: nil),
        OptionSpec(name: "skip-invalid", valueName: nil, help: "跳过有错误的行继续生成（跳过的行列在数据质量页）", defaultValue: nil),
    ]

    /// The folder `--templates` names; without it, a `site-templates` folder in
    /// the current folder (the source tree's), so neither is ever built over.
    static func templatesFolder(_ arguments: Arguments) -> URL? {
        if let given = arguments.value("templates") { return URL(fileURLWithPath: given) }
        let local = URL(fileURLWithPath: SiteTemplates.defaultFolder)
        return FileManager.default.fileExists(atPath: local.path) ? local : nil
    }

    static func run(_ arguments: Arguments, console: Console) -> ExitCode {
        let build = SiteBuild(content: arguments.value(OptionSpec.content),
                              output: arguments.folder(output),
                              templates: arguments.value("templates"),
                              skipInvalid: arguments.flag("skip-invalid"))
        // Before any work: may the output folder be written? Held to the end.
        let lock: SiteLock
        do {
            lock = try OutputClaim.claim(PublishFolders(output: build.output), content: URL(fileURLWithPath: build.content),
                                         templates: templatesFolder(arguments))
        } catch {
            console.err("错误：\(error)")
            return .usage
        }
        defer { withExtendedLifetime(lock) {} }
        let summary: SiteBuild.Summary
        do {
            summary = try build.publish()
        } catch {
            if case .publish(.personalData(let findings)) = error.error {
                console.err(PersonalDataReport.text(findings, content: URL(fileURLWithPath: build.content)))
                return .dataError
            }
            if case .invalidInput = error.error, let input = error.input {
                let report = CheckReport(input)
                console.err(report.text())
                console.err(input.templateProblems.isEmpty
                    ? "\n未生成网站：数据有 \(report.errorCount) 个错误，原有网站保持不变。改正后重新运行，或加 --skip-invalid 跳过有错误的行。"
                    : "\n未生成网站：页面模板有错误，原有网站保持不变。改正模板后重新运行。")
                return .dataError
            }
            console.err("错误：\(error.message)\n原有网站保持不变。")
            // A template that fails while rendering is an input to fix, like one that does not parse.
            if case .template = error.error { return .dataError }
            return .failure
        }
        let input = summary.input
        if input.errorCount > 0 {
            console.err("注意：跳过了 \(input.content.report.skippedRows.count) 行有错误的数据（详见数据质量页）。")
            if input.guides.guides.count < input.guides.filesRead {
                console.err("注意：\(input.guides.filesRead - input.guides.guides.count) 张导引图有错误，未生成其页面。")
            }
        }
        for entry in summary.newRevisions {
            console.out(RevisionReport.line(entry))
        }
        console.out("已生成网站：\(build.output.path)（\(summary.snapshots) 个月度快照，\(summary.files) 个文件）。")
        return .success
    }
}
