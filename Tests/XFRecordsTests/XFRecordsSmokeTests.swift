import Testing
@testable import XFRecords

@Test func XFRecordsLinks() { #expect(Bool(true)) }
