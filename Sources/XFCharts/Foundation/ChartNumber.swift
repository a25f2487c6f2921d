/// Fixed, locale-free number text for SVG coordinates and labels: rounding half
/// away from zero (as the bureau's reports do), never exponent notation, never "-0".
public enum ChartNumber {
    /// A coordinate or length: at most one decimal, trailing ".0" dropped.
    public static func coordinate(_ value: Double) -> String {
        fixed(value, decimals: 1, trimZeros: true)
    }

    /// `value` with exactly `decimals` decimals (or fewer when `trimZeros`).
    public static func fixed(_ value: Double, decimals: Int, trimZeros: Bool = false) -> String {
        let decimals = max(0, min(decimals, 6))
        guard value.isFinite else { return "0" }
        var power: Int64 = 1
        for _ in 0..<decimals { power *= 10 }
        let scaled = value * Double(power)
        guard abs(scaled) < 9e15 else { return "0" }
        // Snap float noise first so 0.9625 × 1000 rounds like the decimal it stands for.
        let snapped = (scaled * 1e6).rounded() / 1e6
        let units = Int64(snapped.rounded(.toNearestOrAwayFromZero))
        let magnitude = units.magnitude
        let whole = magnitude / UInt64(power)
        var text = units < 0 ? "-\(whole)" : "\(whole)"
        guard decimals > 0 else { return text }
        var fraction = String(magnitude % UInt64(power))
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        if trimZeros {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        if !fraction.isEmpty { text += "." + fraction }
        return text
    }

    /// Fewest decimals (up to 4) that show `step` exactly, so tick labels 2.5, 5, 7.5 agree.
    static func decimalsNeeded(for step: Double) -> Int {
        var decimals = 0
        var scaled = abs(step)
        while decimals < 4 && abs(scaled - scaled.rounded()) > 1e-6 {
            decimals += 1
            scaled *= 10
        }
        return decimals
    }
}
