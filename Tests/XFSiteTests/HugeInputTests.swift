import Foundation
import Testing
@testable import XFSite

/// Inputs sized to hurt: each must finish, exit 1, and print a bounded report.
/// Sizes are generated here, never stored in the repository.

@Test func fiftyMegabyteSingleLineInAKnownColumn() throws {
    var bytes = Array("\(corpusCaseHeader)\nA1,2024-01-05,".utf8)
    bytes.reserveCapacity(50_000_100)
    bytes += [UInt8](repeating: 0x78, count: 50_000_000)
    bytes += Array(",1,申诉求决,城乡建设,城关镇,,,\n".utf8)
    try checkBounded(bytes, expecting: "cell.choice@cases/a.csv:2/信访形式")
}

@Test func fiftyMegabyteSingleLineWithoutALineBreakIsOneHeaderCell() throws {
    try checkBounded([UInt8](repeating: 0x61, count: 50_000_000), expecting: "header.missing-column@cases/a.csv:1/信访件编号")
}

@Test func headerWithAMillionColumns() throws {
    var bytes = Array(corpusCaseHeader.utf8)
    bytes.reserveCapacity(9_000_000)
    for k in 0..<1_000_000 { bytes += [0x2C, 0x63]; appendDigits(k, to: &bytes) }
    bytes += Array(("\n" + corpusValidRow + "\n").utf8)
    try checkBounded(bytes, expecting: "csv.ragged-row@cases/a.csv:2/-")
}

@Test func headerWithAMillionRepeatsOfOneColumn() throws {
    let header = corpusCaseHeader + String(repeating: ",编号", count: 1_000_000)
    let run = try checkBounded(Array((header + "\n").utf8), expecting: "header.duplicate@cases/a.csv:1/编号", limit: 200_000)
    #expect(run.errors == 1_000_000)
}

@Test func twoHundredThousandBadRowsGiveABoundedReportWithTheTrueCount() throws {
    let run = try checkBounded(rows(200_000, ",2024-02-30,来访,1,申诉求决,城乡建设,城关镇,,,\n"),
                               expecting: "cell.date@cases/a.csv:2/登记日期", limit: 200_000)
    #expect(run.errors == 200_000)
    #expect(run.text.contains("发现 200000 个错误"))
    #expect(run.text.split(separator: "\n").count < 100)
    #expect(run.problems.count <= 200)
    #expect(run.problems.reduce(0) { $0 + ($1["count"] as? Int ?? 1) } == 200_000)
}

@Test func twoHundredThousandRaggedRowsGiveABoundedReport() throws {
    let run = try checkBounded(rows(200_000, ",x\n"), expecting: "csv.ragged-row@cases/a.csv:2/-", limit: 200_000)
    #expect(run.errors == 200_000)
    #expect(run.problems.count <= 200)
    #expect(run.text.contains("有问题而未采用的行：200000 行"))
}

/// The case header, then `count` rows of `A<k>` followed by `rest`, built as bytes
/// because string interpolation a million times is slow in debug builds.
private func rows(_ count: Int, _ rest: String) -> [UInt8] {
    var bytes = Array((corpusCaseHeader + "\n").utf8)
    let tail = Array(rest.utf8)
    bytes.reserveCapacity(count * (tail.count + 8))
    for k in 0..<count { bytes.append(0x41); appendDigits(k, to: &bytes); bytes += tail }
    return bytes
}

private func appendDigits(_ value: Int, to bytes: inout [UInt8]) {
    if value >= 10 { appendDigits(value / 10, to: &bytes) }
    bytes.append(UInt8(0x30 + value % 10))
}

/// Checks `bytes` as `cases/a.csv`: exit 1, `expected` among the problems, and text
/// and JSON reports each under `limit` bytes.
@discardableResult
private func checkBounded(_ bytes: [UInt8], expecting expected: String, limit: Int = 20_000) throws -> CheckRun {
    let folder = try ContentFolder(casesBytes(bytes))
    defer { folder.remove() }
    let run = try CheckRun(content: folder.url.path)
    #expect(run.code == .dataError)
    #expect(run.has(expected), "missing \(expected) in \(run.briefs.prefix(5))")
    #expect(run.text.utf8.count < limit)
    #expect(run.json.utf8.count < limit)
    return run
}
