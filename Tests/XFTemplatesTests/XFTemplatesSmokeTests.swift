import Testing
@testable import XFTemplates

@Test func XFTemplatesLinks() { #expect(Bool(true)) }
