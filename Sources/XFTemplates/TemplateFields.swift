/// A value a template can show: it knows its own `TemplateValue`.
public protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

/// A view model whose template fields are declared once, as names with key
/// paths (`static let fields = TemplateFields<Card>(.field("label", \.label), …)`):
/// the compiler checks each field's type, the key list is built once per type,
/// and a value tree is made without going through `Codable` (a page builds
/// thousands of these).
public protocol TemplateModel: TemplateRepresentable, Encodable {
    static var fields: TemplateFields<Self> { get }
}

extension TemplateModel {
    @inlinable public var templateValue: TemplateValue { Self.fields.value(of: self) }

    /// Other encoders (JSON, for one) see the same tree.
    @inlinable public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(templateValue)
    }
}

/// The names and readers of one view-model type's fields, in template order.
public struct TemplateFields<Model>: Sendable {
    @usableFromInline let keys: FieldKeys
    @usableFromInline let readers: [@Sendable (Model) -> TemplateValue]

    public init(_ fields: TemplateField<Model>...) {
        let names = fields.map(\.name)
        // Checked in every build: a repeated name would silently hide a field.
        precondition(Set(names).count == names.count, "repeated template field name in \(names)")
        keys = FieldKeys(distinct: names)
        readers = fields.map(\.read)
    }

    @inlinable
    public func value(of model: Model) -> TemplateValue {
        .object(TemplateObject(sharing: keys, values: readers.map { $0(model) }))
    }
}

/// One field: `.field("label", \.label)`. The key path is taken as a function
/// (SE-0249) and `field` is inlinable, so where it is declared the reader is
/// specialised to a plain property read (no generic dispatch per value).
public struct TemplateField<Model>: Sendable {
    @usableFromInline let name: String
    @usableFromInline let read: @Sendable (Model) -> TemplateValue

    @inlinable
    init(name: String, read: @escaping @Sendable (Model) -> TemplateValue) {
        self.name = name
        self.read = read
    }

    @inlinable
    public static func field<Value: TemplateRepresentable & SendableMetatype>(_ name: String, _ read: @escaping @Sendable (Model) -> Value) -> Self {
        Self(name: name, read: { read($0).templateValue })
    }
}

extension TemplateValue: TemplateRepresentable {
    @inlinable public var templateValue: TemplateValue { self }
}

extension String: TemplateRepresentable {
    @inlinable public var templateValue: TemplateValue { .string(self) }
}

extension Int: TemplateRepresentable {
    @inlinable public var templateValue: TemplateValue { .integer(self) }
}

extension Bool: TemplateRepresentable {
    @inlinable public var templateValue: TemplateValue { .bool(self) }
}

extension TrustedMarkup: TemplateRepresentable {
    @inlinable public var templateValue: TemplateValue { .markup(self) }
}

// `map { $0.templateValue }`, not `map(\.templateValue)`: in these generic
// extensions a key path is not folded away and each element would go through
// the runtime's key path projection.
extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    @inlinable public var templateValue: TemplateValue { map { $0.templateValue } ?? .null }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    @inlinable public var templateValue: TemplateValue { .list(map { $0.templateValue }) }
}
