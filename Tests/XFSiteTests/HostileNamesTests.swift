import Foundation
import Testing
import XFTestSupport
@testable import XFSite
import XFTable

/// Names a clerk could type or an export could carry: markup, quotes, paths,
/// Windows device names, 100 characters. The script, if it ever ran, would mark
/// the page with an attribute whose name appears nowhere in the source.
private let script = "<script>document.documentElement.setAttribute('data-p'+'wned','1')</script>"
private let hostileUnits = [
    script, "<img src=x onerror=\"document.documentElement.setAttribute('data-p'+'wned','2')\">",
    "\"quoted\" & 'single' 镇", "../../etc/passwd", "CON", "aux.txt", "NUL:", "a/b\\c",
    String(repeating: "长", count: 100), String(repeating: "长", count: 99) + "短",
]
private let hostileDomain = "领域</title><svg onload=\"document.documentElement.setAttribute('data-p'+'wned','3')\">"

private func hostileSite() throws -> (root: URL, site: URL) {
    let root = try TemporaryFolder("hostile-names").url
    let content = root.appendingPathComponent("content")
    try FileManager.default.createDirectory(at: content.appendingPathComponent("cases"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: content.appendingPathComponent("publicity"), withIntermediateDirectories: true)
    var units = CSVWriter()
    units.writeRow(["名称", "类型", "简称"])
    for (index, name) in hostileUnits.enumerated() { units.writeRow([name, index % 2 == 0 ? "镇街" : "部门", name]) }
    try Data(units.bytes).write(to: content.appendingPathComponent("units.csv"))
    var domains = CSVWriter()
    domains.writeRow(["名称", "重点领域"])
    domains.writeRow([hostileDomain, "是"])
    domains.writeRow(["其他", "否"])
    try Data(domains.bytes).write(to: content.appendingPathComponent("domains.csv"))
    var cases = CSVWriter()
    cases.writeRow(["信访件编号", "登记日期", "信访形式", "内容分类", "问题领域", "责任单位"])
    for (index, unit) in hostileUnits.enumerated() {
        for month in 1...3 {
            cases.writeRow(["<b>X\(index)-\(month)</b>", "2024-0\(month)-0\(index % 9 + 1)", "来访", "申诉求决",
                            month == 2 ? hostileDomain : "其他", unit])
        }
    }
    try Data(cases.bytes).write(to: content.appendingPathComponent("cases/2024.csv"))
    var publicity = CSVWriter()
    publicity.writeRow(["日期", "活动名称", "形式", "镇街", "发放资料"])
    publicity.writeRow(["2024-03-02", script, "集中宣传", hostileUnits[3], "10"])
    try Data(publicity.bytes).write(to: content.appendingPathComponent("publicity/a.csv"))
    let site = root.appendingPathComponent("site")
    let build = runTool(["build", "--content", content.path, "--output", site.path, "--templates", Repository.templates.path])
    #expect(build.code == .success, "\(build.err)")
    return (root, site)
}

@Test func hostileNamesStayTextAndFilesStayInsideTheOutput() throws {
    let (root, site) = try hostileSite()
    // Nothing beside the content and the site, and every file a plain relative path.
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["content", "site"])
    let files = FileTree.paths(under: site)
    for path in files {
        #expect(!path.contains(".."))
        let lastComponent = (path as NSString).lastPathComponent.lowercased()
        #expect(!["con", "aux", "nul", "prn"].contains((lastComponent as NSString).deletingPathExtension))
    }
    // Each unit has its own drill-down folder in a month, so the two long names did not collide.
    let unitFolders = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("intranet/snapshots/2024-03/units").path)
    #expect(Set(unitFolders).count == hostileUnits.count)
    // Markup never appears unescaped in any page; the names are there as text.
    for path in files where path.hasSuffix(".html") || path.hasSuffix(".svg") {
        let text = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        #expect(!text.contains("<script>document"), "\(path)")
        #expect(!text.contains("<img src=x"), "\(path)")
        #expect(!text.contains("<svg onload"), "\(path)")
    }
    let home = try String(contentsOf: site.appendingPathComponent("intranet/snapshots/2024-03/index.html"), encoding: .utf8)
    #expect(home.contains("&lt;script&gt;document.documentElement"))
    // Word files (stored ZIP, so their XML is readable in the raw bytes) carry the names as escaped text.
    let documents = files.filter { $0.hasSuffix(".docx") }
    #expect(documents.contains { $0.hasPrefix("intranet/reports/") } && documents.contains { $0.hasPrefix("intranet/snapshots/") })
    for path in documents {
        let text = String(decoding: try Data(contentsOf: site.appendingPathComponent(path)), as: UTF8.self)
        #expect(!text.contains("<script>document") && !text.contains("<img src=x"), "\(path)")
    }
    let report = try #require(documents.first { $0.hasPrefix("intranet/reports/") && $0.hasSuffix("Q1.docx") })
    #expect(String(decoding: try Data(contentsOf: site.appendingPathComponent(report)), as: UTF8.self).contains("&lt;script&gt;document"))
    // CSV and JSON carry the exact names back.
    let csv = try Data(contentsOf: site.appendingPathComponent("intranet/snapshots/2024-03/data/indicators.csv"))
    struct Scopes: CSVRowHandler {
        var names: Set<String> = []
        mutating func handle(_ row: CSVRow) { if row.index > 0 { names.insert(row.string(4)) } }
    }
    var scopes = Scopes()
    #expect(CSVParser(file: "indicators.csv").parse(Array(csv.dropFirst(3)), into: &scopes).isEmpty)
    #expect(scopes.names.isSuperset(of: Set(hostileUnits + [hostileDomain])))
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("intranet/snapshots/2024-03/data/indicators.json"))) as? [String: Any]
    let rows = try #require(json?["rows"] as? [[String: Any]])
    #expect(Set(rows.compactMap { $0["scope"] as? String }).isSuperset(of: Set(hostileUnits)))
}

@Test(.enabled(if: ExternalTool.chromium != nil, "需要 chromium"))
func noScriptFromANameRunsInABrowser() throws {
    let chromium = try #require(ExternalTool.chromium)
    let (_, site) = try hostileSite()
    let intranet = site.appendingPathComponent("intranet")
    let units = try FileManager.default.contentsOfDirectory(atPath: intranet.appendingPathComponent("snapshots/2024-03/units").path).sorted()
    let domains = try FileManager.default.contentsOfDirectory(atPath: intranet.appendingPathComponent("snapshots/2024-02/domains").path).sorted()
    let pages = ["index.html", "archive.html", "quality.html", "snapshots/2024-03/overdue.html", "snapshots/2024-03/brief.html",
                 "reports/index.html", "reports/2024-Q1/index.html"]
        + units.map { "snapshots/2024-03/units/\($0)" } + domains.map { "snapshots/2024-02/domains/\($0)" }
    let profile = try TemporaryFolder("chromium").url
    defer { try? FileManager.default.removeItem(at: profile) }
    for page in pages {
        let result = try ExternalTool.run(chromium, ExternalTool.chromiumArguments(profile: profile) + [
            "--virtual-time-budget=2000", "--dump-dom", intranet.appendingPathComponent(page).absoluteString,
        ])
        #expect(result.out.contains("</html>"), "\(page) did not load")
        #expect(!result.out.contains("data-pwned"), "a script from a name ran on \(page)")
    }
}
