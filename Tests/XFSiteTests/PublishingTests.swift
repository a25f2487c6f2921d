import Foundation
import Testing
import XFTestSupport
@testable import XFSite

private func build(_ content: URL, _ output: URL) -> ExitCode {
    CommandLineTool.run(["build", "--content", content.path, "--output", output.path], console: CapturingConsole())
}

/// The real risk to "same input, same bytes" is iteration order that depends on
/// the per-process hash seed (Dictionary, Set), or on the locale or time zone: so
/// the built `xfsite` runs twice, in two child processes (two random hash seeds)
/// with different TZ and LANG, on the shipped sample (every page type, rankings
/// over many units, all guides), and every byte of the two trees must agree.
@Test(.enabled(if: ExternalTool.built("xfsite") != nil, "需要已编译的 xfsite（swift build）"))
func twoProcessesUnderDifferentTimeZonesAndLocalesBuildTheSameBytes() throws {
    let executable = try #require(ExternalTool.built("xfsite"))
    let root = try TemporaryFolder("det")
    defer { root.remove() }
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_DETERMINISTIC_HASHING"] = nil
    let runs = [("Pacific/Kiritimati", "tr_TR.UTF-8"), ("America/St_Johns", "C")]
    var trees: [[String: Data]] = []
    for (index, (zone, language)) in runs.enumerated() {
        environment["TZ"] = zone
        environment["LANG"] = language
        environment["LC_ALL"] = language
        let output = root.appending("site-\(index)")
        let result = try ExternalTool.run(executable.path, ["build", "--content", Repository.content.path, "--output", output.path,
                                                                 "--templates", Repository.templates.path],
                                          environment: environment)
        #expect(result.status == 0, "\(result.out)\n\(result.err)")
        trees.append(FileTree.contents(of: output))
    }
    #expect(trees[0].count > 1_000)
    #expect(trees[0].keys.sorted() == trees[1].keys.sorted())
    #expect(trees[0].filter { trees[1][$0.key] != $0.value }.keys.sorted() == [])
}

@Test func aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws {
    let folder = try TemporaryFolder("fail")
    defer { folder.remove() }
    let root = folder.url
    let content = root.appendingPathComponent("content"), site = root.appendingPathComponent("site")
    try FileManager.default.copyItem(at: Repository.recordFixtures.appendingPathComponent("clean"), to: content)
    #expect(build(content, site) == .success)
    let before = FileTree.contents(of: site)
    try Data("信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位\nX,2024-02-30,来信,建议,其他,城关镇\n".utf8)
        .write(to: content.appendingPathComponent("cases/2024-02z.csv"))
    #expect(build(content, site) == .dataError)
    #expect(FileTree.contents(of: site) == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site") }
    #expect(leftovers.isEmpty)
}

@Test(.enabled(if: ExternalTool.built("xfsite") != nil, "需要已编译的 xfsite（swift build）"))
func aBuildKilledHalfwayLeavesThePreviousSiteWhole() throws {
    let executable = try #require(ExternalTool.built("xfsite"))
    let folder = try TemporaryFolder("kill")
    defer { folder.remove() }
    let root = folder.url
    let site = root.appendingPathComponent("site")
    let content = Repository.root.appendingPathComponent("content")
    #expect(build(content, site) == .success)
    let before = FileTree.contents(of: site)
    var killedWhileStaging = false
    let staging = root.appendingPathComponent(".site.staging").path
    for _ in 0..<5 where !killedWhileStaging {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["build", "--content", content.path, "--output", site.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it the moment it starts writing, so the kill lands mid-write.
        while process.isRunning && !FileManager.default.fileExists(atPath: staging) { usleep(200) }
        killedWhileStaging = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(FileTree.contents(of: site) == before)
    }
    #expect(killedWhileStaging, "the build was killed while it was writing its staging folder")
    // The next build clears the leftover staging folder and publishes normally.
    #expect(build(content, site) == .success)
    #expect(!FileManager.default.fileExists(atPath: staging))
    #expect(FileTree.contents(of: site) == before)
}
