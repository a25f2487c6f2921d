import Testing
import XFRecords
@testable import XFIndicators

@Suite struct CrossCheckTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func engineAgreesWithNaiveReference(seed: UInt64) {
        let content = randomContent(seed: seed, cases: 400)
        let expected = ReferenceEngine(content: content).rows()
        let actual = IndicatorEngine(content: content).run().snapshots.flatMap(\.rows).map(ReferenceEngine.Row.init)
        #expect(actual.count == expected.count)
        let mismatches = zip(actual, expected).filter { $0 != $1 }.map { "engine \($0) vs reference \($1)" }
        #expect(mismatches.count == 0, "first mismatches: \(mismatches.prefix(5))")
        #expect(expected.contains { $0.indicator == "satisfaction" && ($0.denominator ?? 0) > 0 })
    }
}
