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
