import Foundation
import Testing
import XFTestSupport
import XFZip
@testable import XFDocuments

/// Reads back a stored ZIP the way an unzip tool does: local headers in order,
/// then the central directory and end record, each checked against the others.
struct ZipEntryRead: Equatable {
    var name: String
    var bytes: [UInt8]
    var crc: UInt32
    var date: UInt16
    var time: UInt16
}

func readStoredZip(_ zip: [UInt8]) throws -> [ZipEntryRead] {
    func u16(_ at: Int) -> Int { Int(zip[at]) | Int(zip[at + 1]) << 8 }
    func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
    struct Bad: Error { let why: String }
    let end = zip.count - 22
    guard end >= 0, u32(end) == 0x0605_4B50 else { throw Bad(why: "no end record") }
    let count = u16(end + 10)
    var central = Int(u32(end + 16))
    var entries: [ZipEntryRead] = []
    for _ in 0 ..< count {
        guard u32(central) == 0x0201_4B50 else { throw Bad(why: "central header") }
        let nameLength = u16(central + 28)
        let name = String(decoding: zip[(central + 46) ..< (central + 46 + nameLength)], as: UTF8.self)
        let local = Int(u32(central + 42))
        guard u32(local) == 0x0403_4B50, u16(local + 8) == 0 else { throw Bad(why: "local header of \(name)") }
        let size = Int(u32(local + 18))
        guard size == Int(u32(central + 20)), u32(local + 14) == u32(central + 16) else { throw Bad(why: "sizes of \(name)") }
        let start = local + 30 + u16(local + 26) + u16(local + 28)
        entries.append(ZipEntryRead(name: name, bytes: Array(zip[start ..< start + size]), crc: u32(local + 14),
                                    date: UInt16(u16(local + 12)), time: UInt16(u16(local + 10))))
        central += 46 + nameLength + u16(central + 30) + u16(central + 32)
    }
    return entries
}

@Suite struct ZipTests {
    @Test func crcMatchesKnownValues() {
        #expect(CRC32.checksum([]) == 0)
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    @Test func entriesReadBackWithTheirChecksumsAndFixedTime() throws {
        var archive = StoredZip()
        archive.add("a.txt", Array("你好，世界".utf8))
        archive.add("folder/空.xml", [])
        archive.add("b.bin", (0 ..< 1000).map { UInt8($0 % 251) })
        let bytes = try archive.bytes()
        let read = try readStoredZip(bytes)
        #expect(read.map(\.name) == ["a.txt", "folder/空.xml", "b.bin"])
        for (entry, original) in zip(read, archive.entries) {
            #expect(entry.bytes == original.bytes)
            #expect(entry.crc == CRC32.checksum(original.bytes))
            #expect(entry.date == 0x21 && entry.time == 0)
        }
        #expect(try archive.bytes() == bytes)
    }

    @Test(.enabled(if: DocumentTools.unzip != nil, "需要 unzip"))
    func unzipTestsTheArchive() throws {
        var zip = StoredZip()
        zip.add("word/document.xml", Array("<a>测试</a>".utf8))
        zip.add("[Content_Types].xml", Array("<b/>".utf8))
        let folder = try TemporaryFolder("zip").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("t.zip")
        try Data(try zip.bytes()).write(to: file)
        let result = try ExternalTool.run(DocumentTools.unzip!, ["-t", file.path])
        #expect(result.status == 0, "\(result.out)\(result.err)")
        #expect(result.out.contains("No errors detected"))
    }
}
