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

    /// The size of the last page of each template, a little over: the next one's buffer.
    private var expectedSize: [String: Int] = [:]
    /// Sections over values the pages share, rendered once (`share`).
    private var memo: RenderMemo?

    /// The pages written next share `value` (a month's drill-down chrome).
    func share(_ value: TemplateValue) {
        memo = RenderMemo(sharing: [value])
    }

    func write(_ page: some DashboardPage) throws {
        let template = type(of: page).template
        let bytes = try templates.renderBytes(template, page.model().templateValue, capacity: expectedSize[template] ?? 0,
                                              memo: memo)
        expectedSize[template] = bytes.count + bytes.count / 8
        try write(path: page.path, bytes: bytes)
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
