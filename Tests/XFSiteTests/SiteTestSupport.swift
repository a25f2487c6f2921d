import Foundation
@testable import XFSite
import XFPages

/// The repository root, for the shipped guides and templates.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardizedFileURL
let shippedContent = repositoryRoot.appendingPathComponent("content")
let shippedTemplates = repositoryRoot.appendingPathComponent("site-templates")
/// The small content folders of the record tests (clean/, messy/).
let recordFixtures = repositoryRoot.appendingPathComponent("Tests/XFRecordsTests/Fixtures")

func temporaryFolder(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xf-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

func runTool(_ arguments: [String]) -> (code: ExitCode, out: String, err: String) {
    let console = CapturingConsole()
    let code = CommandLineTool.run(arguments, console: console)
    return (code, console.output, console.errors)
}

/// Every regular file under `folder`, as paths relative to it, sorted.
func filesUnder(_ folder: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    var paths: [String] = []
    while let url = enumerator?.nextObject() as? URL {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
        paths.append(String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
    }
    return paths.sorted()
}

/// An external program found on PATH, or nil; browser tests skip without it.
func toolPath(_ name: String) -> String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Runs a program to its end; returns its exit status and standard output.
@discardableResult
func runProgram(_ path: String, _ arguments: [String]) throws -> (status: Int32, out: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

func skipNotice(_ test: String, missing: String) {
    print("跳过 \(test)：未安装 \(missing)（运行 .ci/install-test-tools 安装）。")
}
