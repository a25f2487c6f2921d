/// A value a template can show: it knows its own `TemplateValue`.
public protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

/// A view model whose template fields are declared once, as names with key
/// paths (`static let fields = TemplateFields<Card>(("label", \.label), …)`):
/// the compiler checks each field's type, the key list is built once per type,
/// and a value tree is made without going through `Codable` (a page builds
/// thousands of these).
public protocol TemplateModel: TemplateRepresentable, Encodable {
    static var fields: TemplateFields<Self> { get }
}

extension TemplateModel {
    public var templateValue: TemplateValue { Self.fields.value(of: self) }

    /// Other encoders (and `TemplateValueEncoder`) see the same tree.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(templateValue)
    }
}

/// The names and readers of one view-model type's fields, in template order.
public struct TemplateFields<Model>: Sendable {
    let keys: [String]
    private let readers: [@Sendable (Model) -> TemplateValue]

    public init<each Value: TemplateRepresentable>(_ fields: repeat (String, KeyPath<Model, each Value> & Sendable)) {
        var keys: [String] = []
        var readers: [@Sendable (Model) -> TemplateValue] = []
        for (name, path) in repeat each fields {
            keys.append(name)
            readers.append { $0[keyPath: path].templateValue }
        }
        // Checked in every build: a repeated name would silently hide a field.
        precondition(Set(keys).count == keys.count, "repeated template field name in \(keys)")
        self.keys = keys
        self.readers = readers
    }

    public func value(of model: Model) -> TemplateValue {
        .object(TemplateObject(sharing: keys, values: readers.map { $0(model) }))
    }
}

extension TemplateValue: TemplateRepresentable {
    public var templateValue: TemplateValue { self }
}

extension String: TemplateRepresentable {
    public var templateValue: TemplateValue { .string(self) }
}

extension Int: TemplateRepresentable {
    public var templateValue: TemplateValue { .integer(self) }
}

extension Bool: TemplateRepresentable {
    public var templateValue: TemplateValue { .bool(self) }
}

extension TrustedMarkup: TemplateRepresentable {
    public var templateValue: TemplateValue { .markup(self) }
}

extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    public var templateValue: TemplateValue { map(\.templateValue) ?? .null }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    public var templateValue: TemplateValue { .list(map(\.templateValue)) }
}
