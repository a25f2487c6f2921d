import Testing
@testable import XFTable

@Test func XFTableLinks() { #expect(Bool(true)) }
