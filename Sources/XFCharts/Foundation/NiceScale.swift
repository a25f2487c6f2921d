/// Axis ticks at round steps (1, 2, 5 × 10ⁿ) covering the data, and the linear map
/// from values to pixels that uses them.
public struct NiceTicks: Sendable, Hashable {
    public let lower: Double
    public let upper: Double
    public let step: Double
    public let values: [Double]

    /// - Parameter includeZero: bars must start at zero; line charts of rates need not.
    public init(minimum: Double, maximum: Double, targetCount: Int = 5, includeZero: Bool) {
        var low = min(minimum, maximum)
        var high = max(minimum, maximum)
        if includeZero { low = min(low, 0); high = max(high, 0) }
        if !low.isFinite || !high.isFinite { low = 0; high = 1 }
        if high - low < 1e-12 {
            // One value only: give it room instead of dividing by zero.
            let pad = abs(high) > 1e-12 ? abs(high) * 0.1 : 1
            high += pad
            if !includeZero || low != 0 { low -= pad }
        }
        let rough = (high - low) / Double(max(1, targetCount))
        let exponent = (rough.log10Floor)
        let base = pow10(exponent)
        let fraction = rough / base
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        let step = nice * base
        let first = (low / step + 1e-9).rounded(.down)
        let last = (high / step - 1e-9).rounded(.up)
        self.step = step
        self.lower = Self.clean(first * step)
        self.upper = Self.clean(last * step)
        self.values = stride(from: first, through: last, by: 1).map { Self.clean($0 * step) }
    }

    /// Drops float noise such as 0.30000000000000004 so tick text and positions are stable.
    static func clean(_ value: Double) -> Double {
        let cleaned = (value * 1e9).rounded() / 1e9
        return cleaned == 0 ? 0 : cleaned
    }
}

private func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    if exponent >= 0 {
        for _ in 0..<exponent { result *= 10 }
    } else {
        for _ in 0..<(-exponent) { result /= 10 }
    }
    return result
}

private extension Double {
    /// ⌊log₁₀ x⌋ by counting, so no libm call differs across platforms.
    var log10Floor: Int {
        var exponent = 0
        var value = self
        guard value > 0, value.isFinite else { return 0 }
        while value >= 10 { value /= 10; exponent += 1 }
        while value < 1 { value *= 10; exponent -= 1 }
        return exponent
    }
}

/// Maps a value domain onto a pixel range (which may run backwards, as y does).
public struct LinearScale: Sendable, Hashable {
    public let domain: ClosedRange<Double>
    public let start: Double
    public let end: Double

    public init(domain: ClosedRange<Double>, start: Double, end: Double) {
        self.domain = domain
        self.start = start
        self.end = end
    }

    public init(ticks: NiceTicks, start: Double, end: Double) {
        self.init(domain: ticks.lower...ticks.upper, start: start, end: end)
    }

    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0 else { return start }
        return start + (value - domain.lowerBound) / span * (end - start)
    }
}
