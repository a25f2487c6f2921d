/// Estimated rendered width of text in em, for laying out labels in SVG without a
/// font engine: full-width glyphs (CJK, full-width punctuation) are 1 em, ASCII and
/// other narrow characters about 0.55 em. Charts and guides measure with this one rule.
public enum TextWidth {
    public static let narrow = 0.55
    public static let wide = 1.0

    public static func em(_ scalar: Unicode.Scalar) -> Double {
        isWide(scalar) ? wide : narrow
    }

    public static func em(_ text: some StringProtocol) -> Double {
        text.unicodeScalars.reduce(0) { $0 + em($1) }
    }

    /// Width in pixels at a font size.
    public static func pixels(_ text: some StringProtocol, fontSize: Double) -> Double {
        em(text) * fontSize
    }

    /// East Asian wide and full-width ranges that matter for Chinese text.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Terminal cells `text` takes: wide characters two, others one. The check
    /// report pads its columns and the carets under source lines with this rule.
    public static func cells(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// `text` followed by spaces up to `target` terminal cells.
    public static func padded(_ text: String, toCells target: Int) -> String {
        text + String(repeating: " ", count: max(0, target - cells(text)))
    }
}
