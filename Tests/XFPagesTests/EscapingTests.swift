import Testing
import XFIndicators
@testable import XFPages

/// Hostile unit, domain, region and title names, and a hostile 信访件编号, on
/// every page type: they appear only escaped, and never reach a path.
@Test func hostileNamesAreEscapedOnEveryPageType() throws {
    let (sink, set) = try buildPages(hostileContent())
    let pages = sink.files.keys.filter { $0.hasSuffix(".html") }.sorted()
    let month = try #require(set.latest?.month)
    let slugs = ScopeSlugs(set.scopes)
    let expected = ["intranet/index.html", "intranet/archive.html", "intranet/downloads.html", "intranet/quality.html",
                    "intranet/" + SitePaths.snapshot(month), "intranet/" + SitePaths.overdue(month), "intranet/" + SitePaths.brief(month),
                    "intranet/" + SitePaths.unit(month, slug: slugs.units[0]), "intranet/" + SitePaths.domain(month, slug: slugs.domains[0])]
    for path in expected { #expect(pages.contains(path), "\(path)") }
    for path in pages {
        let html = try #require(sink.text(path))
        #expect(!html.contains("<script"), "\(path)")
        #expect(!html.contains("<i>&"), "\(path)")
        #expect(!html.contains("<b>区"), "\(path)")
        #expect(!html.contains("<id0>"), "\(path)")
        #expect(!html.contains("<领导>"), "\(path)")
        #expect(html.contains("看板 &lt;i&gt;&amp;&lt;/i&gt;"), "\(path)")
        // No attribute value is cut short by a quote from the data.
        #expect(!html.contains("\"quoted\" &amp; 'x'\""), "\(path)")
    }
    for path in sink.files.keys {
        #expect(!path.contains(".."), "\(path)")
        #expect(!path.contains("<") && !path.contains("\""), "\(path)")
    }
    let overview = try #require(sink.text("intranet/" + SitePaths.snapshot(month)))
    #expect(overview.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(overview.contains("\"quoted\" &amp; 'x'") || overview.contains("&quot;quoted&quot; &amp; &#39;x&#39;"))
    let overdue = try #require(sink.text("intranet/" + SitePaths.overdue(month)))
    #expect(overdue.contains("&lt;id"))
    let unitPage = try #require(sink.text("intranet/" + SitePaths.unit(month, slug: slugs.units[2])))
    #expect(unitPage.contains("<h1>../../etc"))
}

@Test func missingTemplateFolderIsAClearChineseError() {
    #expect {
        _ = try SiteTemplates(folder: "/nonexistent/site-templates")
    } throws: { error in
        "\(error)".contains("找不到模板文件夹") && "\(error)".contains("--templates")
    }
}
