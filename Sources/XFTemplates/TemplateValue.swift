/// The typed tree a template renders: view models become this through their
/// declared fields (`TemplateModel`), so rendering never inspects Swift values at run time.
public enum TemplateValue: Sendable, Equatable {
    case null
    case string(String)
    case integer(Int)
    case decimal(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    case markup(TrustedMarkup)

    /// The field `key` of an object; nil for a missing field or any other value.
    func field(named key: String) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// This object with `key` set to `value` (its other fields shared, not copied
    /// deeply); any other value is returned as it is.
    public func setting(_ key: String, to value: TemplateValue) -> TemplateValue {
        guard case .object(var object) = self else { return self }
        object[key] = value
        return .object(object)
    }

    /// Sections render for truthy values; inverted sections for the rest. Numbers
    /// (zero included) are truthy: a view model says "nothing" with a Bool or null.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .string(let text): !text.isEmpty
        case .list(let items): !items.isEmpty
        case .object(let object): !object.isEmpty
        case .markup(let markup): !markup.bytes.isEmpty
        case .integer, .decimal: true
        }
    }
}

/// Fields in the order they were written: declaration order for structs, sorted
/// keys for dictionaries, so the same model always gives the same tree.
///
/// View-model objects have a handful of fields and a page builds and searches
/// thousands of them, so a lookup scans `keys` in order (touching no value,
/// hence no reference counting); only large objects (encoded dictionaries) also
/// keep a hash index.
public struct TemplateObject: Sendable, Equatable {
    public private(set) var keys: [String] = []
    private var values: [TemplateValue] = []
    private var indexByKey: [String: Int]?

    /// Above this many fields a lookup goes through `indexByKey`.
    private static let linearLimit = 16

    public init() {}

    public init(_ fields: [(String, TemplateValue)]) {
        keys.reserveCapacity(fields.count)
        values.reserveCapacity(fields.count)
        for (key, value) in fields { self[key] = value }
    }

    /// Fields whose distinct keys were checked once, by `TemplateFields`.
    @usableFromInline
    init(sharing keys: [String], values: [TemplateValue]) {
        self.keys = keys
        self.values = values
        if keys.count > Self.linearLimit { reindex() }
    }

    public var isEmpty: Bool { keys.isEmpty }

    /// Where the values are stored (see `RenderMemo`); nil when empty.
    var identity: UInt? {
        values.isEmpty ? nil : values.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }

    public var fields: [(key: String, value: TemplateValue)] {
        zip(keys, values).map { (key: $0, value: $1) }
    }

    private func index(of key: String) -> Int? {
        if let indexByKey { return indexByKey[key] }
        return keys.firstIndex(of: key)
    }

    /// Setting an existing key replaces its value in place and keeps its position.
    public subscript(key: String) -> TemplateValue? {
        get { index(of: key).map { values[$0] } }
        set {
            if let index = index(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                    reindex()
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
                if indexByKey != nil { indexByKey?[key] = keys.count - 1 } else if keys.count > Self.linearLimit { reindex() }
            }
        }
    }

    /// Used for dictionaries, whose iteration order changes from run to run.
    mutating func sortKeys() {
        let sorted = zip(keys, values).sorted { $0.0 < $1.0 }
        keys = sorted.map(\.0)
        values = sorted.map(\.1)
        reindex()
    }

    private mutating func reindex() {
        indexByKey = keys.count > Self.linearLimit
            ? Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }) : nil
    }

    public static func == (a: TemplateObject, b: TemplateObject) -> Bool {
        a.keys == b.keys && a.values == b.values
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
