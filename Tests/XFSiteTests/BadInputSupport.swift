import Foundation
import XFTestSupport
import Testing
@testable import XFSite

/// A malformed content folder and the diagnostics `xfsite check` must give for it,
/// each written `code@file:line/column` (`-` for no column; `*` for any line).
struct BadInput: Sendable, CustomTestStringConvertible {
    let name: String
    let files: [String: [UInt8]]
    let expected: [String]
    /// Extra set-up the byte map cannot express: folders, symlinks.
    var prepare: (@Sendable (URL) throws -> Void)?

    var testDescription: String { name }
}

let corpusCaseHeader = "信访件编号,登记日期,信访形式,人数,内容分类,问题领域,责任单位,受理情况,受理日期,办结日期"
let corpusValidRow = "A1,2024-01-05,来访,1,申诉求决,城乡建设,城关镇,受理,2024-01-06,2024-01-20"
let corpusUnits = Array("名称,类型\n城关镇,镇街\n东关街道,镇街\n".utf8)

/// `units.csv` plus `cases/a.csv` made of the header and `rows`.
func casesFile(_ rows: String..., header: String = corpusCaseHeader) -> [String: [UInt8]] {
    ["units.csv": corpusUnits, "cases/a.csv": Array((([header] + rows).joined(separator: "\n") + "\n").utf8)]
}

/// `units.csv` plus `cases/a.csv` holding exactly `bytes`.
func casesBytes(_ bytes: [UInt8]) -> [String: [UInt8]] {
    ["units.csv": corpusUnits, "cases/a.csv": bytes]
}

/// A fresh content folder under the temporary directory, removed by `remove()`.
struct ContentFolder {
    let folder: TemporaryFolder
    var url: URL { folder.url }

    init(_ files: [String: [UInt8]]) throws {
        folder = try TemporaryFolder("bad")
        for (path, bytes) in files { try write(path, bytes) }
    }

    func write(_ path: String, _ bytes: [UInt8]) throws { try folder.write(path, Data(bytes)) }

    func remove() { folder.remove() }
}

/// What one `xfsite check` run printed, with the JSON report's problems decoded.
struct CheckRun {
    let code: ExitCode
    let text: String
    let json: String
    let problems: [[String: Any]]
    let errors: Int

    init(content path: String, json wantJSON: Bool = true) throws {
        let console = CapturingConsole()
        code = CommandLineTool.run(["check", "--content", path], console: console)
        text = console.output
        guard wantJSON else { json = ""; problems = []; errors = 0; return }
        let jsonConsole = CapturingConsole()
        let jsonCode = CommandLineTool.run(["check", "--content", path, "--format", "json"], console: jsonConsole)
        #expect(jsonCode == code)
        json = jsonConsole.output
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        problems = try #require(object["diagnostics"] as? [[String: Any]])
        errors = try #require(object["errors"] as? Int)
    }

    /// Every problem as `code@file:line/column`.
    var briefs: [String] {
        problems.map { p in
            "\(p["code"] as? String ?? "?")@\(p["file"] as? String ?? "?"):\(p["line"] as? Int ?? -1)/\(p["column"] as? String ?? "-")"
        }
    }

    func has(_ expected: String) -> Bool {
        guard let star = expected.range(of: ":*/") else { return briefs.contains(expected) }
        let prefix = expected[..<star.lowerBound] + ":", suffix = "/" + expected[star.upperBound...]
        return briefs.contains { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) }
    }
}

/// Any CJK ideograph: every message a clerk reads is Chinese.
func isChinese(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
}

/// C0 controls other than LF, DEL, C1 controls and invisible format characters must
/// never reach a terminal raw: they could move the cursor or hide text.
func hasRawControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { s in
        (s.value < 0x20 && s.value != 0x0A) || (0x7F...0x9F).contains(s.value) || s.value == 0xFEFF
            || (0x200B...0x200F).contains(s.value) || (0x202A...0x202E).contains(s.value)
    }
}
