import Foundation

/// Places in the repository the tests read from, found from this file's own path
/// (`Tests/XFTestSupport/Repository.swift`), so they hold wherever the clone is.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let content = root.appendingPathComponent("content")
    public static let templates = root.appendingPathComponent("site-templates")
    /// The small content folders `clean/` and `messy/` shared by the record and site tests.
    public static let recordFixtures = root.appendingPathComponent("Tests/XFRecordsTests/Fixtures")
    /// `Tests/Golden`: one folder per test target below it.
    public static let golden = root.appendingPathComponent("Tests/Golden")

    /// The test target a source file belongs to: the folder after `Tests/` in its path.
    static func testTarget(of filePath: String) -> String {
        let parts = filePath.split(separator: "/")
        guard let index = parts.lastIndex(of: "Tests"), index + 1 < parts.count else { return "Misc" }
        return String(parts[index + 1])
    }
}
