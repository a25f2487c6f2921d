import XFIndicators
import XFRecords

/// What the dashboard's pages read, and nothing they write through: the
/// content, its figures, the slugs, the chrome factory and the revision notes.
/// Built once per build and shared by every page.
struct DashboardData: Sendable {
    let content: Content
    let set: SnapshotSet
    let slugs: ScopeSlugs
    let chrome: ChromeFactory
    /// Published figures that later data changed, shown on their months' pages.
    let revisions: RevisionLog

    init(content: Content, set: SnapshotSet, revisions: RevisionLog = RevisionLog()) {
        self.content = content
        self.set = set
        self.revisions = revisions
        slugs = ScopeSlugs(set.scopes)
        chrome = ChromeFactory(settings: content.settings, months: set.months, cutoff: set.latest?.asOf)
    }
}
