/// The generator's only source of randomness: SplitMix64 (Steele, Lea, Flood 2014).
/// A fixed seed gives the same stream on every machine, so the sample is byte-stable.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`, by multiply-shift (bias is negligible at these sizes).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
    }

    /// A uniform value in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Picks from `items` by a prebuilt cumulative weight table.
    mutating func pick(_ table: WeightTable) -> Int { table.index(for: unit()) }

    /// A Poisson-like count around `mean`. The normal deviate is the sum of twelve
    /// uniforms minus six: plain arithmetic, so no libm result can differ between machines.
    mutating func count(mean: Double) -> Int {
        var gauss = -6.0
        for _ in 0..<12 { gauss += unit() }
        return max(0, Int((mean + gauss * mean.squareRoot()).rounded()))
    }
}

/// Cumulative weights so a weighted choice is one binary search.
struct WeightTable: Sendable {
    private let cumulative: [Double]

    init(_ weights: [Double]) {
        var sum = 0.0
        var acc: [Double] = []
        acc.reserveCapacity(weights.count)
        for w in weights { sum += w; acc.append(sum) }
        cumulative = acc.map { $0 / sum }
    }

    func index(for u: Double) -> Int {
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > u { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
