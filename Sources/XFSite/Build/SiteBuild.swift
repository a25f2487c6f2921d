import Foundation
import XFGuides
import XFIndicators
import XFPages
import XFPublish
import XFRecords
import XFSource

/// What the build steps share: the loaded content, the computed figures, and the
/// sink that writes into the staging folder.
final class BuildContext {
    let content: Content
    let snapshots: SnapshotSet
    let sink: PageSink
    /// The guides of `content/guides/`, already checked.
    let guides: [Guide]
    /// The `site-templates/` folder.
    let templates: URL
    /// The site as published before this build (the output folder), for revisions.
    let previous: PublishedSite
    /// All revision notes, earlier builds' and this build's; filled by the revisions step.
    var revisions = RevisionLog()
    /// The notes this build added, for the build report.
    var newRevisions: [RevisionLog.Entry] = []
    var filesWritten = 0

    init(content: Content, snapshots: SnapshotSet, sink: PageSink, previous: PublishedSite, guides: [Guide] = [],
         templates: URL = SiteBuild.defaultTemplates) {
        self.content = content
        self.snapshots = snapshots
        self.sink = sink
        self.previous = previous
        self.guides = guides
        self.templates = templates
    }
}

/// Read access to the previously published site.
struct PublishedSite {
    let root: URL

    func bytes(_ path: String) -> [UInt8]? {
        try? FileBytes.read(root.appendingPathComponent(path).path)
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
        BuildStep(name: "修订记录") { context in
            var log = context.previous.bytes(RevisionLog.path).flatMap(RevisionLog.decode) ?? RevisionLog()
            let revisedOn = context.content.cutoff?.description ?? ""
            context.newRevisions = RevisionDetector.detect(context.snapshots, revisedOn: revisedOn) { month in
                context.previous.bytes("intranet/snapshots/\(month)/data/indicators.csv")
            }
            log.entries += context.newRevisions
            context.revisions = log
            try context.sink.write(RevisionLog.path, log.encoded())
            context.filesWritten += 1
        },
        BuildStep(name: "指标数据文件") { context in
            context.filesWritten += try IndicatorDataFiles.write(context.snapshots, to: context.sink)
        },
        BuildStep(name: "公开导引页面") { context in
            let theme = try PublicSite.Theme.load(siteTemplates: context.templates)
            context.filesWritten += try PublicSite.write(settings: context.content.settings, guides: context.guides,
                                                         theme: theme, to: context.sink)
        },
        BuildStep(name: "内网看板页面") { context in
            let templates = try SiteTemplates(folder: context.templates.path)
            let site = DashboardSite(content: context.content, snapshots: context.snapshots, templates: templates,
                                     revisions: context.revisions)
            context.filesWritten += try site.write(to: context.sink)
        },
    ]

    static let defaultTemplates = URL(fileURLWithPath: "site-templates")

    struct Summary {
        let files: Int
        let snapshots: Int
        let newRevisions: [RevisionLog.Entry]
    }

    struct StepError: Error {
        let step: String
        let underlying: Error
        var message: String { "生成「\(step)」时出错：\(underlying)" }
    }

    static func run(content: Content, output: URL, guides: [Guide] = [],
                    templates: URL = defaultTemplates) throws -> Summary {
        let snapshots = IndicatorEngine(content: content).run()
        let staging = try SiteStaging(output: output)
        defer { staging.discard() }
        let context = BuildContext(content: content, snapshots: snapshots, sink: StagingSink(staging),
                                   previous: PublishedSite(root: staging.output), guides: guides, templates: templates)
        for step in steps {
            do { try step.run(context) } catch { throw StepError(step: step.name, underlying: error) }
        }
        try staging.commit()
        return Summary(files: context.filesWritten, snapshots: snapshots.snapshots.count,
                       newRevisions: context.newRevisions)
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
