import XFIndicators
import XFRecords

/// The intranet dashboard: every page of `site/intranet/` for a content set and
/// its figures. Per snapshot, what pages share is computed once
/// (`SnapshotContext`); the home page is the latest snapshot's overview.
public struct DashboardSite {
    let facts: SiteFacts
    let assets: [(path: String, bytes: [UInt8])]

    public init(content: Content, snapshots: SnapshotSet, templates: SiteTemplates) {
        facts = SiteFacts(content: content, set: snapshots, templates: templates.set)
        assets = templates.assets
    }

    /// Writes every page and asset; returns the number of files written.
    public func write(to sink: PageSink) throws -> Int {
        var files = 0
        for asset in assets {
            try sink.write(SitePaths.output("assets/" + asset.path), asset.bytes)
            files += 1
        }
        let snapshots = facts.set.snapshots
        for (position, snapshot) in snapshots.enumerated() {
            let context = SnapshotContext(site: facts, snapshot: snapshot)
            try SnapshotPage.write(context, asHome: false, to: sink)
            if position == snapshots.count - 1 {
                try SnapshotPage.write(context, asHome: true, to: sink)
                files += 1
            }
            for scope in facts.set.scopes.units { try ScopePage.write(context, scope: scope, to: sink) }
            for scope in facts.set.scopes.domains { try ScopePage.write(context, scope: scope, to: sink) }
            try OverduePage.write(context, to: sink)
            try BriefPage.write(context, to: sink)
            files += 3 + facts.set.scopes.unitCount + facts.set.scopes.domainCount
        }
        if snapshots.isEmpty { try EmptySitePage.write(facts, to: sink); files += 1 }
        try ArchivePage.write(facts, to: sink)
        try DownloadsPage.write(facts, to: sink)
        try QualityPage.write(facts, to: sink)
        return files + 3
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
