import Testing
@testable import XFCharts

@Test func XFChartsLinks() { #expect(Bool(true)) }
