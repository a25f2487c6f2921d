import Foundation
import Testing
import XFPages
import XFTestSupport

/// The public pages of the built sample: the index, the booklet, and each guide's
/// page, A3 poster and A4 booklet page.
private func publicPagesOfEveryGuide() throws -> [URL] {
    let site = try sampleSite.get()
    let folder = site.appendingPathComponent("public")
    let guides = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("guide-") }.sorted()
    try #require(!guides.isEmpty, "样例站点没有办事指南页面")
    return (["public/index.html", SitePaths.Public.bookletPath]
        + guides.flatMap { ["public/\($0)/index.html", "public/\($0)/poster-a3.html", "public/\($0)/booklet-a4.html"] })
        .map { site.appendingPathComponent($0) }
}

/// What the axe script prints for one page at one width (one JSON line).
private struct AxeResult: Decodable {
    struct Violation: Decodable {
        let id: String
        let impact: String
        let help: String
        let nodes: Int
        let targets: [String]
    }
    let page: String
    let width: Int
    let error: String?
    let tags: [String]?
    let passes: Int?
    let violations: [Violation]?
}

/// WCAG 2 A/AA as axe-core checks it: one page of every intranet and public page
/// type, at desktop width and at 375 px on a phone, in one headless Chromium
/// session driven by Selenium, with the `axe.min.js` that axe-selenium-python
/// ships injected into each page. Every page has 0 violations.
@Test(.enabled(if: ExternalTool.chromium != nil && ExternalTool.chromedriver != nil && ExternalTool.axe != nil,
               "需要 chromium、chromium-driver、selenium 和 axe-selenium-python：.ci/install-test-tools"))
func everyPageTypeHasNoAccessibilityViolations() throws {
    let chromium = try #require(ExternalTool.chromium), driver = try #require(ExternalTool.chromedriver)
    let python = try #require(ExternalTool.selenium), axe = try #require(ExternalTool.axe)
    let root = try sampleSite.get().standardizedFileURL.path + "/"
    let pages = try pagesOfEveryType() + publicPagesOfEveryGuide()
    let widths = [1366, 375]
    let folder = try TemporaryFolder("axe")
    defer { folder.remove() }
    let script = folder.appending("axe.py")
    try Data(axeProbe.utf8).write(to: script)
    let result = try ExternalTool.run(python, [script.path, chromium, driver, axe, widths.map(String.init).joined(separator: ",")]
                                      + pages.map(\.absoluteString))
    let results = result.out.split(separator: "\n").compactMap { try? JSONDecoder().decode(AxeResult.self, from: Data($0.utf8)) }
    #expect(results.count == pages.count * widths.count, "axe 脚本的输出不完整：\(result.out.suffix(1000))\n\(result.err.suffix(2000))")
    for page in results {
        let name = (URL(string: page.page)?.standardizedFileURL.path ?? page.page).replacingOccurrences(of: root, with: "")
        let at = "\(name)（\(page.width) px）"
        if let error = page.error {
            Issue.record("\(at)：axe 未能运行：\(error)")
            continue
        }
        // The rules of each tag the bundled axe knows run; WCAG 2.0 A and AA must be among them.
        #expect(Set(page.tags ?? []).isSuperset(of: ["wcag2a", "wcag2aa"]), "\(at)：axe 不认识的标签：\(page.tags ?? [])")
        #expect((page.passes ?? 0) > 0, "\(at)：axe 没有检查任何规则")
        for violation in page.violations ?? [] {
            let targets = violation.targets.joined(separator: "；")
            Issue.record("\(at)：\(violation.id)（\(violation.impact)）\(violation.help)：\(violation.nodes) 处，如 \(targets)")
        }
    }
}

/// Arguments: chromium, chromedriver, axe.min.js, the widths (comma-separated), the
/// page URLs. Prints one JSON line per width and page: the tags checked, the
/// number of rules passed and the violations (rule, impact, node count, the first
/// targets), or the error. axe-selenium-python 2.1.6, the newest on PyPI, ships
/// axe-core 3.1.1, which has no `wcag21a` tag (no rule of its own for WCAG 2.1
/// level A), so the requested tags it does not know are left out rather than
/// making `axe.run` fail.
private let axeProbe = """
import json, sys
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
chromium, chromedriver, axe_path, widths, pages = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
with open(axe_path, encoding="utf-8") as file:
    axe_source = file.read()
run = \"""
const done = arguments[arguments.length - 1];
const known = new Set([].concat(...axe.getRules().map(rule => rule.tags)));
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'].filter(tag => known.has(tag));
axe.run(document, {runOnly: {type: 'tag', values: tags}})
  .then(r => done({tags: tags, passes: r.passes.length, violations: r.violations.map(v => ({id: v.id, impact: v.impact || '',
    help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))}))
  .catch(error => done({error: String(error)}));
\"""
options = Options()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]:
    options.add_argument(argument)
options.binary_location = chromium
driver = webdriver.Chrome(service=Service(chromedriver), options=options)
driver.set_script_timeout(120)
try:
    for width in [int(w) for w in widths.split(",")]:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 800})
        for url in pages:
            try:
                driver.get(url)
                driver.execute_script(axe_source)
                result = driver.execute_async_script(run)
            except Exception as error:
                result = {"error": type(error).__name__ + ": " + (str(error).splitlines() or [""])[0]}
            result.update(page=url, width=width)
            print(json.dumps(result, ensure_ascii=False), flush=True)
finally:
    driver.quit()
"""
