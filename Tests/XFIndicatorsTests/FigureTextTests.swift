import Testing
@testable import XFIndicators

/// `Figure.decimal` writes digits in place; it must read as the plain string
/// arithmetic it replaced, for every sign, size and number of places used.
@Test func decimalsReadAsStringArithmetic() {
    func reference(_ scaled: Int, places: Int) -> String {
        var power = 1
        for _ in 0 ..< places { power *= 10 }
        let digits = String(abs(scaled) % power)
        let fraction = String(repeating: "0", count: places - digits.count) + digits
        return (scaled < 0 ? "-" : "") + String(abs(scaled) / power) + "." + fraction
    }
    var values = Array(-1_200 ... 1_200)
    values += [9_999, 10_000, 10_001, 99_999, 123_456_789, -987_654_321, Int.max, Int.min + 1]
    for places in 1 ... 8 {
        for value in values {
            #expect(Figure.decimal(value, places: places) == reference(value, places: places))
            #expect(Figure.decimal(value, places: places, suffix: 0x25) == reference(value, places: places) + "%")
        }
    }
    #expect(Figure(numerator: 398, denominator: 405).displayText == "98.3%")
    #expect(Figure(numerator: 9_827, denominator: 10_000).machineText == "0.9827")
    #expect(Figure(numerator: 0, denominator: 7).displayText == "0.0%")
}
