import Foundation
import Testing
import XFSettings
import XFSource
import XFTestSupport
import XFGuides
import XFPages
import XFRecords
@testable import XFSite

private func shippedSite() throws -> (library: GuideFolder, sink: MemorySink) {
    let library = GuideFolder.load(contentDirectory: Repository.content)
    let sink = MemorySink()
    var settings = SiteSettings()
    settings.organisation = "测试县信访局"
    _ = try PublicSite.write(settings: settings, guides: library.guides,
                             theme: repositoryPublicTheme(), to: sink)
    return (library, sink)
}

@Test func everyShippedGuideGetsItsPagesWithOutlineBasisAndNotes() throws {
    let (library, sink) = try shippedSite()
    #expect(library.filesRead == 7)
    #expect(library.errorCount == 0)
    #expect(library.guides.map(\.slug) == (1...7).map { "guide-0\($0)" })
    let index = try #require(sink.text(SitePaths.Public.indexPath))
    #expect(index.contains("<title>测试县信访局信访导引</title>"))
    #expect(sink.files[SitePaths.Public.bookletPath] != nil && sink.files["public/assets/public.css"] != nil)
    for guide in library.guides {
        #expect(index.contains("href=\"\(guide.slug)/index.html\""))
        let page = try #require(sink.text(SitePaths.Public.guidePath(slug: guide.slug)))
        #expect(page.contains("<ol class=\"xf-guide-outline\">"))
        #expect(page.contains("aria-labelledby=\"\(guide.slug)-title \(guide.slug)-desc\""))
        #expect(page.contains("<summary>查看流程图</summary>"))
        #expect(page.contains("href=\"poster-a3.html\"") && page.contains("href=\"booklet-a4.html\""))
        #expect(page.contains("href=\"../assets/public.css\""))
        for node in guide.nodes {
            for basis in node.basis { #expect(page.contains(MarkupEscapeProbe.text(basis))) }
            // Notes still to be checked are shown, never dropped, on screen and on paper.
            for note in node.notes {
                #expect(page.contains(MarkupEscapeProbe.text(note)))
                let poster = try #require(sink.text("public/\(guide.slug)/poster-a3.html"))
                #expect(poster.contains(MarkupEscapeProbe.text(note)))
            }
        }
        // The shipped guides are verified: no notice, no band, and the law versions at the foot.
        #expect(!page.contains("标有“待核实”"))
        #expect(!(try #require(sink.text("public/\(guide.slug)/poster-a3.html"))).contains("核对中，请勿张贴"))
        #expect(page.contains(try #require(guide.versionLine)))
        #expect(try #require(sink.text("public/\(guide.slug)/booklet-a4.html")).contains(try #require(guide.versionLine)))
        #expect(!page.contains("class=\"xf-qr\""), "no QR code without public_url")
        #expect(try #require(sink.text("public/\(guide.slug)/poster-a3.html")).contains("@page { size: A3 portrait"))
        #expect(try #require(sink.text("public/\(guide.slug)/booklet-a4.html")).contains("@page { size: A4 portrait"))
    }
    let booklet = try #require(sink.text(SitePaths.Public.bookletPath))
    #expect(booklet.components(separatedBy: "<article class=\"sheet sheet-A4\">").count == 8)
}

@Test func unverifiedGuidesCarryTheBandAndPublicURLPutsAQRCodeOnEverySheet() throws {
    let source = "标题：甲\n起点 a：开始\n  备注：时限待核实。\n终点 b：结束\na -> b\n"
    let library = GuideFolder.parse(sources: ["guides/01-甲.guide": source, "guides/02-乙.guide": source.replacingOccurrences(of: "待核实", with: "已核对")])
    #expect(library.diagnostics.map(\.code) == ["guide.unverified"])
    let sink = MemorySink()
    var settings = SiteSettings()
    settings.publicURL = "https://www.example.org/xinfang/public/"
    _ = try PublicSite.write(settings: settings, guides: library.guides,
                             theme: repositoryPublicTheme(), to: sink)
    for paper in ["poster-a3", "booklet-a4"] {
        let pending = try #require(sink.text("public/guide-01/\(paper).html"))
        let verified = try #require(sink.text("public/guide-02/\(paper).html"))
        #expect(pending.contains("核对中，请勿张贴") && !verified.contains("核对中，请勿张贴"))
        #expect(verified.contains("https://www.example.org/xinfang/public/guide-02/index.html</span>"))
        #expect(verified.contains("class=\"xf-qr\""))
    }
    #expect(try #require(sink.text("public/guide-01/index.html")).contains("本图有1处标有“待核实”"))
}

@Test func publicPagesHaveNoScriptsAndNoAbsoluteLinks() throws {
    let first = try shippedSite().sink.files
    for (path, bytes) in first where path.hasSuffix(".html") {
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("<script"), "\(path)")
        for absolute in ["href=\"/", "src=\"/", "href=\"http", "src=\"http", "url(http", "@import"] {
            #expect(!text.contains(absolute), "\(path) 含有 \(absolute)")
        }
        #expect(path.hasPrefix("public/"))
    }
}

