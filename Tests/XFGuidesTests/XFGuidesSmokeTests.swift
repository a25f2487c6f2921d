import Testing
@testable import XFGuides

@Test func XFGuidesLinks() { #expect(Bool(true)) }
