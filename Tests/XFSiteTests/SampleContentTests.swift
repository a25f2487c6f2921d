import Foundation
import Testing
import XFRecords

/// The shipped sample must stay what the README promises: clean, realistic in size,
/// and as messy in form as real exports.
@Test func shippedSampleIsCleanRealisticAndMessyInForm() throws {
    let result = ContentLoader(directory: shippedContent).load()
    #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted.prefix(5).map(\.rendered))")
    let content = result.content
    #expect(content.cases.count >= 10_000)
    #expect(content.report.caseRowsRead > content.cases.count, "later exports repeat earlier cases")
    let first = try #require(content.report.earliestRegistration)
    let cutoff = try #require(content.cutoff)
    #expect(cutoff.month.ordinal - first.month.ordinal >= 23, "at least 24 months")
    #expect(content.units.count >= 20 && content.units.contains { $0.kind == .department })
    let encodings = Set(content.report.files.map(\.encoding))
    #expect(encodings.isSuperset(of: ["GB18030", "UTF-8", "UTF-8 (BOM)"]))
    #expect(content.report.files.contains { !$0.ignoredColumns.isEmpty }, "personal-data columns are present")
    #expect(!content.receptions.isEmpty && !content.activities.isEmpty)
    let visits2024 = content.cases.records.filter { $0.registered.year == 2024 && $0.channel == .visit }.count
    #expect((800...1600).contains(visits2024), "about 1,200 visit batches a year")
}
