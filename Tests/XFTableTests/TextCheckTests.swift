import Foundation
import Testing
import XFSource
@testable import XFTable

/// Records every row and vouches, as the loaders do, for each field that is a
/// word it knows (here: 是 and 否), so that a parse checking the text skips them.
private struct VouchingHandler: CSVRowHandler {
    var rows: [[String]] = []
    var known: UInt64 = 0

    mutating func handle(_ row: CSVRow) {
        rows.append((0..<row.count).map { row.string($0) })
        known = 0
        for field in 0..<min(row.count, 64) where ["是", "否"].contains(row.string(field)) { known |= 1 << UInt64(field) }
    }

    func knownUTF8Fields() -> UInt64 { known }
}

/// What reading and parsing `bytes` gives: decoded first, or checked while parsed.
private func outcome(_ bytes: [UInt8], checkingWhileParsing: Bool) -> String {
    switch TableFile.read(bytes: bytes, as: "cases/t.csv", checkingTextWhileParsing: checkingWhileParsing) {
    case .failure(let problem):
        return "unreadable: \(problem.rendered)"
    case .success(let file):
        var handler = VouchingHandler()
        let problems = file.parse(into: &handler)
        if let problem = file.unreadable { return "unreadable: \(problem.rendered)" }
        return "\(file.encoding.rawValue) \(handler.rows) \(problems.map(\.rendered))"
    }
}

/// A text checked while it is parsed reads exactly as one checked first: UTF-8
/// with or without a BOM, and GB18030, NUL bytes, undecodable bytes and bad rows
/// found late in the file, in fields vouched for or not, in the header or a title row.
@Test func textCheckedWhileParsingReadsAsTextCheckedFirst() throws {
    let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    func rows(_ count: Int) -> String { (1...count).map { "XF-\($0),是,城关镇 \($0)\n" }.joined() }
    let header = "信访件编号,初信初访,责任单位\n"
    let utf8 = Array((header + rows(400)).utf8)
    // ASCII up to row 300, then a GB18030 row: the first byte that is not UTF-8 comes late.
    let ascii = "id,first,unit\n" + (1...300).map { "XF-\($0),Y,A\($0)\n" }.joined()
    let late = try #require((ascii + "XF-301,否,东关街道「满意」\n").data(using: gb18030))
    let inVouched = Array(ascii.utf8) + Array("XF-301,".utf8) + [0xCA, 0xC7] + Array(",A\n".utf8)
    let cases: [(String, [UInt8])] = [
        ("UTF-8", utf8),
        ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + utf8),
        ("GB18030 late, in a field not vouched for", Array(late)),
        ("GB18030 in the place of a vouched word", Array(inVouched)),
        ("GB18030 in the header", Array(try #require(("导出时间 2024年\n" + header + rows(3)).data(using: gb18030)))),
        ("NUL late", utf8 + Array("XF-401,是,城".utf8) + [0x00] + Array("关镇\n".utf8)),
        ("undecodable late", utf8 + Array("XF-401,是,".utf8) + [0xFF, 0xFF, 0x0A]),
        ("invalid in a ragged row", utf8 + Array("XF-401,".utf8) + [0xC0, 0xAF, 0x0A]),
        ("invalid in a stray-quote row", utf8 + Array("XF-401,是,城\"关".utf8) + [0xE4, 0xBF, 0x0A]),
        ("invalid in an unterminated quote", utf8 + Array("XF-401,是,\"城关".utf8) + [0xE4]),
        ("invalid in a blank-looking row", utf8 + [0x20, 0x80, 0x0A]),
        ("empty", []),
    ]
    for (name, bytes) in cases {
        let first = outcome(bytes, checkingWhileParsing: false)
        #expect(outcome(bytes, checkingWhileParsing: true) == first, "\(name)")
    }
    // The late GB18030 file is decoded, not read as UTF-8, either way.
    #expect(outcome(Array(late), checkingWhileParsing: true).hasPrefix("GB18030"))
    #expect(outcome(utf8, checkingWhileParsing: true).hasPrefix("UTF-8"))
}

/// A file checked while parsed hands its text to `withBytes` only once checked:
/// a GB18030 file's bytes there are its decoded text.
@Test func bytesOfAFileNotYetCheckedAreCheckedFirst() throws {
    let text = "信访件编号,责任单位\nXF-1,城关镇\n"
    let gb = Array(try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632))))
    let file = try TableFile.read(bytes: gb, as: "t.csv", checkingTextWhileParsing: true).get()
    #expect(file.byteCount == gb.count)
    #expect(file.withBytes { Array($0) } == Array(text.utf8))
    #expect(file.encoding == .gb18030)
}
