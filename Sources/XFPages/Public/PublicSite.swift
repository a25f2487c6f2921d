import Foundation
import XFGuides
import XFSettings
import XFTemplates

/// The public guidance pages under `site/public/`: an index, one page per guide
/// with an A3 poster and an A4 booklet page to print, and a booklet of all
/// guides. Built from the site settings and the guides only, never from case,
/// reception or publicity data, so the folder can be published as it is.
///
/// Every link is relative, so the pages work from `file://` and under a sub-path.
public enum PublicSite {
    /// The public tree inside the site.
    public static let folder = "public"
    /// The guidance index, relative to the site root: link to it from the intranet.
    public static let indexPath = "public/index.html"
    public static let bookletPath = "public/booklet.html"
    /// Template folder inside `site-templates/`, and the stylesheet there.
    public static let templateFolder = "public"
    public static let stylesheetSource = "assets/public.css"
    static let stylesheetPath = "public/assets/public.css"

    /// A guide's page, relative to the site root (`public/guide-01/index.html`).
    public static func guidePath(slug: String) -> String { "\(folder)/\(slug)/index.html" }

    /// `path` (relative to the site root) as a link from the page at `page`,
    /// e.g. `indexPath` from `intranet/snapshots/2025-10/index.html`
    /// is `../../../public/index.html`.
    public static func href(to path: String, fromPageAt page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1) + path
    }

    /// The templates and the stylesheet, read from the site's template folder.
    public struct Theme: Sendable {
        public let templates: TemplateSet
        public let stylesheet: [UInt8]

        public init(templates: TemplateSet, stylesheet: [UInt8]) {
            self.templates = templates
            self.stylesheet = stylesheet
        }

        public struct MissingStylesheet: Error, CustomStringConvertible {
            public let path: String
            public var description: String { "找不到公开页面的样式表 \(path)。请确认模板文件夹完整（可从程序仓库的 site-templates/ 复制）。" }
        }

        /// Reads `siteTemplates/public/` and `siteTemplates/assets/public.css`.
        public static func load(siteTemplates: URL) throws -> Theme {
            let templates = try TemplateSet(directory: siteTemplates.appendingPathComponent(templateFolder).path)
            let css = siteTemplates.appendingPathComponent(stylesheetSource)
            guard let data = FileManager.default.contents(atPath: css.path) else { throw MissingStylesheet(path: css.path) }
            return Theme(templates: templates, stylesheet: [UInt8](data))
        }
    }

    /// Writes every public page and asset; returns the number of files written.
    public static func write(settings: SiteSettings, guides: [Guide], theme: Theme, to sink: PageSink) throws -> Int {
        let pages = PublicPageBuilder(organisation: settings.organisation, guides: guides, publicURL: settings.publicURL)
        var count = 0
        func page(_ path: String, _ template: String, _ model: some TemplateModel) throws {
            try sink.write(path, try theme.templates.renderBytes(template, model.templateValue))
            count += 1
        }
        try sink.write(stylesheetPath, theme.stylesheet)
        count += 1
        try page(indexPath, "index", pages.index())
        for (position, guide) in guides.enumerated() {
            let folder = "\(Self.folder)/\(guide.slug)"
            try page(guidePath(slug: guide.slug), "guide", pages.guidePage(at: position))
            try page("\(folder)/\(PrintSheet.Paper.a3.pageName)", "poster-a3", pages.printPage(guide, paper: .a3))
            try page("\(folder)/\(PrintSheet.Paper.a4.pageName)", "booklet-a4", pages.printPage(guide, paper: .a4))
        }
        try page(bookletPath, "booklet-a4", pages.booklet())
        return count
    }
}
