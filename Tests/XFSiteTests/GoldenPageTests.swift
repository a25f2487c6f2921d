import Foundation
import Testing
import XFTestSupport
@testable import XFSite

/// Golden files for one page of every dashboard and public page type, for the
/// list of files a build writes, and for the command line's help and check text,
/// in Tests/Golden/XFSiteTests. A change to a template, a view model or a message
/// shows up here as a diff. After an intended change, re-record with
/// `XF_RECORD_GOLDEN=1 swift test --filter XFSiteTests` and review `git diff Tests/Golden`.
@Suite struct GoldenPageTests {
    /// The clean fixture plus two shipped guides, built in process, and a site whose
    /// cases table has no rows (the dashboard's empty page).
    static let sites: Result<(full: URL, empty: URL), any Error> = Result {
        let root = try TemporaryFolder("golden")
        let content = root.appending("content"), empty = root.appending("empty")
        try FileManager.default.copyItem(at: Repository.recordFixtures.appendingPathComponent("clean"), to: content)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("guides"), withIntermediateDirectories: true)
        // 06 prints its details in the boxes, 01 numbers its boxes and lists the details.
        for name in ["01-信访路线图.guide", "06-金融.guide"] {
            try FileManager.default.copyItem(at: Repository.content.appendingPathComponent("guides/" + name),
                                             to: content.appendingPathComponent("guides/" + name))
        }
        let header = try String(contentsOf: content.appendingPathComponent("cases/2024-01.csv"), encoding: .utf8)
            .split(separator: "\n")[0]
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("cases"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: content.appendingPathComponent("units.csv"), to: empty.appendingPathComponent("units.csv"))
        try Data((header + "\n").utf8).write(to: empty.appendingPathComponent("cases/2024-01.csv"))
        for (input, output) in [(content, "site"), (empty, "empty-site")] {
            let run = runTool(["build", "--content", input.path, "--output", root.appending(output).path,
                               "--templates", Repository.templates.path])
            guard run.code == .success else { throw BuildFailed(output: run.out + run.err) }
        }
        return (root.appending("site"), root.appending("empty-site"))
    }

    struct BuildFailed: Error { let output: String }

    static let latest = "snapshots/2024-02"

    /// One page of each type, named by where it lies in the site.
    static let dashboardPages = [
        "index.html", "archive.html", "quality.html", "downloads.html",
        "\(latest)/overdue.html", "\(latest)/brief.html",
        "snapshots/2024-01/index.html",
        "reports/index.html", "reports/2024/index.html", "reports/2024-Q1/index.html",
    ]
    static let publicPages = ["index.html", "booklet.html", "guide-06/index.html", "guide-06/poster-a3.html", "guide-06/booklet-a4.html",
                              "guide-01/poster-a3.html"]

    @Test(arguments: dashboardPages)
    func dashboardPage(_ path: String) throws {
        let site = try Self.sites.get().full
        Golden.assert(try bytes(site, "intranet/" + path), named: "site/intranet/" + path)
    }

    /// The drill-down pages of the first unit and the first domain (slugs are stable hashes of the names).
    @Test(arguments: ["units", "domains"])
    func scopePage(_ kind: String) throws {
        let site = try Self.sites.get().full
        let folder = site.appendingPathComponent("intranet/\(Self.latest)/\(kind)")
        let page = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first)
        Golden.assert(try bytes(site, "intranet/\(Self.latest)/\(kind)/\(page)"), named: "site/intranet/\(kind)-first.html")
    }

    @Test func emptyDashboardPage() throws {
        let site = try Self.sites.get().empty
        Golden.assert(try bytes(site, "intranet/index.html"), named: "empty-site/intranet/index.html")
    }

    @Test(arguments: publicPages)
    func publicPage(_ path: String) throws {
        let site = try Self.sites.get().full
        Golden.assert(try bytes(site, "public/" + path), named: "site/public/" + path)
    }

    /// Every file a build writes, so a page that appears or disappears shows up in review.
    @Test func filesOfTheBuiltSites() throws {
        let sites = try Self.sites.get()
        Golden.assert(FileTree.paths(under: sites.full).joined(separator: "\n") + "\n", named: "site-files.txt")
        Golden.assert(FileTree.paths(under: sites.empty).joined(separator: "\n") + "\n", named: "empty-site-files.txt")
    }

    @Test func helpTexts() {
        let main = runTool(["--help"]), build = runTool(["build", "--help"]), check = runTool(["check", "--help"])
        #expect(main.code == .success && build.code == .success && check.code == .success)
        Golden.assert(main.out + main.err, named: "cli/help.txt")
        Golden.assert(build.out + build.err, named: "cli/build-help.txt")
        Golden.assert(check.out + check.err, named: "cli/check-help.txt")
    }

    /// `check` on the messy fixture (encodings, aliases, personal-data columns), and on
    /// the same folder with a file of errors and a broken guide added; the temporary
    /// folder is cut from the text.
    @Test func checkTexts() throws {
        let root = try TemporaryFolder("golden-check")
        defer { root.remove() }
        let content = root.appending("content")
        try FileManager.default.copyItem(at: Repository.recordFixtures.appendingPathComponent("messy"), to: content)
        let clean = runTool(["check", "--content", content.path])
        #expect(clean.code == .success)
        Golden.assert(Self.relative(clean.out + clean.err, to: root), named: "cli/check-messy.txt")
        try root.write("content/cases/2024-03.csv", """
            信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位
            M-1,2024-02-30,来信,申诉求决,教育,城关镇
            M-2,2024-03-01,飞鸽,申诉求决,教育,城关镇
            M-3,2024-03-02,来访,申诉求决,教育,不存在的镇

            """)
        try root.write("content/guides/01-测试.guide", "标题：测试\n起点 start：开始\n步骤 register：登记\nstart -> regster：15日内\n")
        let broken = runTool(["check", "--content", content.path])
        #expect(broken.code == .dataError)
        Golden.assert(Self.relative(broken.out + broken.err, to: root), named: "cli/check-errors.txt")
    }

    static func relative(_ text: String, to root: TemporaryFolder) -> String {
        text.replacingOccurrences(of: root.path + "/", with: "")
    }

    private func bytes(_ site: URL, _ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: site.appendingPathComponent(path)))
    }
}