@Test func hostileGuideTextIsEscapedEverywhere() throws {
    let source = """
    标题：<script>alert("标题")</script>&amp;
    副标题："><img src=x onerror=alert(1)>
    导语：</p><iframe src="javascript:alert(2)">
    起点 a：</text></svg><script>alert(3)</script>
      依据：《条例》<b>第一条</b>
      备注：待核实 ]]><!-- -->
    终点 b：结束 & "引号" '单引号'
    a -> b：</tspan><svg onload=alert(4)>
    """
    let library = GuideFolder.parse(sources: ["guides/01-恶意.guide": source])
    #expect(library.errorCount == 0)
    let sink = MemorySink()
    var settings = SiteSettings()
    settings.organisation = "<b>局</b>"
    _ = try PublicSite.write(settings: settings, guides: library.guides,
                             theme: repositoryPublicTheme(), to: sink)
    #expect(sink.files.count == 6)
    for (path, bytes) in sink.files where path.hasSuffix(".html") {
        let text = String(decoding: bytes, as: UTF8.self)
        for raw in ["<script", "<img", "<iframe", "</text></svg>", "<svg onload", "<b>", "]]><!--"] {
            #expect(!text.contains(raw), "\(path) 含有未转义的 \(raw)")
        }
    }
    let page = try #require(sink.text("public/guide-01/index.html"))
    #expect(page.contains("&lt;script&gt;alert(&quot;标题&quot;)&lt;/script&gt;&amp;amp;")
            || page.contains("&lt;script&gt;alert(\"标题\")&lt;/script&gt;&amp;amp;"))
    #expect(page.contains("&lt;b&gt;局&lt;/b&gt;"))
}

@Test func duplicateAddressesAndBrokenGuidesAreLocatedErrors() {
    let good = "标题：甲\n起点 a：开始\n终点 b：结束\na -> b\n"
    let library = GuideFolder.parse(sources: [
        "guides/01-甲.guide": good,
        "guides/01-乙.guide": good,
        "guides/02-丙.guide": "起点 a：开始\n",
    ])
    #expect(library.filesRead == 3)
    // Byte order of names: 01-乙 (E4 B9 99) sorts before 01-甲 (E7 94 B2).
    #expect(library.guides.map(\.file) == ["guides/01-乙.guide"])
    let duplicate = library.diagnostics.first { $0.code == "guide.duplicate-slug" }
    #expect(duplicate?.location.position == "guides/01-甲.guide:1:1")
    #expect(duplicate?.message.contains("guides/01-乙.guide") == true)
    #expect(library.diagnostics.contains { $0.code == "guide.missing-title" && $0.location.file == "guides/02-丙.guide" })
}

@Test func gb18030GuideFilesAreReadLikeTheTables() throws {
    let folder = try TemporaryFolder("guides-gbk").url
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("guides"), withIntermediateDirectories: true)
    let text = "标题：农业农村领域导引图\n起点 a：发生纠纷\n终点 b：结束\na -> b：30日内\n"
    let gbk = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
    #expect(String(data: gbk, encoding: .utf8) == nil)
    try gbk.write(to: folder.appendingPathComponent("guides/05-农业.guide"))
    try Data("not a guide".utf8).write(to: folder.appendingPathComponent("guides/README.md"))
    let library = GuideFolder.load(contentDirectory: folder)
    #expect(library.filesRead == 1 && library.errorCount == 0)
    #expect(library.guides.first?.title == "农业农村领域导引图")
    #expect(library.guides.first?.edges.first?.label == "30日内")
}

@Test func checkListsGuidesAndBuildStopsOnAGuideError() throws {
    let folder = try TemporaryFolder("guide-check").url
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("guides"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("cases"), withIntermediateDirectories: true)
    try Data("名称\n城关镇\n".utf8).write(to: folder.appendingPathComponent("units.csv"))
    try Data("信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位\nA1,2024-02-01,来访,申诉求决,城乡建设,城关镇\n".utf8)
        .write(to: folder.appendingPathComponent("cases/a.csv"))
    try Data("标题：甲\n起点 a：开始\n终点 b：结束\na -> b\n".utf8).write(to: folder.appendingPathComponent("guides/01-甲.guide"))
    let clean = runTool(["check", "--content", folder.path])
    #expect(clean.code == .success)
    #expect(clean.out.contains("导引图 1 张"))
    let json = runTool(["check", "--content", folder.path, "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    #expect(object["guides"] as? Int == 1 && object["guideFiles"] as? Int == 1)
    try Data("标题：乙\n起点 a：开始\n终点 b：结束\na -> bb\n".utf8).write(to: folder.appendingPathComponent("guides/02-乙.guide"))
    let broken = runTool(["check", "--content", folder.path])
    #expect(broken.code == .dataError)
    #expect(broken.out.contains("导引图文件 2 个，其中 1 个有错误未能读取"))
    #expect(broken.out.contains("guides/02-乙.guide:4:"))
    #expect(broken.out.contains("修改方法："))
    let output = folder.appendingPathComponent("site")
    let build = runTool(["build", "--content", folder.path, "--output", output.path, "--templates", Repository.templates.path])
    #expect(build.code == .dataError)
    #expect(build.err.contains("guides/02-乙.guide:4:"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
}

@Test func intranetPagesLinkToThePublicIndexRelatively() {
    // From the site root's folder, and from a snapshot page inside intranet/ (root + "../").
    #expect(SitePaths.root(of: "index.html") + SitePaths.Public.indexPath == "public/index.html")
    #expect(SitePaths.root(of: "intranet/snapshots/2025-10/index.html") + SitePaths.Public.indexPath
            == "../../../public/index.html")
    #expect(SitePaths.Public.guidePath(slug: "guide-03") == "public/guide-03/index.html")
}

/// The escaping the pages use for text, spelled out so the test does not lean on
/// the code under test: `&`, `<`, `>` and quotes.
enum MarkupEscapeProbe {
    static func text(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
