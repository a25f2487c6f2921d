import XFDocuments
import XFIndicators
import XFTemplates

/// The intranet dashboard: every page of `site/intranet/` for a content set and
/// its figures, as a list of page kinds: per snapshot (what its pages share is
/// computed once, `SnapshotContext`) and once for the site. The home page is the
/// latest snapshot's overview.
public struct DashboardSite: Sendable {
    let data: DashboardData
    let templates: TemplateSet
    let assets: [(path: String, bytes: [UInt8])]

    public init(facts: ContentFacts, snapshots: SnapshotSet, templates: SiteTemplates, revisions: RevisionLog = RevisionLog()) {
        data = DashboardData(facts: facts, set: snapshots, revisions: revisions)
        self.templates = templates.set
        assets = templates.assets
    }

    /// Every page of one snapshot: overview (and home for the latest), drill-downs, overdue list and its CSV, brief.
    static func pages(of snapshot: Snapshot, isLatest: Bool, _ data: DashboardData, to renderer: Renderer) throws {
        let context = SnapshotContext(data: data, snapshot: snapshot)
        renderer.share(context.drillChromeValue)
        try renderer.write(SnapshotPage(context: context, asHome: false))
        if isLatest { try renderer.write(SnapshotPage(context: context, asHome: true)) }
        for scope in data.set.scopes.units { try renderer.write(ScopePage(context: context, scope: scope)) }
        for scope in data.set.scopes.domains { try renderer.write(ScopePage(context: context, scope: scope)) }
        try renderer.write(OverduePage(context: context))
        try renderer.write(path: SitePaths.overdueCSV(snapshot.month),
                           bytes: OverdueTableWriter.csv(unclosed: context.mostOverdue.unclosed,
                                                         unaccepted: context.mostOverdue.unaccepted, scopes: data.set.scopes))
        let brief = BriefPage(context: context)
        try renderer.write(brief)
        try renderer.write(path: SitePaths.briefDocument(snapshot.month), bytes: DocxWriter.bytes(brief.document()))
    }

    /// The pages of the whole site, after the snapshots.
    static func sitePages(_ data: DashboardData, to renderer: Renderer) throws {
        if data.set.snapshots.isEmpty { try renderer.write(EmptySitePage(data: data)) }
        try renderer.write(ArchivePage(data: data))
        try renderer.write(DownloadsPage(data: data))
        try renderer.write(QualityPage(data: data))
        if let csv = data.facts.report.skippedRowsCSV { try renderer.write(path: SitePaths.skippedRowsCSV, bytes: csv) }
    }

    /// Writes every page and asset (the sink counts them).
    public func write(to sink: PageSink) throws {
        let renderer = Renderer(templates: templates, sink: sink)
        for asset in assets { try renderer.write(path: "assets/" + asset.path, bytes: asset.bytes) }
        let snapshots = data.set.snapshots
        // Snapshots are independent: render them on all cores, write in month order.
        let data = self.data, templates = self.templates
        // A drill-down is some 40–50 KB; a month has one per unit and domain.
        let monthBytes = (data.set.scopes.unitCount + data.set.scopes.domainCount) * 48_000
        try ParallelBatches.run(count: snapshots.count, itemBytes: monthBytes, work: { position in
            let buffer = BufferSink()
            let outcome = Result {
                try Self.pages(of: snapshots[position], isLatest: position == snapshots.count - 1, data,
                               to: Renderer(templates: templates, sink: buffer))
            }
            return outcome.map { buffer.files }
        }, deliver: { _, outcome in
            for file in try outcome.get() { try renderer.forward(file.path, file.bytes) }
        })
        try Self.sitePages(data, to: renderer)
    }

    /// The period reports: pages, Word files and data files; returns the files written.
    public func writeReports(to sink: PageSink) throws -> Int {
        try ReportPage.writeAll(ReportSite(data: data, templates: templates), to: sink)
    }
}

/// A home page when there is nothing to show yet, so the site still opens.
struct EmptySitePage: DashboardPage {
    static let template = "empty"
    let data: DashboardData
    let path = SitePaths.home

    func model() -> TemplateValue {
        PageModel.make(data.chrome.chrome(path: path, title: "暂无数据", section: .latest), [:])
    }
}
