import Foundation
import Glibc
import Testing
import XFTestSupport
@testable import XFSite

// The three faults a user could reach (issue 9): each test fails on the code
// before the fix (a trap, a silently reset log, Foundation's text).

@Test func seventyThousandUnitsWithoutUnitsCSVAreALocatedErrorNotATrap() throws {
    let root = try TemporaryFolder("many-units")
    defer { root.remove() }
    var csv = "信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位\n"
    csv.reserveCapacity(4_000_000)
    for number in 0..<70_000 { csv += "X-\(number),2024-01-05,来信,申诉求决,教育,单位\(number)\n" }
    try root.write("content/cases/2024-01.csv", csv)
    let run = runTool(["check", "--content", root.appending("content").path, "--format", "json"])
    #expect(run.code == .dataError)
    let report = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
    let problems = try #require(report?["diagnostics"] as? [[String: Any]])
    let first = try #require(problems.first { $0["code"] as? String == "content.too-many-units" })
    // The 65,537th name is on the row after 65,536 others and the header.
    #expect(first["file"] as? String == "cases/2024-01.csv")
    #expect(first["line"] as? Int == 65_538)
    #expect(first["column"] as? String == "责任单位")
    #expect((first["message"] as? String)?.contains("65536") == true)
    let total = problems.filter { $0["code"] as? String == "content.too-many-units" }.reduce(0) { $0 + ($1["count"] as? Int ?? 1) }
    #expect(total == 70_000 - 65_536)
}

@Test func aUnitsListLongerThanARecordCanIndexIsAnError() throws {
    let root = try TemporaryFolder("many-units-list")
    defer { root.remove() }
    var units = "名称,类型\n"
    for number in 0...65_536 { units += "单位\(number),镇街\n" }
    try root.write("content/units.csv", units)
    try root.write("content/cases/2024-01.csv", "信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位\nX-1,2024-01-05,来信,申诉求决,教育,单位1\n")
    let run = runTool(["check", "--content", root.appending("content").path])
    #expect(run.code == .dataError)
    #expect(run.out.contains("units.csv 列「名称」值「单位65536」 错误：责任单位超过 65536 个（共 65537 个）"), "\(run.out.suffix(600))")
}

/// A content folder built once, then its published revision log damaged.
private func publishedSite(_ name: String) throws -> (TemporaryFolder, URL, URL) {
    let root = try TemporaryFolder(name)
    let content = root.appending("content"), site = root.appending("site")
    try FileManager.default.copyItem(at: Repository.recordFixtures.appendingPathComponent("clean"), to: content)
    let first = runTool(["build", "--content", content.path, "--output", site.path, "--templates", Repository.templates.path])
    #expect(first.code == .success, "\(first.err)")
    return (root, content, site)
}

