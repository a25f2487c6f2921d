import Glibc
import XFVocabulary

/// A closed list read from cells: canonical labels plus synonyms, matched on the
/// trimmed UTF-8 bytes (English words case-insensitively).
public struct VocabularyTable<Value: Sendable>: Sendable {
    let entries: [(bytes: [UInt8], value: Value)]
    /// The canonical labels, for messages: 应为「来信」「来访」「网上」「电话」之一.
    public let labels: [String]
    /// The entries of up to 16 bytes (all of DATA.md's), by their `ShortKey`.
    private let short: ShortKeyTable
    /// Whether any entry is longer than `ShortKey.maxCount` (then looked for by a scan).
    private let hasLongEntries: Bool

    init(_ pairs: [(String, Value)], labels: [String]) {
        entries = pairs.map { (Array($0.0.lowercased().utf8), $0.1) }
        self.labels = labels
        short = ShortKeyTable(entries.map(\.bytes))
        hasLongEntries = entries.contains { $0.bytes.count > ShortKey.maxCount }
    }

    public func lookup(_ cell: UnsafeBufferPointer<UInt8>) -> Value? {
        if cell.count <= ShortKey.maxCount {
            if let entry = short.find(cell) { return entries[entry].value }
        } else if hasLongEntries, let cellBase = cell.baseAddress {
            for entry in entries where entry.bytes.count == cell.count {
                if entry.bytes.withUnsafeBufferPointer({ ByteCompare.equal($0.baseAddress!, cellBase, cell.count) }) {
                    return entry.value
                }
            }
        }
        // English words may come capitalised (Y, TRUE); only then compare case-insensitively.
        guard cell.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
        outer: for entry in entries where entry.bytes.count == cell.count {
            for k in 0..<cell.count {
                var byte = cell[k]
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if byte != entry.bytes[k] { continue outer }
            }
            return entry.value
        }
        return nil
    }

    public var expected: String { labels.map { "「\($0)」" }.joined(separator: "") }
}

/// DATA.md's lists with their synonyms.
public enum Vocabulary {
    public static let channels = VocabularyTable<Channel>([
        ("来信", .letter), ("书信", .letter), ("传真", .letter),
        ("来访", .visit), ("走访", .visit),
        ("网上", .online), ("网上信访", .online), ("网信", .online), ("网络", .online), ("电子邮件", .online),
        ("电话", .phone), ("电话信访", .phone),
    ], labels: Channel.allCases.map(\.label))

    public static let categories = VocabularyTable<Category>([
        ("建议意见", .suggestion), ("建议", .suggestion), ("意见", .suggestion),
        ("检举控告", .accusation), ("检举", .accusation), ("控告", .accusation), ("揭发控告", .accusation),
        ("申诉求决", .claim), ("申诉", .claim), ("求决", .claim),
    ], labels: Category.allCases.map(\.label))

    public static let acceptances = VocabularyTable<Acceptance>([
        ("受理", .accepted), ("不予受理", .rejected),
    ], labels: ["受理", "不予受理"])

    public static let ratings = VocabularyTable<Rating>([
        ("满意", .satisfied), ("基本满意", .basicallySatisfied), ("不满意", .dissatisfied),
    ], labels: ["满意", "基本满意", "不满意"])

    public static let routes = VocabularyTable<Route>(
        Route.allCases.dropFirst().map { ($0.label, $0) }, labels: Route.allCases.dropFirst().map(\.label))

    public static let unitKinds = VocabularyTable<UnitKind>(
        UnitKind.allCases.map { ($0.label, $0) }, labels: UnitKind.allCases.map(\.label))

    public static let activityKinds = VocabularyTable<ActivityKind>(
        ActivityKind.allCases.map { ($0.label, $0) }, labels: ActivityKind.allCases.map(\.label))

    public static let booleans = VocabularyTable<Bool>([
        ("是", true), ("否", false), ("y", true), ("n", false), ("yes", true), ("no", false),
        ("1", true), ("0", false), ("true", true), ("false", false), ("√", true), ("×", false),
    ], labels: ["是", "否"])
}
