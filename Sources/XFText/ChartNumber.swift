/// Fixed, locale-free number text for SVG coordinates and labels: rounding half
/// away from zero (as the bureau's reports do), never exponent notation, never "-0".
public enum ChartNumber {
    /// A coordinate or length: at most one decimal, trailing ".0" dropped.
    public static func coordinate(_ value: Double) -> String {
        fixed(value, decimals: 1, trimZeros: true)
    }

    /// `value` with exactly `decimals` decimals (or fewer when `trimZeros`).
    public static func fixed(_ value: Double, decimals: Int, trimZeros: Bool = false) -> String {
        let parts = Parts(value, decimals: decimals, trimZeros: trimZeros)
        // Fifteen bytes fit a small string, which needs no allocation: nearly every
        // coordinate and label (asking for more capacity allocates even for "12.5").
        return String(unsafeUninitializedCapacity: parts.byteCount <= 15 ? 15 : 24) { buffer in
            parts.write(to: buffer.baseAddress!)
        }
    }

    /// Appends the same text as `fixed` to a byte buffer, with no `String` between:
    /// charts write their coordinates this way.
    public static func append(_ value: Double, decimals: Int, trimZeros: Bool = false, to bytes: inout [UInt8]) {
        let parts = Parts(value, decimals: decimals, trimZeros: trimZeros)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            let count = parts.write(to: buffer.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress!, count: count))
        }
    }

    /// A number cut into what is printed: sign, whole part and the decimals kept.
    /// Non-finite values and values too large to round exactly print as `0`.
    private struct Parts {
        var negative = false
        var whole: UInt64 = 0
        var fraction: UInt64 = 0
        var fractionDigits = 0

        init(_ value: Double, decimals: Int, trimZeros: Bool) {
            let decimals = max(0, min(decimals, 6))
            guard value.isFinite else { return }
            var power: Int64 = 1
            for _ in 0..<decimals { power *= 10 }
            let scaled = value * Double(power)
            guard abs(scaled) < 9e15 else { return }
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
            negative = units < 0
            whole = units.magnitude / UInt64(power)
            self.fraction = fraction
            self.fractionDigits = fractionDigits
        }

        /// Bytes `write` produces (at most 24: sign, 16 whole digits below 9e15, point, 6 decimals).
        var byteCount: Int {
            var digits = 1
            var rest = whole / 10
            while rest > 0 {
                digits += 1
                rest /= 10
            }
            return (negative ? 1 : 0) + digits + (fractionDigits > 0 ? 1 + fractionDigits : 0)
        }

        /// Writes the digits at `start` (room for 24 bytes); returns how many.
        func write(to start: UnsafeMutablePointer<UInt8>) -> Int {
            var count = 0
            // Least significant digit first, reversed at the end.
            var rest = fraction
            for _ in 0..<fractionDigits {
                start[count] = 0x30 + UInt8(rest % 10)
                count += 1
                rest /= 10
            }
            if fractionDigits > 0 {
                start[count] = UInt8(ascii: ".")
                count += 1
            }
            rest = whole
            repeat {
                start[count] = 0x30 + UInt8(rest % 10)
                count += 1
                rest /= 10
            } while rest > 0
            if negative {
                start[count] = UInt8(ascii: "-")
                count += 1
            }
            var written = UnsafeMutableBufferPointer(start: start, count: count)
            written.reverse()
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
