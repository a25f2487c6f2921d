import XFCalendar
import XFGuides
import XFIndicators
import XFRecords
import XFPages
import XFPublish
import XFSettings

/// One named step of the build; it reads what earlier steps left in the context
/// and adds what it produces.
public struct BuildStep: Sendable {
    public let name: String
    public let run: @Sendable (inout BuildContext) throws(BuildError) -> Void

    public init(name: String, run: @escaping @Sendable (inout BuildContext) throws(BuildError) -> Void) {
        self.name = name
        self.run = run
    }
}

extension SiteBuild {
    /// The whole build, in order.
    public static let steps: [BuildStep] = [
        .readContent, .check, .computeFigures, .revisions, .dataFiles, .publicPages, .dashboardPages, .reports, .publish,
    ]
}

extension BuildStep {
    /// Tables, guides and templates, read once (`SiteInput`, as `check` reads them).
    public static let readContent = BuildStep(name: "读取内容") { (context: inout BuildContext) throws(BuildError) in
        context.input = SiteInput.load(content: context.build.content, templates: context.build.templates)
        context.sink.scanner = PersonalDataScanner(allowedNumbers: context.input?.content.settings.allowedNumbers ?? [])
    }

    /// Stops on any template error, and on data errors unless `--skip-invalid`.
    public static let check = BuildStep(name: "检查") { (context: inout BuildContext) throws(BuildError) in
        let input = try context.need(context.input, .input, in: "检查")
        if !input.templateProblems.isEmpty || (input.contentErrorCount > 0 && !context.build.skipInvalid) {
            throw .invalidInput(errors: input.errorCount)
        }
    }

    /// Every snapshot's figures.
    public static let computeFigures = BuildStep(name: "计算指标") { (context: inout BuildContext) throws(BuildError) in
        let input = try context.need(context.input, .input, in: "计算指标")
        context.snapshots = IndicatorEngine(content: input.content).run()
    }

    /// Figures that changed since the previous site published them, added to its log.
    public static let revisions = BuildStep(name: "修订记录") { (context: inout BuildContext) throws(BuildError) in
        let input = try context.need(context.input, .input, in: "修订记录")
        let snapshots = try context.need(context.snapshots, .snapshots, in: "修订记录")
        var log = RevisionLog()
        if let bytes = try context.previous.bytes(SitePaths.revisionLog) {
            do throws(RevisionLog.DecodeError) { log = try RevisionLog.decode(bytes) } catch {
                throw .previousSite(path: SitePaths.revisionLog, problem: .damaged(reason: error.reason))
            }
        }
        var previousTables: [Month: [UInt8]] = [:]
        for snapshot in snapshots.snapshots {
            let path = SitePaths.indicatorTable(snapshot.month)
            if let bytes = try context.previous.bytes(path) { previousTables[snapshot.month] = bytes }
        }
        let found = RevisionDetector.detect(snapshots, revisedOn: input.content.cutoff?.description ?? "") {
            previousTables[$0]
        }
        log.entries += found
        context.newRevisions = found
        context.revisions = log
        let bytes: [UInt8]
        do { bytes = try log.encoded() } catch { throw .previousSite(path: SitePaths.revisionLog, problem: .unwritable) }
        try write(to: context.sink) { try context.sink.write(SitePaths.revisionLog, bytes) }
    }

    /// `indicators.csv` and `.json` of every snapshot.
    public static let dataFiles = BuildStep(name: "指标数据文件") { (context: inout BuildContext) throws(BuildError) in
        let snapshots = try context.need(context.snapshots, .snapshots, in: "指标数据文件")
        try write(to: context.sink) { _ = try IndicatorDataFiles.write(snapshots, to: context.sink) }
    }

    /// The public guidance pages, from the settings and the guides only.
    public static let publicPages = BuildStep(name: "公开导引页面") { (context: inout BuildContext) throws(BuildError) in
        let input = try context.need(context.input, .input, in: "公开导引页面")
        let theme = try context.need(input.theme, .theme, in: "公开导引页面")
        try write(to: context.sink) {
            _ = try PublicSite.write(settings: input.content.settings, guides: input.guides.guides,
                                     theme: theme.publicPages, to: context.sink)
        }
    }

    /// Every page of the intranet dashboard.
    public static let dashboardPages = BuildStep(name: "内网看板页面") { (context: inout BuildContext) throws(BuildError) in
        let input = try context.need(context.input, .input, in: "内网看板页面")
        let theme = try context.need(input.theme, .theme, in: "内网看板页面")
        let snapshots = try context.need(context.snapshots, .snapshots, in: "内网看板页面")
        let revisions = try context.need(context.revisions, .revisions, in: "内网看板页面")
        let site = DashboardSite(facts: ContentFacts(input.content), snapshots: snapshots, templates: theme.dashboard,
                                 revisions: revisions)
        try write(to: context.sink) { try site.write(to: context.sink) }
    }

    /// The period reports (year, half-year, quarter): pages, Word files and report.csv/json.
    public static let reports = BuildStep(name: "期间报告和 Word 文件") { (context: inout BuildContext) throws(BuildError) in
        let input = try context.need(context.input, .input, in: "期间报告和 Word 文件")
        let theme = try context.need(input.theme, .theme, in: "期间报告和 Word 文件")
        let snapshots = try context.need(context.snapshots, .snapshots, in: "期间报告和 Word 文件")
        let site = DashboardSite(facts: ContentFacts(input.content), snapshots: snapshots, templates: theme.dashboard)
        try write(to: context.sink) { _ = try site.writeReports(to: context.sink) }
    }

    /// Swaps the staged site in place of the output folder.
    public static let publish = BuildStep(name: "发布") { (context: inout BuildContext) throws(BuildError) in
        do throws(PublishError) { try context.sink.commit() } catch { throw .publish(error) }
    }

    /// Runs page-stage work, whose errors are untyped, and names what it threw;
    /// the step ends when its files are written (on other threads), so a failed
    /// write is reported by the step that made the file.
    private static func write(to sink: StagingSink, _ body: () throws -> Void) throws(BuildError) {
        do {
            try body()
            try sink.finishWrites()
        } catch { throw BuildError.from(error) }
    }
}
