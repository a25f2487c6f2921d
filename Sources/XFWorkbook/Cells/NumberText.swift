/// Numbers as a clerk reads them in a cell: plain decimal digits, never
/// scientific notation, so a case number stored as a number (`1.2345678901234568E+17`
/// in the file) comes out as its integer digits.
public enum NumberText {
    /// `literal` (`45231`, `-1.5`, `1.2345678901234568E+17`, `4.5E-2`) as a plain
    /// decimal without exponent or trailing fraction zeros; nil if it is not a number.
    public static func plain(_ literal: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var k = 0
        let n = literal.count
        var negative = false
        if k < n && (literal[k] == 0x2D || literal[k] == 0x2B) { negative = literal[k] == 0x2D; k += 1 }
        var digits: [UInt8] = []
        var pointAt: Int?
        while k < n {
            let byte = literal[k]
            if byte >= 0x30 && byte <= 0x39 { digits.append(byte); k += 1; continue }
            if byte == 0x2E && pointAt == nil { pointAt = digits.count; k += 1; continue }
            break
        }
        guard !digits.isEmpty else { return nil }
        var exponent = 0
        if k < n && (literal[k] == 0x45 || literal[k] == 0x65) {
            k += 1
            var negativeExponent = false
            if k < n && (literal[k] == 0x2D || literal[k] == 0x2B) { negativeExponent = literal[k] == 0x2D; k += 1 }
            var any = false
            while k < n, literal[k] >= 0x30 && literal[k] <= 0x39 {
                exponent = exponent * 10 + Int(literal[k] - 0x30)
                guard exponent < 400 else { return nil }
                any = true
                k += 1
            }
            guard any else { return nil }
            if negativeExponent { exponent = -exponent }
        }
        guard k == n else { return nil }
        // The decimal point moves `exponent` places right.
        var point = (pointAt ?? digits.count) + exponent
        if point > digits.count {
            digits += [UInt8](repeating: 0x30, count: point - digits.count)
        } else if point < 0 {
            digits = [UInt8](repeating: 0x30, count: -point) + digits
            point = 0
        }
        var integer = Array(digits[..<point])
        var fraction = Array(digits[point...])
        while let first = integer.first, first == 0x30, integer.count > 1 { integer.removeFirst() }
        if integer.isEmpty { integer = [0x30] }
        while let last = fraction.last, last == 0x30 { fraction.removeLast() }
        var out: [UInt8] = []
        if negative && !(integer == [0x30] && fraction.isEmpty) { out.append(0x2D) }
        out += integer
        if !fraction.isEmpty { out.append(0x2E); out += fraction }
        return out
    }

    public static func plain(_ literal: String) -> String? {
        var bytes = Array(literal.utf8)
        return bytes.withUnsafeMutableBufferPointer { plain(UnsafeBufferPointer($0)) }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The shortest literal that reads back as `value` (binary records hold doubles).
    static func literal(_ value: Double) -> [UInt8] {
        var out: [UInt8] = []
        if value == value.rounded(), abs(value) < 1e15 { appendWhole(Int64(value), to: &out); return out }
        return Array(value.description.utf8)
    }

    /// `value`'s decimal digits (after a `-` if negative), as `String(value)` writes them:
    /// made from the last digit back in a small buffer, then appended in one copy.
    static func appendWhole(_ value: Int64, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var magnitude = value.magnitude
            var k = 20
            repeat {
                k -= 1
                buffer[k] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                k -= 1
                buffer[k] = 0x2D
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[k...]))
        }
    }

    /// Parses a decimal literal as a Double (for date serials).
    /// A serial's whole part (`44218` for `44218.39583333334`, the time of day
    /// dropped) without a String, for the literals where that is certainly what
    /// `double` rounded down gives: digits, a point and digits whose first is not 9
    /// (so rounding cannot carry into the whole part); nil for the rest.
    static func wholePart(_ literal: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !literal.isEmpty, literal.count < 64 else { return nil }
        var value = 0
        var k = 0
        while k < literal.count, literal[k] &- 0x30 < 10, k < 15 {
            value = value * 10 + Int(literal[k] - 0x30)
            k += 1
        }
        guard k > 0 else { return nil }
        if k == literal.count { return value }
        guard literal[k] == 0x2E, k + 1 < literal.count, literal[k + 1] < 0x39 else { return nil }
        var fraction = k + 1
        while fraction < literal.count {
            guard literal[fraction] &- 0x30 < 10 else { return nil }
            fraction += 1
        }
        return value
    }

    static func double(_ literal: UnsafeBufferPointer<UInt8>) -> Double? {
        guard literal.count < 64 else { return nil }
        // A whole serial (`45231`), the common case, without making a String.
        if !literal.isEmpty && literal.count <= 15 {
            var value = 0
            for byte in literal {
                guard byte >= 0x30 && byte <= 0x39 else { return Double(String(decoding: literal, as: UTF8.self)) }
                value = value * 10 + Int(byte - 0x30)
            }
            return Double(value)
        }
        return Double(String(decoding: literal, as: UTF8.self))
    }
}
