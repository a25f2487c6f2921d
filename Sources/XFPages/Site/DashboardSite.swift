import XFIndicators
import XFRecords

/// The intranet dashboard: every page of `site/intranet/` for a content set and
/// its figures. Per snapshot, what pages share is computed once
/// (`SnapshotContext`); the home page is the latest snapshot's overview.
public struct DashboardSite: Sendable {
    let facts: SiteFacts
    let assets: [Asset]

    struct Asset: Sendable {
        let path: String
        let bytes: [UInt8]
    }

    public init(content: Content, snapshots: SnapshotSet, templates: SiteTemplates, revisions: RevisionLog = RevisionLog()) {
        facts = SiteFacts(content: content, set: snapshots, templates: templates.set, revisions: revisions)
        assets = templates.assets.map { Asset(path: $0.path, bytes: $0.bytes) }
    }

    /// Writes every page and asset (the sink counts them).
    public func write(to sink: PageSink) throws {
        for asset in assets {
            try sink.write(SitePaths.output("assets/" + asset.path), asset.bytes)
        }
        let snapshots = facts.set.snapshots
        // Snapshots are independent: render them on all cores, write in month order.
        let facts = self.facts
        try ParallelBatches.run(count: snapshots.count, work: { position in
            let buffer = BufferSink()
            let outcome = Result { try Self.writeSnapshot(facts, snapshots[position], isLatest: position == snapshots.count - 1, to: buffer) }
            return outcome.map { buffer.files }
        }, deliver: { _, outcome in
            for file in try outcome.get() {
                try sink.write(file.path, file.bytes)
            }
        })
        if snapshots.isEmpty { try EmptySitePage.write(facts, to: sink) }
        try ArchivePage.write(facts, to: sink)
        try DownloadsPage.write(facts, to: sink)
        try QualityPage.write(facts, to: sink)
    }

    /// Every page of one snapshot: overview (and home for the latest), drill-downs, overdue list and its CSV, brief.
    static func writeSnapshot(_ facts: SiteFacts, _ snapshot: Snapshot, isLatest: Bool, to sink: PageSink) throws {
        let context = SnapshotContext(site: facts, snapshot: snapshot)
        try SnapshotPage.write(context, asHome: false, to: sink)
        if isLatest { try SnapshotPage.write(context, asHome: true, to: sink) }
        for scope in facts.set.scopes.units { try ScopePage.write(context, scope: scope, to: sink) }
        for scope in facts.set.scopes.domains { try ScopePage.write(context, scope: scope, to: sink) }
        try OverduePage.write(context, to: sink)
        try sink.write(SitePaths.output(SitePaths.overdueCSV(snapshot.month)), OverdueDataFile.bytes(context))
        try BriefPage.write(context, to: sink)
    }
}

/// A home page when there is nothing to show yet, so the site still opens.
enum EmptySitePage {
    struct Model: Encodable {
        var root: String
        var chrome: PageChrome
    }

    static func write(_ site: SiteFacts, to sink: PageSink) throws {
        let chrome = site.chrome.chrome(path: SitePaths.home, title: "暂无数据", section: .latest)
        try site.write("empty", Model(root: "", chrome: chrome), path: SitePaths.home, to: sink)
    }
}
