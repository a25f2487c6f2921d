import XFIndicators
import XFRecords
import XFTemplates

/// What every page of the dashboard reads: the content, its figures, the slugs,
/// the templates, and the chrome factory. Built once per build.
struct SiteFacts {
    let content: Content
    let set: SnapshotSet
    let slugs: ScopeSlugs
    let templates: TemplateSet
    let chrome: ChromeFactory
    /// Published figures that later data changed, shown on their months' pages.
    let revisions: RevisionLog

    init(content: Content, set: SnapshotSet, templates: TemplateSet, revisions: RevisionLog = RevisionLog()) {
        self.content = content
        self.set = set
        self.templates = templates
        self.revisions = revisions
        slugs = ScopeSlugs(set.scopes)
        chrome = ChromeFactory(settings: content.settings, months: set.months,
                               cutoff: set.latest?.asOf)
    }

    /// Renders a page model with a template and writes it under `intranet/`.
    func write<Model: Encodable>(_ template: String, _ model: Model, path: String, to sink: PageSink) throws {
        try sink.write(SitePaths.output(path), templates.renderBytes(template, TemplateValueEncoder().encode(model)))
    }

    /// The same for the pages built most often, whose models prepare their own value tree.
    func write<Model: PreparedTemplateValue>(_ template: String, _ model: Model, path: String, to sink: PageSink) throws {
        try sink.write(SitePaths.output(path), templates.renderBytes(template, model.templateValue))
    }
}
