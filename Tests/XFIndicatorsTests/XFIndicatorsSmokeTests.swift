import Testing
@testable import XFIndicators

@Test func XFIndicatorsLinks() { #expect(Bool(true)) }
