/// A named row of monthly values: a trend line, a stacked layer (来信, 来访 …)
/// or a heat-grid row (a unit). nil means the month has no value: a gap in
/// lines, nothing in bars, an empty cell in grids, "—" in tables; never 0.
public struct MonthlySeries: Sendable {
    public var name: String
    public var values: [Double?]

    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }

    /// Exactly `count` values: extra ones dropped, missing ones nil.
    func values(count: Int) -> [Double?] {
        Array(values.prefix(count)) + Array(repeating: nil, count: max(0, count - values.count))
    }
}
