import Testing
@testable import XFPages

@Suite struct ReportIdiomTests {
    @Test func roundDownFollowsTheDocumentedRule() {
        // The seeds' and the examples.
        #expect(ReportIdiom.text(1_046, .yu) == "1000余")
        #expect(ReportIdiom.text(526, .duo) == "500多")
        #expect(ReportIdiom.text(10_300, .yu) == "10000余")
        #expect(ReportIdiom.text(630, .yu) == "600余")
        // Two significant digits from 1,000 up; hundreds below.
        #expect(ReportIdiom.text(3_903, .yu) == "3900余")
        #expect(ReportIdiom.text(1_844, .duo) == "1800多")
        #expect(ReportIdiom.text(199, .duo) == "100多")
        #expect(ReportIdiom.text(98_765, .yu) == "98000余")
        // No idiom below 100 or where nothing is dropped.
        #expect(ReportIdiom.text(22, .yu) == nil)
        #expect(ReportIdiom.text(99, .yu) == nil)
        #expect(ReportIdiom.text(1_000, .yu) == nil)
        #expect(ReportIdiom.text(500, .duo) == nil)
        #expect(ReportIdiom.text(3_900, .yu) == nil)
    }

    @Test func idiomIsNeverMoreThanTheExactFigureNorTenPercentBelow() {
        for exact in 100 ... 30_000 {
            guard let round = ReportIdiom.roundDown(exact) else { continue }
            #expect(round < exact && exact - round < exact / 10 + 100, "\(exact) → \(round)")
        }
    }
}
