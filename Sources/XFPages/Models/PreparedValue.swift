import XFTemplates

/// View models on the hot path (charts, table rows, KPI cards: thousands per
/// build) build their `TemplateValue` by hand and hand it to the encoder as one
/// leaf, instead of going field by field through `Codable`. The fields stay
/// typed; only the conversion is written out.
protocol PreparedTemplateValue: Encodable {
    var templateValue: TemplateValue { get }
}

extension PreparedTemplateValue {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(templateValue)
    }
}

extension Optional where Wrapped: PreparedTemplateValue {
    var templateValue: TemplateValue { map(\.templateValue) ?? .null }
}

extension Optional where Wrapped == String {
    var templateValue: TemplateValue { map { .string($0) } ?? .null }
}

extension Array where Element: PreparedTemplateValue {
    var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

extension Array where Element == String {
    var templateValue: TemplateValue { .list(map { .string($0) }) }
}
