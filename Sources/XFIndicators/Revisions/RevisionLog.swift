import Foundation
import XFCalendar
import XFRecords

/// Every figure that changed after leaders had seen it: for each revised month,
/// the data cut-off of the build that found the change (the note's date) and the
/// changed rows. Kept in the published site (`SitePaths.revisionLog`) and
/// carried forward by each build, so no revision is ever silent or forgotten.
public struct RevisionLog: Codable, Equatable, Sendable {
    /// One figure before and after, as `PublishedIndicators.Texts.summary` shows it.
    public struct Change: Codable, Equatable, Sendable {
        public var period: Period
        public var scopeKind: ScopeKind
        public var scope: String
        public var indicator: Indicator
        public var before: String
        public var after: String

        enum CodingKeys: String, CodingKey {
            case period, scope, indicator, before, after
            case scopeKind = "scope_type"
        }
    }

    public struct Entry: Codable, Equatable, Sendable {
        /// The snapshot month whose figures changed, `2025-09`.
        public var month: Month
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
    public func entries(for month: Month) -> [Entry] { entries.filter { $0.month == month } }

    /// Why a published log could not be taken over; the build stops rather than
    /// start a fresh log and erase every earlier note.
    public struct DecodeError: Error, Sendable, Equatable {
        /// Where the JSON stops making sense, in Chinese.
        public let reason: String
    }

    public static func decode(_ bytes: [UInt8]) throws(DecodeError) -> RevisionLog {
        do {
            return try JSONDecoder().decode(RevisionLog.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw DecodeError(reason: Self.reason(error))
        } catch {
            throw DecodeError(reason: "内容不是有效的 JSON")
        }
    }

    /// The decoder's finding in words for the message (its own text is English).
    static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            "内容不是有效的 JSON（可能被截断或手工改动过）"
        case .keyNotFound(let key, _):
            "缺少「\(key.stringValue)」项"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "「\(context.codingPath.map(\.stringValue).joined(separator: "."))」一项的内容不对"
        @unknown default:
            "内容不是本程序写出的修订记录格式"
        }
    }

    /// The log as published: sorted keys, two-space indent, a final line break.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }
}
