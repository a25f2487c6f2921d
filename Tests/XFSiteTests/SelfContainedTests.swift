import Foundation
import Testing
import XFTestSupport
import XFBuiltin

/// The `xfsite` executable alone is the whole program: templates, styles and
/// guides are built into it.
@Suite(.enabled(if: xfsiteExecutable != nil, "需要已编译的 xfsite（先运行 swift build）"))
struct SelfContainedTests {
    let xfsite = xfsiteExecutable!

    @Test func theExecutableAloneInAnEmptyFolderBuildsTheSameSiteAsTheRepository() throws {
        let repositoryBuild = try TemporaryFolder("repo-build").url
        let fromRepository = try runXfsite(xfsite, ["build", "--content", "content", "--templates", "site-templates",
                                                    "--output", repositoryBuild.appendingPathComponent("site").path],
                                           in: Repository.root)
        #expect(fromRepository.status == 0, "\(fromRepository.err)")

        let alone = try TemporaryFolder("alone").url
        let copy = alone.appendingPathComponent("xfsite")
        try FileManager.default.copyItem(at: xfsite, to: copy)
        try FileManager.default.copyItem(at: Repository.content, to: alone.appendingPathComponent("content"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: alone.path).sorted() == ["content", "xfsite"])
        let result = try runXfsite(copy, ["build"], in: alone)
        #expect(result.status == 0, "\(result.err)")
        let built = treeSnapshot(alone.appendingPathComponent("site"))
        #expect(built.count > 100)
        #expect(built == treeSnapshot(repositoryBuild.appendingPathComponent("site")))
    }

    @Test func theBuiltInSetIsTheTemplateFolderByteForByte() throws {
        let out = try TemporaryFolder("templates-out").url.appendingPathComponent("mine")
        let result = try runXfsite(xfsite, ["templates", "--output", out.path])
        #expect(result.status == 0)
        #expect(result.out.contains(BuiltinFiles.templateSetID))
        #expect(treeSnapshot(out) == treeSnapshot(Repository.templates))
        // Never over somebody's files.
        let again = try runXfsite(xfsite, ["templates", "--output", out.path])
        #expect(again.status != 0)
        #expect(again.err.contains("已存在且不是空的"))
        #expect(treeSnapshot(out) == treeSnapshot(Repository.templates))
    }

    @Test func aTemplatesFolderOverridesFileByFile() throws {
        let root = try TemporaryFolder("override").url
        let theme = root.appendingPathComponent("theme")
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("assets"), withIntermediateDirectories: true)
        let css = Data("/* 本局的样式 */ body { color: #111; }\n".utf8)
        try css.write(to: theme.appendingPathComponent("assets/dashboard.css"))
        let content = Repository.recordFixtures.appendingPathComponent("clean").path
        #expect(try runXfsite(xfsite, ["build", "--content", content, "--output", "plain"], in: root).status == 0)
        let result = try runXfsite(xfsite, ["build", "--content", content, "--templates", "theme", "--output", "themed"], in: root)
        #expect(result.status == 0, "\(result.err)")
        var plain = treeSnapshot(root.appendingPathComponent("plain"))
        let themed = treeSnapshot(root.appendingPathComponent("themed"))
        #expect(themed["intranet/assets/dashboard.css"] == css)
        plain["intranet/assets/dashboard.css"] = css
        #expect(plain == themed)
        // A broken override names the override file.
        try Data("{{#open}}\n".utf8).write(to: theme.appendingPathComponent("archive.html"))
        let broken = try runXfsite(xfsite, ["build", "--content", content, "--templates", "theme", "--output", "themed"], in: root)
        #expect(broken.status != 0)
        #expect(broken.err.contains("theme/archive.html"))
        #expect(treeSnapshot(root.appendingPathComponent("themed")) == themed)
    }
}
