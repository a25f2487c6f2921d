import Foundation
import XFBuiltin
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
    /// The built-in templates, overlaid by `--templates` when given.
    let templates: SiteTemplateFiles
    /// The site as published before this build (the output folder), for revisions.
    let previous: PublishedSite
    /// All revision notes, earlier builds' and this build's; filled by the revisions step.
    var revisions = RevisionLog()
    /// The notes this build added, for the build report.
    var newRevisions: [RevisionLog.Entry] = []
    var filesWritten = 0

    init(content: Content, snapshots: SnapshotSet, sink: PageSink, previous: PublishedSite, guides: [Guide] = [],
         templates: SiteTemplateFiles = SiteBuild.builtinTemplates) {
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
            let theme = try PublicSite.Theme.load(files: context.templates)
            context.filesWritten += try PublicSite.write(settings: context.content.settings, guides: context.guides,
                                                         theme: theme, to: context.sink)
        },
        BuildStep(name: "内网看板页面") { context in
            let templates = try SiteTemplates(files: context.templates)
            let site = DashboardSite(content: context.content, snapshots: context.snapshots, templates: templates,
                                     revisions: context.revisions)
            context.filesWritten += try site.write(to: context.sink)
        },
    ]

    /// The templates built into the executable (`site-templates/` at build time).
    static var builtinTemplates: SiteTemplateFiles { SiteTemplateFiles(files: BuiltinFiles.templateFiles) }

    /// The built-in set, overlaid file by file by `folder` when given.
    static func templates(overriddenBy folder: URL?) throws -> SiteTemplateFiles {
        guard let folder else { return builtinTemplates }
        return try builtinTemplates.overlaid(by: folder)
    }

    struct Summary {
        let files: Int
        let snapshots: Int
        let newRevisions: [RevisionLog.Entry]
        /// Time the pre-publish personal-data scan took, for the benchmark.
        var scanSeconds: Double = 0
    }

    struct StepError: Error {
        let step: String
        let underlying: Error
        var message: String { "生成「\(step)」时出错：\(underlying)" }
    }

    static func run(content: Content, output: URL, guides: [Guide] = [],
                    templates: SiteTemplateFiles = builtinTemplates) throws -> Summary {
        let snapshots = IndicatorEngine(content: content).run()
        let staging = try SiteStaging(output: output)
        staging.scanner = PersonalDataScanner(allowedNumbers: content.settings.allowedNumbers)
        defer { staging.discard() }
        let context = BuildContext(content: content, snapshots: snapshots, sink: StagingSink(staging),
                                   previous: PublishedSite(root: staging.output), guides: guides, templates: templates)
        for step in steps {
            do { try step.run(context) } catch { throw StepError(step: step.name, underlying: error) }
        }
        try staging.commit()
        return Summary(files: context.filesWritten, snapshots: snapshots.snapshots.count,
                       newRevisions: context.newRevisions, scanSeconds: Double(staging.scanNanoseconds) / 1e9)
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
