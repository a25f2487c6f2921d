import XFText

/// The arrow and words for a 环比/同比 change on a KPI card, so the card says
/// the direction in text as well as by glyph (and by colour, via `tone`).
public struct ChangeCue: Sendable, Equatable {
    public enum Direction: String, Sendable { case up, down, flat }
    public enum Comparison: String, Sendable {
        case monthOnMonth, yearOnYear
        public var label: String { self == .monthOnMonth ? "环比" : "同比" }
    }
    /// For a CSS class: whether the change is good news, given which way is better.
    public enum Tone: String, Sendable { case good, bad, neutral }

    public let direction: Direction
    /// "▲", "▼" or "―"; decorative, pair it with `text`.
    public let glyph: String
    /// "上升 12.5%", "下降 1.2 个百分点", "持平".
    public let text: String
    /// "环比上升 12.5%", for `aria-label` or a visually hidden span.
    public let accessibleText: String
    public let tone: Tone

    /// Counts compare in percent of the earlier value, rates (fractions) in
    /// percentage points, as INDICATORS.md asks. Returns nil when there is
    /// nothing to compare: a missing value, or a count whose earlier value is 0.
    public static func make(current: Double?, previous: Double?, format: ValueFormat, comparison: Comparison, higherIsBetter: Bool? = nil) -> ChangeCue? {
        guard let current, let previous else { return nil }
        let amount: String
        let magnitude: Double
        switch format {
        case .percent:
            magnitude = (current - previous) * 100
            amount = ChartNumber.fixed(abs(magnitude), decimals: 1) + " 个百分点"
        case .count:
            guard previous != 0 else { return nil }
            magnitude = (current - previous) / abs(previous) * 100
            amount = ChartNumber.fixed(abs(magnitude), decimals: 1) + "%"
        }
        // Flat when the shown one-decimal change would read 0.0.
        let shownZero = ChartNumber.fixed(abs(magnitude), decimals: 1) == "0.0"
        let direction: Direction = shownZero ? .flat : magnitude > 0 ? .up : .down
        let glyph: String
        let text: String
        switch direction {
        case .up: glyph = "▲"; text = "上升 " + amount
        case .down: glyph = "▼"; text = "下降 " + amount
        case .flat: glyph = "―"; text = "持平"
        }
        let tone: Tone
        switch (direction, higherIsBetter) {
        case (.flat, _), (_, nil): tone = .neutral
        case (.up, true?), (.down, false?): tone = .good
        default: tone = .bad
        }
        return ChangeCue(direction: direction, glyph: glyph, text: text, accessibleText: comparison.label + text, tone: tone)
    }
}
