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
    /// Template folder inside `site-templates/`, and the stylesheet there (the
    /// output paths are `SitePaths.Public`).
    public static let templateFolder = "public"
    public static let stylesheetSource = "assets/public.css"

    /// The templates (`public/`) and the stylesheet of the site's template files,
    /// read with the dashboard's by `Theme.load(files:)`.
    public struct Theme: Sendable {
        public let templates: TemplateSet
        public let stylesheet: [UInt8]

        public struct MissingStylesheet: Error, CustomStringConvertible {
            public let path: String
            public var description: String { "找不到公开页面的样式表 \(path)。请确认模板文件夹完整（可从程序仓库的 site-templates/ 复制）。" }
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
        try sink.write(SitePaths.Public.stylesheetPath, theme.stylesheet)
        count += 1
        try page(SitePaths.Public.indexPath, "index", pages.index())
        for (position, guide) in guides.enumerated() {
            let folder = "\(SitePaths.Public.folder)/\(guide.slug)"
            try page(SitePaths.Public.guidePath(slug: guide.slug), "guide", pages.guidePage(at: position))
            try page("\(folder)/\(PrintSheet.Paper.a3.pageName)", "poster-a3", pages.printPage(guide, paper: .a3))
            try page("\(folder)/\(PrintSheet.Paper.a4.pageName)", "booklet-a4", pages.printPage(guide, paper: .a4))
        }
        try page(SitePaths.Public.bookletPath, "booklet-a4", pages.booklet())
        return count
    }
}
