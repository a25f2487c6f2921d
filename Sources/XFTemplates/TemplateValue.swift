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
    /// A list of strings as it is (a table row's cells): the same as `.list` of `.string`s.
    case strings([String])
    /// A list of view models read in place: the same as `.list` of their objects.
    case rows(TemplateRows)

    /// The items of any list, as values (comparing, encoding and error paths only).
    var listItems: [TemplateValue]? {
        switch self {
        case .list(let items): items
        case .strings(let items): items.map { .string($0) }
        case .rows(let rows): rows.objects
        default: nil
        }
    }

    /// Lists compare by their items, whichever way they are held.
    public static func == (a: TemplateValue, b: TemplateValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.string(let x), .string(let y)): x == y
        case (.integer(let x), .integer(let y)): x == y
        case (.decimal(let x), .decimal(let y)): x == y
        case (.bool(let x), .bool(let y)): x == y
        case (.object(let x), .object(let y)): x == y
        case (.markup(let x), .markup(let y)): x == y
        default:
            if let x = a.listItems, let y = b.listItems { x == y } else { false }
        }
    }

    /// The field `key` of an object; nil for a missing field or any other value.
    /// `print`: the key's `FieldKeys.fingerprint`, computed once by the caller.
    func field(named key: String, print: UInt64) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object.value(of: key, print: print)
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
        case .strings(let items): !items.isEmpty
        case .rows(let rows): rows.count > 0
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
/// thousands of them, so a lookup scans the keys' fingerprints (`FieldKeys`) in
/// order, touching no value (hence no reference counting) and comparing a name
/// only where its fingerprint matches; only large objects (encoded dictionaries)
/// also keep a hash index. The keys live in one shared table per view-model type,
/// so an object is two references: its keys and its values.
public struct TemplateObject: Sendable, Equatable {
    private var table: FieldKeys
    private var values: [TemplateValue]

    /// Above this many fields a lookup goes through the table's hash index.
    static let linearLimit = 16

    public init() {
        table = FieldKeys.empty
        values = []
    }

    /// A repeated key keeps its first position and its last value, as setting
    /// the fields one by one would.
    public init(_ fields: [(String, TemplateValue)]) {
        var keys: [String] = [], prints: [UInt64] = []
        values = []
        keys.reserveCapacity(fields.count)
        prints.reserveCapacity(fields.count)
        values.reserveCapacity(fields.count)
        var positions: [String: Int] = [:]
        let hashed = fields.count > Self.linearLimit
        for (key, value) in fields {
            let print = FieldKeys.fingerprint(key)
            let found = hashed ? positions[key] : FieldKeys.search(key, print: print, keys: keys, prints: prints)
            if let found {
                values[found] = value
            } else {
                if hashed { positions[key] = keys.count }
                keys.append(key)
                prints.append(print)
                values.append(value)
            }
        }
        table = FieldKeys(keys: keys, prints: prints)
    }

    /// Fields whose distinct keys were checked once, by `TemplateFields`.
    @usableFromInline
    init(sharing table: FieldKeys, values: [TemplateValue]) {
        self.table = table
        self.values = values
    }

    public var keys: [String] { table.keys }

    public var isEmpty: Bool { values.isEmpty }

    /// Where the values are stored (see `RenderMemo`); nil when empty.
    var identity: UInt? {
        values.isEmpty ? nil : values.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }

    public var fields: [(key: String, value: TemplateValue)] {
        zip(table.keys, values).map { (key: $0, value: $1) }
    }

    /// The value of `key`, whose fingerprint the caller computed once (a template's names).
    func value(of key: String, print: UInt64) -> TemplateValue? {
        table.index(of: key, print: print).map { values[$0] }
    }

    /// Setting an existing key replaces its value in place and keeps its position;
    /// adding or removing a key makes a new key table (view models never do: they
    /// are built whole).
    public subscript(key: String) -> TemplateValue? {
        get { value(of: key, print: FieldKeys.fingerprint(key)) }
        set {
            let print = FieldKeys.fingerprint(key)
            if let index = table.index(of: key, print: print) {
                if let newValue {
                    values[index] = newValue
                } else {
                    var keys = table.keys, prints = table.prints
                    keys.remove(at: index)
                    prints.remove(at: index)
                    table = FieldKeys(keys: keys, prints: prints)
                    values.remove(at: index)
                }
            } else if let newValue {
                table = FieldKeys(keys: table.keys + [key], prints: table.prints + [print])
                values.append(newValue)
            }
        }
    }

    /// Used for dictionaries, whose iteration order changes from run to run.
    mutating func sortKeys() {
        let sorted = zip(table.keys, values).sorted { $0.0 < $1.0 }
        table = FieldKeys(keys: sorted.map(\.0), prints: sorted.map { FieldKeys.fingerprint($0.0) })
        values = sorted.map(\.1)
    }

    public static func == (a: TemplateObject, b: TemplateObject) -> Bool {
        a.table.keys == b.table.keys && a.values == b.values
    }
}

/// The keys of one kind of object, in order, with a fingerprint of each (FNV-1a
/// of its bytes) so that a search compares integers and reads a key only on a
/// match. Shared by every object of a view-model type (`TemplateFields`), and
/// immutable: an object that adds or removes a key gets a new table.
@usableFromInline
final class FieldKeys: Sendable {
    let keys: [String]
    let prints: [UInt64]
    /// Only for objects over `TemplateObject.linearLimit` fields.
    private let indexByKey: [String: Int]?

    static let empty = FieldKeys(keys: [], prints: [])

    /// `keys` are distinct; `prints` their fingerprints.
    init(keys: [String], prints: [UInt64]) {
        self.keys = keys
        self.prints = prints
        indexByKey = keys.count > TemplateObject.linearLimit
            ? Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }) : nil
    }

    /// Keys that are known to be distinct.
    @usableFromInline
    convenience init(distinct keys: [String]) {
        self.init(keys: keys, prints: keys.map(Self.fingerprint))
    }

    static func fingerprint(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    func index(of key: String, print: UInt64) -> Int? {
        if let indexByKey { return indexByKey[key] }
        return Self.search(key, print: print, keys: keys, prints: prints)
    }

    static func search(_ key: String, print: UInt64, keys: [String], prints: [UInt64]) -> Int? {
        for index in prints.indices where prints[index] == print && keys[index] == key { return index }
        return nil
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
        case .list, .strings, .rows:
            var container = encoder.unkeyedContainer()
            for item in listItems ?? [] { try container.encode(item) }
        default:
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case .string(let text): try container.encode(text)
            case .integer(let number): try container.encode(number)
            case .decimal(let number): try container.encode(number)
            case .bool(let flag): try container.encode(flag)
            case .markup(let markup): try container.encode(markup)
            case .list, .object, .strings, .rows: break
            }
        }
    }
}
