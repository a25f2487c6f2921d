import Foundation
import Testing
import XFSource
@testable import XFSource

@Test func detectsUTF8WithAndWithoutBOM() throws {
    let plain = try TextDecoder.decode(Array("名称\n城关镇\n".utf8), file: "u.csv").get()
    #expect(plain.encoding == .utf8)
    let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("名称\n".utf8), file: "u.csv").get()
    #expect(bom.encoding == .utf8BOM)
    #expect(bom.bytes == Array("名称\n".utf8))
}

@Test func detectsGB18030() throws {
    let text = "名称,类型\r\n城关镇,镇街\r\n区人社局,部门\r\n"
    let gb = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
    #expect(!UTF8Validation.isValid(Array(gb)))
    let decoded = try TextDecoder.decode(Array(gb), file: "g.csv").get()
    #expect(decoded.encoding == .gb18030)
    #expect(String(decoding: decoded.bytes, as: UTF8.self) == text)
}

@Test func refusesWorkbooksUTF16AndNul() {
    func code(_ bytes: [UInt8]) -> DiagnosticCode? {
        if case .failure(let d) = TextDecoder.decode(bytes, file: "x.csv") { return d.code }
        return nil
    }
    #expect(code([0x50, 0x4B, 0x03, 0x04, 1, 2]) == "encoding.workbook")
    #expect(code([0xFF, 0xFE, 0x41, 0x00]) == "encoding.utf16")
    #expect(code(Array("a,b\n1,2\n".utf8) + [0, 0x41]) == "encoding.nul")
    #expect(code([0x41, 0xFF, 0xFF, 0xFF, 0x0A]) == "encoding.unknown")
}

@Test func utf8ValidationRejectsOverlongsAndSurrogates() {
    #expect(UTF8Validation.isValid(Array("abc 信访 😀 0123456789".utf8)))
    #expect(!UTF8Validation.isValid([0xC0, 0xAF]))
    #expect(!UTF8Validation.isValid([0xED, 0xA0, 0x80]))
    #expect(!UTF8Validation.isValid([0xF4, 0x90, 0x80, 0x80]))
    #expect(!UTF8Validation.isValid([0xE4, 0xBF]))
}

/// UTF-8 read one character at a time, straight from the definition (RFC 3629):
/// what `UTF8Validation.scan` must find, position for position.
private func referenceScan(_ bytes: [UInt8]) -> UTF8Validation.Scan {
    var i = 0
    while i < bytes.count {
        let lead = bytes[i]
        if lead == 0 { return .nul(i) }
        if lead < 0x80 { i += 1; continue }
        let length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0
        guard length > 0, i + length <= bytes.count, bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else {
            return .invalid(i)
        }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard scalar >= smallest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return .invalid(i) }
        i += length
    }
    return .valid
}

@Test func utf8ScanFindsWhatTheDefinitionFinds() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Int(state % UInt64(bound))
    }
    let pieces: [[UInt8]] = ["信访", "电话", "申诉求决", "是", ",", "XF2021-0000001", "2021-01-01", "\n", "é", "😀", "\u{800}",
                             "\u{FFFD}", "\u{D7FF}", "\u{E000}", "\u{10FFFF}"].map { Array($0.utf8) }
        + [[0x00], [0x80], [0xC0, 0xAF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xBF],
           [0xFF], [0xF0, 0x9F, 0x98], [0xEF, 0xBF, 0xBF], [0xE1, 0x80], [0xC2]]
    for round in 0..<20_000 {
        var bytes: [UInt8] = []
        let parts = next(12) + 1
        for _ in 0..<parts {
            // Mostly valid text, now and then a broken or extreme sequence.
            let piece = next(10) < 8 ? pieces[next(15)] : pieces[next(pieces.count)]
            bytes += piece
        }
        if round % 3 == 0, !bytes.isEmpty { bytes.removeLast(next(min(3, bytes.count) + 1)) }
        #expect(bytes.withUnsafeBufferPointer { UTF8Validation.scan($0) } == referenceScan(bytes), "\(bytes)")
    }
}
