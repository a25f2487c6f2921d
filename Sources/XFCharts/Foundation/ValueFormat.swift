import XFText

/// How a chart's numbers read: rates arrive as fractions (0.9573) and show as
/// percentages with one decimal (95.7%); counts are whole numbers with a unit (件).
public enum ValueFormat: Sendable, Hashable {
    case percent
    case count(unit: String)

    public var isRate: Bool { self == .percent }

    /// Value as printed on labels and in tables: "95.7%" or "412".
    public func label(_ value: Double) -> String {
        switch self {
        case .percent: ChartNumber.fixed(value * 100, decimals: 1) + "%"
        case .count: ChartNumber.fixed(value, decimals: 0)
        }
    }

    /// Value in running Chinese text: "95.7%" or "412件".
    public func spoken(_ value: Double) -> String {
        switch self {
        case .percent: label(value)
        case .count(let unit): label(value) + unit
        }
    }

    /// A round reference value such as a target: "95%", "97.5%", "300件".
    public func reference(_ value: Double) -> String {
        switch self {
        case .percent: ChartNumber.fixed(value * 100, decimals: 2, trimZeros: true) + "%"
        case .count(let unit): ChartNumber.fixed(value, decimals: 2, trimZeros: true) + unit
        }
    }

    /// Axis tick text, with as many decimals as the tick step needs.
    func tick(_ value: Double, step: Double) -> String {
        switch self {
        case .percent:
            ChartNumber.fixed(value * 100, decimals: ChartNumber.decimalsNeeded(for: step * 100)) + "%"
        case .count:
            ChartNumber.fixed(value, decimals: ChartNumber.decimalsNeeded(for: step))
        }
    }

    /// Text for a missing value in tables and labels.
    static let missing = "—"

    func label(_ value: Double?) -> String {
        value.map { label($0) } ?? Self.missing
    }
}
