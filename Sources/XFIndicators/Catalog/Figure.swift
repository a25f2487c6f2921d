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
        return Figure.decimal(perMille, places: 1, suffix: 0x25)
    }

    /// The value used for target bands: the 4-decimal machine value, so that the
    /// band always agrees with the figure printed beside it.
    public var bandValue: Double? { scaledRate(10_000).map { Double($0) / 10_000 } }

    /// a / b rounded half away from zero (b > 0).
    static func divideRounded(_ a: Int, _ b: Int) -> Int {
        let magnitude = (2 * abs(a) + b) / (2 * b)
        return a < 0 ? -magnitude : magnitude
    }

    /// `scaled` / 10^places written with exactly `places` decimals (at most 8),
    /// then `suffix` if given. Written into a buffer on the stack: every rate of
    /// every page comes through here.
    static func decimal(_ scaled: Int, places: Int, suffix: UInt8? = nil) -> String {
        precondition(places >= 0 && places <= 8, "decimal places out of range")
        // A sign, 20 digits, a point and a suffix fit.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var count = writeDecimal(scaled, places: places, at: buffer.baseAddress!)
            if let suffix {
                buffer[count] = suffix
                count += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// The one writer of decimal text (pages and data files): `scaled` / 10^places
    /// with exactly `places` decimals and at least one digit before the point (no
    /// point for 0 places), written at `start`; returns the count written (at most
    /// 22). The caller provides the room.
    @inline(__always)
    static func writeDecimal(_ scaled: Int, places: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
        var digits = 1
        var probe = scaled.magnitude
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        digits = max(digits, places + 1)
        let sign = scaled < 0 ? 1 : 0
        if sign == 1 { start[0] = 0x2D }
        let count = sign + digits + (places > 0 ? 1 : 0)
        var position = count
        var rest = scaled.magnitude
        for _ in 0 ..< places {
            position -= 1
            start[position] = UInt8(truncatingIfNeeded: 48 + rest % 10)
            rest /= 10
        }
        if places > 0 {
            position -= 1
            start[position] = 0x2E
        }
        repeat {
            position -= 1
            start[position] = UInt8(truncatingIfNeeded: 48 + rest % 10)
            rest /= 10
        } while rest > 0
        return count
    }
}
