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
        default: break
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
        default: nil
        }
    }
}
