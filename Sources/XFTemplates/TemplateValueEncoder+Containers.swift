/// The `Encoder` and its three containers, all writing into `EncodingSlot`s.
struct SlotEncoder: Encoder {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.makeObject()
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.makeList()
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleSlotContainer(slot: slot, codingPath: codingPath)
    }
}

/// Numbers keep their kind: integers print without a decimal point.
enum NumberValue {
    static func of<T: BinaryInteger>(_ value: T) -> TemplateValue {
        if let exact = Int(exactly: value) { return .integer(exact) }
        return .decimal(Double(value))
    }
}

struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    private func set(_ value: TemplateValue, _ key: Key) { slot.field(key.stringValue).setLeaf(value) }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(.decimal(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(.decimal(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(NumberValue.of(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(NumberValue.of(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(NumberValue.of(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(NumberValue.of(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(NumberValue.of(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(NumberValue.of(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(NumberValue.of(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(NumberValue.of(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(NumberValue.of(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try slot.field(key.stringValue).store(value, codingPath: codingPath + [key])
    }

    // Synthesised code skips nil optionals through these; keeping them as `.null`
    // is what lets the renderer report misspelt names instead of printing nothing.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encodeOptional(value, key) }

    private mutating func encodeOptional<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try encode(value, forKey: key) } else { set(.null, key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.field(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.field(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        SlotEncoder(slot: slot.field("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        SlotEncoder(slot: slot.field(key.stringValue), codingPath: codingPath + [key])
    }
}

struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    var count: Int { slot.itemCount }

    private struct IndexKey: CodingKey {
        var intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }

    private var nextPath: [any CodingKey] { codingPath + [IndexKey(count)] }

    mutating func encodeNil() throws { slot.appendItem().setLeaf(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = nextPath
        try slot.appendItem().store(value, codingPath: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath
        return SlotEncoder(slot: slot.appendItem(), codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        return SlotEncoder(slot: slot.appendItem(), codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let path = nextPath
        return SlotEncoder(slot: slot.appendItem(), codingPath: path)
    }
}

struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.setLeaf(.null) }
    mutating func encode(_ value: Bool) throws { slot.setLeaf(.bool(value)) }
    mutating func encode(_ value: String) throws { slot.setLeaf(.string(value)) }
    mutating func encode(_ value: Double) throws { slot.setLeaf(.decimal(value)) }
    mutating func encode(_ value: Float) throws { slot.setLeaf(.decimal(Double(value))) }
    mutating func encode(_ value: Int) throws { slot.setLeaf(.integer(value)) }
    mutating func encode(_ value: Int8) throws { slot.setLeaf(NumberValue.of(value)) }
    mutating func encode(_ value: Int16) throws { slot.setLeaf(NumberValue.of(value)) }
    mutating func encode(_ value: Int32) throws { slot.setLeaf(NumberValue.of(value)) }
    mutating func encode(_ value: Int64) throws { slot.setLeaf(NumberValue.of(value)) }
    mutating func encode(_ value: UInt) throws { slot.setLeaf(NumberValue.of(value)) }
    mutating func encode(_ value: UInt8) throws { slot.setLeaf(NumberValue.of(value)) }
    mutating func encode(_ value: UInt16) throws { slot.setLeaf(NumberValue.of(value)) }
    mutating func encode(_ value: UInt32) throws { slot.setLeaf(NumberValue.of(value)) }
    mutating func encode(_ value: UInt64) throws { slot.setLeaf(NumberValue.of(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try slot.store(value, codingPath: codingPath) }
}
