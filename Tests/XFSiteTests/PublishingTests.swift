import Foundation
import Testing
@testable import XFSite

/// Every file of a folder with its bytes, by relative path.
func folderContents(_ root: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = walker?.nextObject() as? URL {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        files[String(url.path.dropFirst(root.path.count))] = try? Data(contentsOf: url)
    }
    return files
}

private func build(_ content: URL, _ output: URL) -> ExitCode {
    CommandLineTool.run(["build", "--content", content.path, "--output", output.path], console: CapturingConsole())
}

@Test func sameContentGivesTheSameBytesUnderAnotherTimeZoneAndLocale() throws {
    let content = repositoryRoot.appendingPathComponent("content")
    let first = try temporaryFolder("det-a"), second = try temporaryFolder("det-b")
    #expect(build(content, first) == .success)
    let savedTZ = ProcessInfo.processInfo.environment["TZ"], savedLang = ProcessInfo.processInfo.environment["LANG"]
    setenv("TZ", "Pacific/Kiritimati", 1)
    setenv("LANG", "tr_TR.UTF-8", 1)
    tzset()
    defer {
        if let savedTZ { setenv("TZ", savedTZ, 1) } else { unsetenv("TZ") }
        if let savedLang { setenv("LANG", savedLang, 1) } else { unsetenv("LANG") }
        tzset()
    }
    #expect(build(content, second) == .success)
    let a = folderContents(first), b = folderContents(second)
    #expect(a.count > 10)
    #expect(a.keys.sorted() == b.keys.sorted())
    #expect(a.filter { b[$0.key] != $0.value }.keys.sorted() == [])
}

@Test func aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws {
    let root = try temporaryFolder("fail")
    let content = root.appendingPathComponent("content"), site = root.appendingPathComponent("site")
    try FileManager.default.copyItem(at: recordFixtures.appendingPathComponent("clean"), to: content)
    #expect(build(content, site) == .success)
    let before = folderContents(site)
    try Data("信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位\nX,2024-02-30,来信,建议,其他,城关镇\n".utf8)
        .write(to: content.appendingPathComponent("cases/2024-02z.csv"))
    #expect(build(content, site) == .dataError)
    #expect(folderContents(site) == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
        .filter { $0.hasPrefix(".site") && $0 != ".site.lock" }
    #expect(leftovers.isEmpty)
}

/// The `xfsite` executable built beside the test bundle, if any.
func builtExecutable(_ name: String = "xfsite") -> URL? {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [folder, folder.deletingLastPathComponent()] {
        let url = candidate.appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
}

@Test func aBuildKilledHalfwayLeavesThePreviousSiteWhole() throws {
    guard let executable = builtExecutable() else {
        print("跳过：找不到已编译的 xfsite（先运行 swift build）。")
        return
    }
    let root = try temporaryFolder("kill")
    let site = root.appendingPathComponent("site")
    let content = repositoryRoot.appendingPathComponent("content")
    #expect(build(content, site) == .success)
    let before = folderContents(site)
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
        #expect(folderContents(site) == before)
    }
    #expect(killedWhileStaging, "the build was killed while it was writing its staging folder")
    // The next build clears the leftover staging folder and publishes normally.
    #expect(build(content, site) == .success)
    #expect(!FileManager.default.fileExists(atPath: staging))
    #expect(folderContents(site) == before)
}
