import XFIndicators

/// What the dashboard's pages read, and nothing they write through: the facts
/// of the content (never the content itself), its figures, the slugs, the chrome
/// factory and the revision notes.
/// Built once per build and shared by every page.
struct DashboardData: Sendable {
    let facts: ContentFacts
    let set: SnapshotSet
    let slugs: ScopeSlugs
    let chrome: ChromeFactory
    /// Published figures that later data changed, shown on their months' pages.
    let revisions: RevisionLog

    init(facts: ContentFacts, set: SnapshotSet, revisions: RevisionLog = RevisionLog()) {
        self.facts = facts
        self.set = set
        self.revisions = revisions
        slugs = ScopeSlugs(set.scopes)
        chrome = ChromeFactory(settings: facts.settings, months: set.months, cutoff: set.latest?.asOf)
    }
}
