#if canImport(Glibc)
import Glibc
#endif
/// Coordinates in SVG text: at most one decimal, no trailing `.0`, no `-0`, so
/// the same layout always prints the same bytes.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        if tenths == 0 { return "0" }
        let whole = Int(tenths) / 10, fraction = abs(Int(tenths) % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
