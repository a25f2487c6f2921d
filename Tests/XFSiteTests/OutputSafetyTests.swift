import Foundation
import Testing
import XFTestSupport

/// Output safety through the real executable: every refusal changes nothing,
/// concurrent builds are refused, rollback restores byte for byte.
@Suite(.enabled(if: xfsiteExecutable != nil, "需要已编译的 xfsite（先运行 swift build）"))
struct OutputSafetyTests {
    let xfsite = xfsiteExecutable!
    let clean = Repository.recordFixtures.appendingPathComponent("clean")

    /// A folder holding a copy of the small clean content as `content/`.
    func workspace(_ name: String) throws -> URL {
        let root = try TemporaryFolder(name).url
        try FileManager.default.copyItem(at: clean, to: root.appendingPathComponent("content"))
        return root
    }

    /// Runs a build that must be refused; checks the message and that nothing
    /// under `protected` changed.
    func expectRefused(_ arguments: [String], in folder: URL, protecting protected: URL, saying words: String,
                       environment: [String: String]? = nil) throws {
        let before = treeSnapshot(protected)
        let result = try runXfsite(xfsite, arguments, in: folder, environment: environment)
        #expect(result.status != 0)
        #expect(result.err.contains(words), "\(arguments): \(result.err)")
        #expect(result.err.contains("修改方法："))
        #expect(treeSnapshot(protected) == before, "\(arguments) changed \(protected.path)")
    }

