import Foundation
import Testing
import XFTestSupport
import XFBuiltin

/// `xfsite init` through the real executable: the new folder checks clean,
/// builds an explanatory empty site, and is never written over somebody's files.
@Suite(.enabled(if: xfsiteExecutable != nil, "需要已编译的 xfsite（先运行 swift build）"))
struct InitCommandTests {
    let xfsite = xfsiteExecutable!

    @Test func aNewContentFolderChecksCleanAndBuilds() throws {
        let root = try TemporaryFolder("init").url
        let made = try runXfsite(xfsite, ["init", "我的内容"], in: root)
        #expect(made.status == 0, "\(made.err)")
        let content = root.appendingPathComponent("我的内容")
        let files = FileTree.paths(under: content)
        for expected in ["site.toml", "units.csv", "domains.csv", "cases/模板-信访事项.xlsx", "receptions/模板-领导接访.xlsx",
                         "publicity/模板-普法宣传.xlsx", "guides/01-信访路线图.guide", "guides/README.md"] {
            #expect(files.contains(expected), "\(expected) in \(files)")
        }
        // One blank table per folder: with a .csv beside it a clerk could fill both and not know which counts.
        #expect(files.filter { $0.hasPrefix("cases/") || $0.hasPrefix("receptions/") || $0.hasPrefix("publicity/") }.count == 3)
        #expect(files.filter { $0.hasPrefix("guides/") && $0.hasSuffix(".guide") }.count == 7)
        // The guides are the shipped ones, byte for byte.
        for guide in BuiltinFiles.guides {
            #expect(FileManager.default.contents(atPath: content.appendingPathComponent("guides/" + guide.path).path)
                    == FileManager.default.contents(atPath: Repository.content.appendingPathComponent("guides/" + guide.path).path))
        }
        // UTF-8 with a byte order mark, so that Excel opens them as UTF-8.
        let domains = try Data(contentsOf: content.appendingPathComponent("domains.csv"))
        #expect(domains.starts(with: [0xEF, 0xBB, 0xBF] + Array("名称,重点领域\r\n城乡建设,是\r\n".utf8)))

        // The blank templates are read with zero errors; only hints, if any.
        let check = try runXfsite(xfsite, ["check", "--content", "我的内容"], in: root)
        #expect(check.status == 0, "\(check.out)\(check.err)")
        #expect(check.out.contains("cases/模板-信访事项.xlsx"))
        #expect(check.out.contains("receptions/模板-领导接访.xlsx"))
        #expect(check.out.contains("publicity/模板-普法宣传.xlsx"))
        #expect(check.out.contains("导引图 7 张"))
        #expect(!check.out.contains("错误："))

        let build = try runXfsite(xfsite, ["build", "--content", "我的内容", "--output", "site"], in: root)
        #expect(build.status == 0, "\(build.err)")
        let index = try String(contentsOf: root.appendingPathComponent("site/intranet/index.html"), encoding: .utf8)
        #expect(index.contains("暂无数据"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/public/index.html").path))
    }

    @Test func initNeverWritesIntoAFolderWithFiles() throws {
        let root = try TemporaryFolder("init-full").url
        let folder = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("units.csv"))
        let before = treeSnapshot(root)
        let result = try runXfsite(xfsite, ["init", "--output", "content"], in: root)
        #expect(result.status != 0)
        #expect(result.err.contains("已存在且不是空的"))
        #expect(treeSnapshot(root) == before)
    }
}
