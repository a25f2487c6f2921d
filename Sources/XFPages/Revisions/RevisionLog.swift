import Foundation

/// Every figure that changed after leaders had seen it: for each revised month,
/// the data cut-off of the build that found the change (the note's date) and the
/// changed rows. Kept in the published site (`intranet/data/revisions.json`) and
/// carried forward by each build, so no revision is ever silent or forgotten.
public struct RevisionLog: Codable, Equatable, Sendable {
    public static let path = "intranet/data/revisions.json"

    public struct Change: Codable, Equatable, Sendable {
        public var period: String
        public var scopeType: String
        public var scope: String
        public var indicator: String
        public var before: String
        public var after: String

        enum CodingKeys: String, CodingKey {
            case period, scope, indicator, before, after
            case scopeType = "scope_type"
        }
    }

    public struct Entry: Codable, Equatable, Sendable {
        /// The snapshot month whose figures changed, `2025-09`.
        public var month: String
        /// The data cut-off of the build that published the change: the note's date.
        public var revisedOn: String
        public var changes: [Change]

        enum CodingKeys: String, CodingKey {
            case month, changes
            case revisedOn = "revised_on"
        }
    }

    public var entries: [Entry] = []

    public init(entries: [Entry] = []) { self.entries = entries }

    /// The notes of one month, oldest first.
    public func entries(for month: String) -> [Entry] { entries.filter { $0.month == month } }

    public static func decode(_ bytes: [UInt8]) -> RevisionLog? {
        try? JSONDecoder().decode(RevisionLog.self, from: Data(bytes))
    }

    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8)) + [0x0A]
    }
}