    @Test func aFolderWithSomebodysFilesIsRefusedAndUntouched() throws {
        let root = try workspace("foreign")
        let report = root.appendingPathComponent("报告")
        try FileManager.default.createDirectory(at: report, withIntermediateDirectories: true)
        try Data("my report".utf8).write(to: report.appendingPathComponent("my-report.docx"))
        try expectRefused(["build", "--content", "content", "--output", "报告"], in: root, protecting: root,
                          saying: "不是 xfsite 生成的文件（my-report.docx）")
        // An empty subfolder counts as somebody's too.
        let empty = root.appendingPathComponent("empty-sub")
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("keep"), withIntermediateDirectories: true)
        try expectRefused(["build", "--content", "content", "--output", "empty-sub"], in: root, protecting: root,
                          saying: "keep/")
        // A file instead of a folder.
        try Data("x".utf8).write(to: root.appendingPathComponent("a-file"))
        try expectRefused(["build", "--content", "content", "--output", "a-file"], in: root, protecting: root,
                          saying: "这是一个文件")
    }

    @Test func theContentAndTemplatesFoldersAndTheirParentsAreRefused() throws {
        let root = try workspace("protected")
        try FileManager.default.copyItem(at: Repository.templates, to: root.appendingPathComponent("my-templates"))
        try expectRefused(["build", "--content", "content", "--output", "content"], in: root, protecting: root,
                          saying: "就是内容文件夹")
        try expectRefused(["build", "--content", "content", "--output", "./content/../content/"], in: root,
                          protecting: root, saying: "就是内容文件夹")
        try expectRefused(["build", "--content", root.appendingPathComponent("content").path, "--output", root.path],
                          in: root.deletingLastPathComponent(), protecting: root, saying: "包含内容文件夹")
        try expectRefused(["build", "--content", "content", "--templates", "my-templates", "--output", "my-templates"],
                          in: root, protecting: root, saying: "就是模板文件夹")
        // A link to the content folder is the content folder.
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link"),
                                                   withDestinationURL: root.appendingPathComponent("content"))
        try expectRefused(["build", "--content", "content", "--output", "link"], in: root, protecting: root,
                          saying: "内容文件夹")
    }

    @Test func theCurrentFolderWithContentTheHomeFolderAndTheRootAreRefused() throws {
        let root = try workspace("places")
        let content = root.appendingPathComponent("content")
        try expectRefused(["build", "--content", ".", "--output", "."], in: content, protecting: root,
                          saying: "内容文件夹")
        // The current folder holds content even when --content points elsewhere.
        let other = try workspace("places-other").appendingPathComponent("content")
        try expectRefused(["build", "--content", other.path, "--output", "."], in: content, protecting: root,
                          saying: "这里放着内容数据")
        let home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        try expectRefused(["build", "--content", content.path, "--output", "~".replacingOccurrences(of: "~", with: home.path)],
                          in: root, protecting: root, saying: "主文件夹", environment: environment)
        let result = try runXfsite(xfsite, ["build", "--content", content.path, "--output", "/"], in: root)
        #expect(result.status != 0)
        #expect(result.err.contains("根目录"))
    }

    @Test func aSiteWithAnAddedFileOrAForeignPreviousIsRefused() throws {
        let root = try workspace("site-extra")
        #expect(try runXfsite(xfsite, ["build", "--content", "content", "--output", "site"], in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/.xfsite-site").path))
        let extra = root.appendingPathComponent("site/intranet/我的笔记.txt")
        try Data("note".utf8).write(to: extra)
        try expectRefused(["build", "--content", "content", "--output", "site"], in: root, protecting: root,
                          saying: "intranet/我的笔记.txt")
        try FileManager.default.removeItem(at: extra)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("site.previous"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: root.appendingPathComponent("site.previous/keep.txt"))
        try expectRefused(["build", "--content", "content", "--output", "site"], in: root, protecting: root,
                          saying: "keep.txt")
        try expectRefused(["rollback", "--output", "site"], in: root, protecting: root.appendingPathComponent("site"),
                          saying: "不是 xfsite 保留的上一版网站")
    }

    @Test func aSecondConcurrentBuildIsRefusedAndTheFirstPublishes() throws {
        let root = try TemporaryFolder("concurrent").url
        let content = Repository.root.appendingPathComponent("content")
        let first = Process()
        first.executableURL = xfsite
        first.arguments = ["build", "--content", content.path, "--output", root.appendingPathComponent("site").path]
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        let staging = root.appendingPathComponent(".site.staging").path
        while first.isRunning && !FileManager.default.fileExists(atPath: staging) { usleep(500) }
        #expect(first.isRunning, "the first build was still running when the second started")
        let second = try runXfsite(xfsite, ["build", "--content", content.path, "--output", "site"], in: root)
        first.waitUntilExit()
        #expect(second.status != 0)
        #expect(second.err.contains("另一个 xfsite 正在生成"))
        #expect(first.terminationStatus == 0)
        let marker = try String(contentsOf: root.appendingPathComponent("site/.xfsite-site"), encoding: .utf8)
        let listed = marker.split(separator: "\n").dropFirst(2).map(String.init)
        #expect(listed == FileTree.paths(under: root.appendingPathComponent("site")).filter { $0 != ".xfsite-site" })
    }

    @Test func rollbackRestoresThePreviousSiteByteForByte() throws {
        let root = try workspace("rollback")
        let site = root.appendingPathComponent("site")
        #expect(try runXfsite(xfsite, ["build", "--content", "content", "--output", "site"], in: root).status == 0)
        let first = treeSnapshot(site)
        try Data("title = \"改过标题的看板\"\n".utf8).write(to: root.appendingPathComponent("content/site.toml"))
        #expect(try runXfsite(xfsite, ["build", "--content", "content", "--output", "site"], in: root).status == 0)
        let second = treeSnapshot(site)
        #expect(second != first)
        #expect(treeSnapshot(root.appendingPathComponent("site.previous")) == first)
        let back = try runXfsite(xfsite, ["rollback", "--output", "site"], in: root)
        #expect(back.status == 0)
        #expect(treeSnapshot(site) == first)
        #expect(treeSnapshot(root.appendingPathComponent("site.previous")) == second)
        // Rolling back again undoes the rollback.
        #expect(try runXfsite(xfsite, ["rollback", "--output", "site"], in: root).status == 0)
        #expect(treeSnapshot(site) == second)
        // Nothing to roll back to: says so, changes nothing.
        let fresh = try workspace("rollback-none")
        try expectRefused(["rollback", "--output", "site"], in: fresh, protecting: fresh, saying: "没有可以恢复的上一版网站")
    }
}
