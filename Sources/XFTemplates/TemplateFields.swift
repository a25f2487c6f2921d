/// A value a template can show: it knows its own `TemplateValue`.
public protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
    /// A list of these values: by default each converted; view models and strings
    /// are kept as they are (`TemplateValue.rows`, `.strings`) and read in place.
    static func listValue(_ items: [Self]) -> TemplateValue
}

extension TemplateRepresentable {
    // `map { $0.templateValue }`, not `map(\.templateValue)`: in generic code a key
    // path is not folded away and each element would go through the runtime's
    // key path projection.
    @inlinable public static func listValue(_ items: [Self]) -> TemplateValue { .list(items.map { $0.templateValue }) }
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

extension TemplateModel where Self: Sendable {
    /// Not converted: rendered field by field from the array (`TemplateRows`).
    @inlinable public static func listValue(_ items: [Self]) -> TemplateValue { .rows(TemplateRows(items, fields: fields)) }
}

/// The names and readers of one view-model type's fields, in template order.
public struct TemplateFields<Model>: Sendable {
    @usableFromInline let keys: FieldKeys
    @usableFromInline let readers: [@Sendable (Model) -> TemplateValue]
    /// The same readers for a row of an array, read in place (`TemplateRows`).
    @usableFromInline let rowReaders: [@Sendable ([Model], Int) -> TemplateValue]

    public init(_ fields: TemplateField<Model>...) {
        let names = fields.map(\.name)
        // Checked in every build: a repeated name would silently hide a field.
        precondition(Set(names).count == names.count, "repeated template field name in \(names)")
        keys = FieldKeys(distinct: names)
        readers = fields.map(\.read)
        rowReaders = fields.map(\.readRow)
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
    @usableFromInline let readRow: @Sendable ([Model], Int) -> TemplateValue

    @inlinable
    init(name: String, read: @escaping @Sendable (Model) -> TemplateValue,
         readRow: @escaping @Sendable ([Model], Int) -> TemplateValue) {
        self.name = name
        self.read = read
        self.readRow = readRow
    }

    @inlinable
    public static func field<Value: TemplateRepresentable & SendableMetatype>(_ name: String, _ read: @escaping @Sendable (Model) -> Value) -> Self {
        Self(name: name, read: { read($0).templateValue }, readRow: { read($0[$1]).templateValue })
    }
}

extension TemplateValue: TemplateRepresentable {
    @inlinable public var templateValue: TemplateValue { self }
}

extension String: TemplateRepresentable {
    @inlinable public var templateValue: TemplateValue { .string(self) }
    /// Kept as it is: a table's cells are one array, not one value per cell.
    @inlinable public static func listValue(_ items: [String]) -> TemplateValue { .strings(items) }
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

extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    @inlinable public var templateValue: TemplateValue { map { $0.templateValue } ?? .null }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    @inlinable public var templateValue: TemplateValue { Element.listValue(self) }
}
