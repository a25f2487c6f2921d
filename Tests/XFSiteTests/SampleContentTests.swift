import Foundation
import Testing
import XFCalendar
import XFSource
import XFTestSupport
import XFRecords
import XFVocabulary

/// The shipped sample must stay what the README promises: clean, realistic in size,
/// and as messy in form as real exports.
@Test func shippedSampleIsCleanRealisticAndMessyInForm() throws {
    let result = ContentLoader(directory: Repository.content).load()
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

/// The generator is deterministic: the committed sample is exactly what it writes.
@Test(.enabled(if: ExternalTool.built("xfsite-sample") != nil, "需要已编译的 xfsite-sample（swift build）"))
func sampleGeneratorRewritesTheCommittedSampleByteForByte() throws {
    let generator = try #require(ExternalTool.built("xfsite-sample"))
    let output = try TemporaryFolder("sample").url
    let result = try ExternalTool.run(generator.path, ["--output", output.path])
    #expect(result.status == 0, "\(result.err)")
    let written = FileTree.paths(under: output)
    #expect(written.contains("cases/2024-03.csv") && written.contains("units.csv"))
    for path in written {
        let fresh = try Data(contentsOf: output.appendingPathComponent(path))
        let committed = try Data(contentsOf: Repository.content.appendingPathComponent(path))
        #expect(fresh == committed, "content/\(path) differs from what the generator writes")
    }
}
