/// Sections that render the very same value again render once: a month's
/// drill-downs (hundreds of pages) share one chrome tree, whose month picker and
/// navigation (some 80 links) would otherwise be rendered for every page.
///
/// Only sections over values registered here (and the objects and lists inside
/// them) are kept, by the identity of the value's storage and of the section's
/// nodes; the memo holds the values, so no storage is freed and reused while it
/// lives. A section whose output depends on anything outside its value (a name
/// found further up the stack, a page block, a link attribute begun before the
/// section) is never kept. Use one memo per thread.
public final class RenderMemo {
    struct Key: Hashable {
        let nodes: UInt
        let value: UInt
        let inSVG: Bool
    }

    private let shared: [TemplateValue]
    /// Values read from rows while registering (`registerRows`).
    private var kept: [TemplateValue] = []
    private var identities: Set<UInt> = []
    private var rendered: [Key: [UInt8]] = [:]

    public init(sharing values: [TemplateValue]) {
        shared = values
        for value in values { register(value) }
    }

    private func register(_ value: TemplateValue) {
        switch value {
        case .object(let object):
            if let identity = value.identity { identities.insert(identity) }
            for field in object.fields { register(field.value) }
        case .list(let items):
            if let identity = value.identity { identities.insert(identity) }
            for item in items { register(item) }
        case .strings:
            if let identity = value.identity { identities.insert(identity) }
        case .rows(let rows):
            registerRows(rows)
        default: break
        }
    }

    /// A row's fields are read anew on every page: its lists wrap the model's own
    /// arrays, so the same identities come back. Each value read here is kept (a
    /// computed field makes a new one per read, and a freed one's address could
    /// come back for another value); a later read that makes a new value simply
    /// does not match.
    private func registerRows(_ rows: TemplateRows) {
        if let identity = rows.identity { identities.insert(identity) }
        for row in 0..<rows.count {
            for field in rows.keys.keys.indices {
                let value = rows.value(at: row, field: field)
                kept.append(value)
                register(value)
            }
        }
    }

    func shares(_ identity: UInt) -> Bool { identities.contains(identity) }

    subscript(key: Key) -> [UInt8]? {
        get { rendered[key] }
        set { rendered[key] = newValue }
    }
}

extension TemplateValue {
    /// Where an object's fields or a list's items are stored; nil for other values
    /// and empty ones (which share one empty storage).
    var identity: UInt? {
        switch self {
        case .object(let object): object.identity
        case .list(let items): items.isEmpty ? nil : items.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        case .strings(let items): items.isEmpty ? nil : items.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        case .rows(let rows): rows.identity
        default: nil
        }
    }
}
