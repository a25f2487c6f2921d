import Foundation
import Testing

/// Golden files: the expected bytes of an output, kept under
/// `Tests/Golden/<test target>/<name>`, compared byte for byte.
///
/// One rule: `XF_RECORD_GOLDEN=1` rewrites every golden file a test compares
/// (and the test passes); otherwise a missing file or any difference fails the
/// test with a unified diff of the first hunks. Re-record after an intended
/// change, then review `git diff Tests/Golden`:
///
///     XF_RECORD_GOLDEN=1 swift test
public enum Golden {
    public static let variable = "XF_RECORD_GOLDEN"
    public static let recordCommand = "XF_RECORD_GOLDEN=1 swift test"

    /// True when this run re-records instead of comparing.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment[variable] == "1" }

    /// The golden file `name` of the test target `filePath` lies in.
    public static func url(_ name: String, filePath: String = #filePath) -> URL {
        Repository.golden.appendingPathComponent(Repository.testTarget(of: filePath)).appendingPathComponent(name)
    }

    public static func assert(_ actual: String, named name: String,
                              filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        assert(Array(actual.utf8), named: name, filePath: filePath, sourceLocation: sourceLocation)
    }

    public static func assert(_ actual: [UInt8], named name: String,
                              filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = url(name, filePath: filePath)
        let shown = String(file.path.dropFirst(Repository.root.path.count + 1))
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual).write(to: file, options: .atomic)
            } catch {
                Issue.record("could not record \(shown): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = FileManager.default.contents(atPath: file.path) else {
            Issue.record("golden file \(shown) is missing. Record it with `\(recordCommand) --filter \(Repository.testTarget(of: filePath))`, then review it.",
                         sourceLocation: sourceLocation)
            return
        }
        guard [UInt8](expected) != actual else { return }
        let diff = UnifiedDiff.text(old: String(decoding: expected, as: UTF8.self), new: String(decoding: actual, as: UTF8.self),
                                    oldName: "a/" + shown, newName: "b/" + shown)
        Issue.record("""
            \(shown) differs from the output (- golden, + now):
            \(diff)
            If the change is intended, re-record with `\(recordCommand)` (or add `--filter \(Repository.testTarget(of: filePath))`) and review `git diff Tests/Golden`.
            """, sourceLocation: sourceLocation)
    }
}
