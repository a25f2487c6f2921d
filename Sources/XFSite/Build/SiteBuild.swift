import Foundation
import XFIndicators
import XFPages
import XFPublish
import XFRecords

/// What the build steps share: the loaded content, the computed figures, and the
/// sink that writes into the staging folder.
final class BuildContext {
    let content: Content
    let snapshots: SnapshotSet
    let sink: PageSink
    /// The template folder (`site-templates/` unless `--templates` names another).
    let templatesFolder: String?
    var filesWritten = 0

    init(content: Content, snapshots: SnapshotSet, sink: PageSink, templatesFolder: String? = nil) {
        self.content = content
        self.snapshots = snapshots
        self.sink = sink
        self.templatesFolder = templatesFolder
    }
}

/// One named step of the build; the build is the list `SiteBuild.steps`.
struct BuildStep: Sendable {
    let name: String
    let run: @Sendable (BuildContext) throws -> Void
}

/// Builds the site: figures for every snapshot, then each step in order into a
/// staging folder that replaces the output folder only when all steps succeed.
enum SiteBuild {
    static let steps: [BuildStep] = [
        BuildStep(name: "指标数据文件") { context in
            context.filesWritten += try IndicatorDataFiles.write(context.snapshots, to: context.sink)
        },
        BuildStep(name: "内网看板页面") { context in
            let templates = try SiteTemplates(folder: context.templatesFolder)
            let site = DashboardSite(content: context.content, snapshots: context.snapshots, templates: templates)
            context.filesWritten += try site.write(to: context.sink)
        },
    ]

    struct Summary {
        let files: Int
        let snapshots: Int
    }

    struct StepError: Error {
        let step: String
        let underlying: Error
        var message: String { "生成「\(step)」时出错：\(underlying)" }
    }

    static func run(content: Content, output: URL, templates: String? = nil) throws -> Summary {
        let snapshots = IndicatorEngine(content: content).run()
        let staging = try SiteStaging(output: output)
        defer { staging.discard() }
        let context = BuildContext(content: content, snapshots: snapshots, sink: StagingSink(staging), templatesFolder: templates)
        for step in steps {
            do { try step.run(context) } catch { throw StepError(step: step.name, underlying: error) }
        }
        try staging.commit()
        return Summary(files: context.filesWritten, snapshots: snapshots.snapshots.count)
    }
}

/// Adapts the staging folder to the page stage's sink, refusing any path that
/// would leave the site.
final class StagingSink: PageSink {
    let staging: SiteStaging

    init(_ staging: SiteStaging) { self.staging = staging }

    struct UnsafePath: Error, CustomStringConvertible {
        let path: String
        var description: String { "输出路径「\(path)」不安全（含 .. 或绝对路径），已拒绝写入。" }
    }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        guard let safe = OutputPath(path) else { throw UnsafePath(path: path) }
        try staging.write(safe, bytes)
    }
}
