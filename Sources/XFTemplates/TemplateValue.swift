/// The typed tree a template renders: view models become this through
/// `TemplateValueEncoder`, so rendering never inspects Swift values at run time.
public enum TemplateValue: Sendable, Equatable {
    case null
    case string(String)
    case integer(Int)
    case decimal(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    case markup(TrustedMarkup)

    /// Sections render for truthy values; inverted sections for the rest. Numbers
    /// (zero included) are truthy: a view model says "nothing" with a Bool or null.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .string(let text): !text.isEmpty
        case .list(let items): !items.isEmpty
        case .object(let object): !object.isEmpty
        case .markup(let markup): !markup.markup.isEmpty
        case .integer, .decimal: true
        }
    }
}

/// Fields in the order they were written: declaration order for structs, sorted
/// keys for dictionaries, so the same model always gives the same tree.
///
/// View-model objects have a handful of fields and a page builds thousands of
/// them, so fields live in one array searched in order; only large objects
/// (encoded dictionaries) also keep a hash index.
public struct TemplateObject: Sendable, Equatable {
    private var entries: [(key: String, value: TemplateValue)] = []
    private var indexByKey: [String: Int]?

    /// Above this many fields a lookup goes through `indexByKey`.
    private static let linearLimit = 16

    public init() {}

    public init(_ fields: [(String, TemplateValue)]) {
        entries.reserveCapacity(fields.count)
        for (key, value) in fields { self[key] = value }
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }
    public var fields: [(key: String, value: TemplateValue)] { entries }

    private func index(of key: String) -> Int? {
        if let indexByKey { return indexByKey[key] }
        return entries.firstIndex { $0.key == key }
    }

    /// Setting an existing key replaces its value in place and keeps its position.
    public subscript(key: String) -> TemplateValue? {
        get { index(of: key).map { entries[$0].value } }
        set {
            if let index = index(of: key) {
                if let newValue {
                    entries[index].value = newValue
                } else {
                    entries.remove(at: index)
                    reindex()
                }
            } else if let newValue {
                entries.append((key, newValue))
                if indexByKey != nil { indexByKey?[key] = entries.count - 1 } else if entries.count > Self.linearLimit { reindex() }
            }
        }
    }

    /// Used for dictionaries, whose iteration order changes from run to run.
    mutating func sortKeys() {
        entries.sort { $0.key < $1.key }
        reindex()
    }

    private mutating func reindex() {
        indexByKey = entries.count > Self.linearLimit
            ? Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0) }) : nil
    }

    public static func == (a: TemplateObject, b: TemplateObject) -> Bool {
        a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .decimal(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(nilLiteral: ()) { self = .null }
    public typealias Key = String
    public typealias Value = TemplateValue
    /// Literal keys keep the order they are written in.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(elements))
    }
}

/// Lets a view model embed a prepared value; other encoders see plain data.
extension TemplateValue: Encodable {
    private struct FieldKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let object):
            var container = encoder.container(keyedBy: FieldKey.self)
            for (key, value) in object.fields { try container.encode(value, forKey: FieldKey(stringValue: key)) }
        case .list(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        default:
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case .string(let text): try container.encode(text)
            case .integer(let number): try container.encode(number)
            case .decimal(let number): try container.encode(number)
            case .bool(let flag): try container.encode(flag)
            case .markup(let markup): try container.encode(markup)
            case .list, .object: break
            }
        }
    }
}
