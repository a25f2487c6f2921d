import XFTemplates

/// Renders pages with the template set and writes them under `intranet/`:
/// the only place a dashboard page becomes bytes (the sink counts the files).
final class Renderer {
    let templates: TemplateSet
    let sink: PageSink

    init(templates: TemplateSet, sink: PageSink) {
        self.templates = templates
        self.sink = sink
    }

    func write(_ page: some DashboardPage) throws {
        try write(path: page.path, bytes: templates.renderBytes(type(of: page).template, page.model().templateValue))
    }

    /// A file under `intranet/` that is not a page (an asset).
    func write(path: String, bytes: [UInt8]) throws {
        try forward(SitePaths.output(path), bytes)
    }

    /// A file another renderer made (a batch rendered on another core), its path already in the site.
    func forward(_ sitePath: String, _ bytes: [UInt8]) throws {
        try sink.write(sitePath, bytes)
    }
}
