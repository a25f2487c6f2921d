import Foundation

/// Turns a plain `Encodable` view model into a `TemplateValue` tree through the
/// Codable machinery the compiler synthesises, so no reflection is needed.
/// `nil` optionals become `.null` rather than vanishing, which lets the renderer
/// tell an empty field from a misspelt name.
public struct TemplateValueEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> TemplateValue {
        let slot = EncodingSlot()
        try slot.store(value, codingPath: [])
        return slot.value
    }
}

/// One value under construction; containers hand out child slots and the tree is
/// assembled once at the end.
final class EncodingSlot {
    private enum Content {
        case unset
        case leaf(TemplateValue)
        case object(keys: [String], slots: [String: EncodingSlot], sorted: Bool)
        case list([EncodingSlot])
    }

    private var content = Content.unset

    var value: TemplateValue {
        switch content {
        case .unset: return .null
        case .leaf(let value): return value
        case .list(let slots): return .list(slots.map(\.value))
        case .object(let keys, let slots, let sorted):
            var object = TemplateObject()
            for key in keys { object[key] = slots[key]?.value ?? .null }
            if sorted { object.sortKeys() }
            return .object(object)
        }
    }

    func setLeaf(_ value: TemplateValue) { content = .leaf(value) }

    /// Keyed containers asked for twice (a subclass and its superclass) share fields.
    func makeObject() {
        if case .object = content { return }
        content = .object(keys: [], slots: [:], sorted: false)
    }

    func markSorted() {
        if case .object(let keys, let slots, _) = content { content = .object(keys: keys, slots: slots, sorted: true) }
    }

    func field(_ key: String) -> EncodingSlot {
        makeObject()
        guard case .object(var keys, var slots, let sorted) = content else { preconditionFailure("object expected") }
        if let existing = slots[key] { return existing }
        let slot = EncodingSlot()
        content = .unset  // drop the reference so the arrays below are not copied
        keys.append(key)
        slots[key] = slot
        content = .object(keys: keys, slots: slots, sorted: sorted)
        return slot
    }

    func makeList() {
        if case .list = content { return }
        content = .list([])
    }

    func appendItem() -> EncodingSlot {
        makeList()
        guard case .list(var items) = content else { preconditionFailure("list expected") }
        let slot = EncodingSlot()
        content = .unset
        items.append(slot)
        content = .list(items)
        return slot
    }

    var itemCount: Int {
        if case .list(let items) = content { return items.count }
        return 0
    }

    /// Values with a fixed meaning are stored directly; everything else encodes itself.
    func store<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        switch value {
        case let markup as TrustedMarkup: setLeaf(.markup(markup))
        case let prepared as TemplateValue: setLeaf(prepared)
        case let text as String: setLeaf(.string(text))
        case let url as URL: setLeaf(.string(url.absoluteString))
        default:
            try value.encode(to: SlotEncoder(slot: self, codingPath: codingPath))
            if value is any StringKeyedDictionary { markSorted() }
        }
    }
}

/// Marks dictionaries so their keys are sorted: their order differs per process.
protocol StringKeyedDictionary {}
extension Dictionary: StringKeyedDictionary where Key == String {}
