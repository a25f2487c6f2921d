import Testing
@testable import XFSite

@Test func XFSiteLinks() { #expect(Bool(true)) }
