/// One computed figure: a count, or a rate with its numerator and denominator.
/// Rounding is done on integers so that no binary fraction can tip a half.
public struct Figure: Hashable, Sendable {
    public var numerator: Int
    /// nil for counts.
    public var denominator: Int?

    public init(count: Int) {
        numerator = count
        denominator = nil
    }

    public init(numerator: Int, denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public var isRate: Bool { denominator != nil }

    /// A rate with some, but fewer than `minimum`, cases behind it: shown as
    /// 样本不足 with its two numbers, no band, no change and no rank.
    public func isSmallSample(_ minimum: Int) -> Bool {
        guard let denominator else { return false }
        return denominator > 0 && denominator < minimum
    }

    /// The count, or the rate; nil for a rate whose denominator is 0 (shown as "—").
    public var value: Double? {
        guard let denominator else { return Double(numerator) }
        return denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }

    /// The rate in units of 1/scale, rounded half away from zero; nil when empty.
    public func scaledRate(_ scale: Int) -> Int? {
        guard let denominator, denominator != 0 else { return nil }
        return Figure.divideRounded(numerator * scale, denominator)
    }

    /// The value as written in indicators.csv: `412`, `0.9827` (always 4 decimals), or empty.
    public var machineText: String {
        guard isRate else { return String(numerator) }
        guard let tenThousandths = scaledRate(10_000) else { return "" }
        return Figure.decimal(tenThousandths, places: 4)
    }

    /// The value as pages show it: `412`, `95.7%`, or `—` for an empty rate.
    public var displayText: String {
        guard isRate else { return String(numerator) }
        guard let perMille = scaledRate(1_000) else { return "—" }
        return Figure.decimal(perMille, places: 1) + "%"
    }

    /// The value used for target bands: the 4-decimal machine value, so that the
    /// band always agrees with the figure printed beside it.
    public var bandValue: Double? { scaledRate(10_000).map { Double($0) / 10_000 } }

    /// a / b rounded half away from zero (b > 0).
    static func divideRounded(_ a: Int, _ b: Int) -> Int {
        let magnitude = (2 * abs(a) + b) / (2 * b)
        return a < 0 ? -magnitude : magnitude
    }

    /// `scaled` / 10^places written with exactly `places` decimals.
    static func decimal(_ scaled: Int, places: Int) -> String {
        var power = 1
        for _ in 0 ..< places { power *= 10 }
        let digits = String(abs(scaled) % power)
        let fraction = String(repeating: "0", count: places - digits.count) + digits
        return (scaled < 0 ? "-" : "") + String(abs(scaled) / power) + "." + fraction
    }
}
