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
        var fraction = units.magnitude % UInt64(power)
        var fractionDigits = decimals
        if trimZeros {
            while fractionDigits > 0 && fraction % 10 == 0 {
                fraction /= 10
                fractionDigits -= 1
            }
        }
        return digits(negative: units < 0, whole: units.magnitude / UInt64(power), fraction: fraction, fractionDigits: fractionDigits)
    }

    /// Writes the digits straight into the string's storage (small strings need
    /// no allocation at all): charts format tens of numbers per element, and
    /// building each from pieces was a visible share of a build.
    private static func digits(negative: Bool, whole: UInt64, fraction: UInt64, fractionDigits: Int) -> String {
        // Sign, 16 whole digits (below 9e15), point and up to 6 decimals.
        String(unsafeUninitializedCapacity: 24) { buffer in
            var count = 0
            func put(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            // Least significant digit first, reversed at the end.
            var rest = fraction
            for _ in 0..<fractionDigits {
                put(0x30 + UInt8(rest % 10))
                rest /= 10
            }
            if fractionDigits > 0 { put(UInt8(ascii: ".")) }
            rest = whole
            repeat {
                put(0x30 + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            if negative { put(UInt8(ascii: "-")) }
            buffer[0..<count].reverse()
            return count
        }
    }

    /// Fewest decimals (up to 4) that show `step` exactly, so tick labels 2.5, 5, 7.5 agree.
    public static func decimalsNeeded(for step: Double) -> Int {
        var decimals = 0
        var scaled = abs(step)
        while decimals < 4 && abs(scaled - scaled.rounded()) > 1e-6 {
            decimals += 1
            scaled *= 10
        }
        return decimals
    }
}
