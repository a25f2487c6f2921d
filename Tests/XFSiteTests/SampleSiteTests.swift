import Foundation
import Testing
import XFTestSupport
import XFRecords
@testable import XFSite

@Test func sampleSiteHasEveryPageTypeForEveryMonth() throws {
    let site = try sampleSite.get().appendingPathComponent("intranet")
    let all = Set(FileTree.paths(under: site))
    for page in ["index.html", "archive.html", "downloads.html", "quality.html", "assets/dashboard.css"] {
        #expect(all.contains(page), "\(page)")
    }
    let months = all.compactMap { $0.hasSuffix("/brief.html") ? $0.split(separator: "/")[1] : nil }.sorted()
    #expect(months.count == 25)
    #expect(months.first == "2023-11" && months.last == "2025-11")
    for month in months {
        for page in ["index.html", "overdue.html", "brief.html", "data/indicators.csv", "data/indicators.json"] {
            #expect(all.contains("snapshots/\(month)/\(page)"), "\(month)/\(page)")
        }
        #expect(all.filter { $0.hasPrefix("snapshots/\(month)/units/") }.count == 26)
        #expect(all.filter { $0.hasPrefix("snapshots/\(month)/domains/") }.count == 12)
    }
    let home = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(home.contains("<html lang=\"zh-CN\">"))
    #expect(home.contains("<meta name=\"viewport\""))
    #expect(home.contains("href=\"assets/dashboard.css\""))
    #expect(home.contains("2025年11月"))
    #expect(!home.contains("<script"))
}

@Test func everyLocalLinkAndImageResolves() throws {
    let site = try sampleSite.get()
    let result = LinkChecker.check(site: site)
    #expect(result.checked > 10_000)
    #expect(result.problems.isEmpty, "\(result.problems.prefix(10))")
}

@Test func linkCheckerFindsABrokenLink() throws {
    let folder = try TemporaryFolder("links").url
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
    try Data("<a href=\"../b.html#x\">b</a><img src=\"missing.png\" alt=\"\"><a href=\"http://x\">x</a>".utf8)
        .write(to: folder.appendingPathComponent("a/index.html"))
    try Data("<a href=\"a/index.html\">a</a>".utf8).write(to: folder.appendingPathComponent("b.html"))
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = LinkChecker.check(site: folder)
    #expect(result.problems.map(\.link).sorted() == ["http://x（不是相对链接）", "missing.png"])
}

@Test func aTemplateErrorFailsTheBuildWithFileLineAndColumn() throws {
    let root = try TemporaryFolder("templates")
    defer { root.remove() }
    let folder = root.appending("site-templates"), output = root.appending("site")
    try FileManager.default.copyItem(atPath: Repository.templates.path, toPath: folder.path)
    let page = folder.appendingPathComponent("archive.html")
    var text = try String(contentsOf: page, encoding: .utf8)
    text = text.replacingOccurrences(of: "{{head}}", with: "{{haed}}")
    try text.write(to: page, atomically: true, encoding: .utf8)
    let console = CapturingConsole()
    let code = CommandLineTool.run(["build", "--content", Repository.recordFixtures.appendingPathComponent("messy").path,
                                    "--output", output.path, "--templates", folder.path], console: console)
    #expect(code == .dataError)
    #expect(console.errors.contains("archive.html:13:"), "\(console.errors)")
    #expect(console.errors.contains("{{head}}"), "\(console.errors)")
    #expect(!FileManager.default.fileExists(atPath: output.path))
}

@Test func aMissingTemplateFolderIsReportedInChinese() {
    let console = CapturingConsole()
    let code = CommandLineTool.run(["build", "--content", Repository.recordFixtures.appendingPathComponent("messy").path,
                                    "--output", "/tmp/xf-never-\(UUID().uuidString)", "--templates", "/nonexistent/tpl"], console: console)
    #expect(code == .dataError)
    #expect(console.errors.contains("找不到模板文件夹"))
}