@Test func aDamagedRevisionLogStopsTheBuildAndKeepsTheOldSite() throws {
    let (root, content, site) = try publishedSite("damaged-log")
    defer { root.remove() }
    let log = site.appendingPathComponent("intranet/data/revisions.json")
    try Data(#"{"entries": [{"month": "2024-01", "revi"#.utf8).write(to: log)
    let before = try FileTree.paths(under: site).map { ($0, try Data(contentsOf: site.appendingPathComponent($0))) }

    let run = runTool(["build", "--content", content.path, "--output", site.path, "--templates", Repository.templates.path])
    #expect(run.code == .failure)
    #expect(run.err.contains("intranet/data/revisions.json"), "\(run.err)")
    #expect(run.err.contains("已损坏") && run.err.contains("从备份恢复该文件"), "\(run.err)")
    #expect(run.err.contains("原有网站保持不变"))
    let after = try FileTree.paths(under: site).map { ($0, try Data(contentsOf: site.appendingPathComponent($0))) }
    #expect(after.map(\.0) == before.map(\.0))
    #expect(after.map(\.1) == before.map(\.1), "the old site, its damaged log included, is exactly as it was")
    let parent = site.deletingLastPathComponent()
    #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent(".site.staging").path))
}

@Test func aLogThatIsNotTheLogsShapeIsDamagedToo() throws {
    let (root, content, site) = try publishedSite("wrong-log")
    defer { root.remove() }
    try Data(#"{"entries": [{"month": 7}]}"#.utf8).write(to: site.appendingPathComponent("intranet/data/revisions.json"))
    let run = runTool(["build", "--content", content.path, "--output", site.path, "--templates", Repository.templates.path])
    #expect(run.code == .failure)
    #expect(run.err.contains("revisions.json 已损坏"), "\(run.err)")
}

/// The shipped templates copied, so one asset can be spoiled.
private func templateCopy(_ root: TemporaryFolder) throws -> URL {
    let templates = root.appending("templates")
    try FileManager.default.copyItem(at: Repository.templates, to: templates)
    return templates
}

@Test func anUnreadableAssetIsAChineseMessageNamingTheFile() throws {
    let root = try TemporaryFolder("bad-asset")
    defer { root.remove() }
    let templates = try templateCopy(root)
    // A named pipe: unreadable as a file for root too (and the old code waited on it forever).
    let asset = templates.appendingPathComponent("assets/logo.png")
    #expect(mkfifo(asset.path, 0o644) == 0)
    let content = Repository.recordFixtures.appendingPathComponent("clean").path
    let build = runTool(["build", "--content", content, "--output", root.appending("site").path, "--templates", templates.path])
    #expect(build.code == .dataError)
    #expect(build.err.contains("assets/logo.png"), "\(build.err)")
    #expect(build.err.contains("无法读取模板文件：这不是普通文件"), "\(build.err)")
    #expect(!build.err.contains("NSCocoaErrorDomain") && !build.err.contains("Error Domain"))
    #expect(!FileManager.default.fileExists(atPath: root.appending("site").path))

    let check = runTool(["check", "--content", content, "--templates", templates.path])
    #expect(check.code == .dataError)
    #expect(check.out.contains("assets/logo.png 错误：无法读取模板文件"), "\(check.out)")
}

@Test func aTemplateFolderWithoutAssetsIsRefusedNotASiteWithoutStyles() throws {
    let root = try TemporaryFolder("no-assets")
    defer { root.remove() }
    let templates = try templateCopy(root)
    try FileManager.default.removeItem(at: templates.appendingPathComponent("assets"))
    let content = Repository.recordFixtures.appendingPathComponent("clean").path
    let check = runTool(["check", "--content", content, "--templates", templates.path])
    #expect(check.code == .dataError)
    #expect(check.out.contains("template.missing-assets") || check.out.contains("缺少样式表和图片所在的文件夹"), "\(check.out)")
}

@Test func checkFindsTemplateErrorsWithTheLineAndACaret() throws {
    let root = try TemporaryFolder("check-templates")
    defer { root.remove() }
    let templates = try templateCopy(root)
    let page = templates.appendingPathComponent("archive.html")
    let text = try String(contentsOf: page, encoding: .utf8)
    try (text + "\n<p>{{#months}}未闭合</p>\n").write(to: page, atomically: true, encoding: .utf8)
    let content = Repository.recordFixtures.appendingPathComponent("clean").path
    let check = runTool(["check", "--content", content, "--templates", templates.path])
    #expect(check.code == .dataError)
    #expect(check.out.contains("archive.html:"), "\(check.out)")
    #expect(check.out.contains("    <p>{{#months}}未闭合</p>"), "\(check.out)")
    #expect(check.out.contains("       ^"), "\(check.out)")
}

@Test func settingsProblemsShowTheLineWithACaret() throws {
    let root = try TemporaryFolder("settings-caret")
    defer { root.remove() }
    let content = root.appending("content")
    try FileManager.default.copyItem(at: Repository.recordFixtures.appendingPathComponent("clean"), to: content)
    try root.write("content/site.toml", "organisation = \"示例区信访局\"\n标题 = \"x\"\n")
    let check = runTool(["check", "--content", content.path, "--templates", Repository.templates.path])
    #expect(check.out.contains("site.toml:2:1"), "\(check.out)")
    #expect(check.out.contains("    标题 = \"x\"\n    ^"), "\(check.out)")
}
