import Foundation
import Testing
@testable import XFQRCode

/// Inputs covering versions 1 to 10, ASCII and Chinese (UTF-8) text.
let samples: [String] = [
    "HELLO",
    "https://xf.example.gov.cn/public/guide-01/index.html",
    "依法依规信访路线图",
    "http://10.0.0.8/xinfang/public/guide-07/index.html",
    "https://示例区.gov.cn/信访/public/guide-03/index.html",
    String(repeating: "信访工作条例", count: 11),
    String(repeating: "a", count: 213),
]

@Test func reedSolomonMatchesTheStandardsWorkedExample() {
    // ISO/IEC 18004 annex I: "01234567" at 1-M, data codewords and their 10 EC codewords.
    let data: [UInt8] = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11]
    let ec = ReedSolomon.remainder(data, generator: ReedSolomon.generator(degree: 10))
    #expect(ec == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
}

@Test func formatAndVersionBitsAreTheStandardsTableValues() {
    // Annex C: level M with masks 0…7; annex D: versions 7 and 10.
    #expect((0..<8).map(QRLayout.formatBits) == [0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0])
    #expect(QRLayout.versionBits(7) == 0x07C94)
    #expect(QRLayout.versionBits(10) == 0x0A4D3)
}

@Test func capacityAtLevelMGrowsToVersionTen() throws {
    #expect((1...10).map(QRCapacity.byteCapacity) == [14, 26, 42, 62, 84, 106, 122, 152, 180, 213])
    #expect(try QRCode(String(repeating: "a", count: 14)).version == 1)
    #expect(try QRCode(String(repeating: "a", count: 15)).version == 2)
    #expect(try QRCode(String(repeating: "a", count: 213)).version == 10)
    #expect(throws: QRCode.Failure.tooLong(bytes: 214)) { try QRCode(String(repeating: "a", count: 214)) }
}

/// Symbols pinned by version, chosen mask and format bits (cross-checked with segno).
@Test func knownSymbolsKeepTheirVersionMaskAndFormat() throws {
    let pinned: [(String, version: Int, mask: Int)] = [
        (samples[0], 1, 2),
        (samples[1], 4, 2),
        (samples[2], 3, 6),  // 27 UTF-8 bytes: one more than version 2 holds
        (samples[4], 4, 2),
        (samples[5], 10, 4),  // 198 bytes of Chinese text, version info present
        (samples[6], 10, 1),
    ]
    for (text, version, mask) in pinned {
        let code = try QRCode(text)
        #expect(code.version == version, "\(text)")
        #expect(code.mask == mask, "\(text)")
        #expect(code.formatBits == QRLayout.formatBits(mask: mask))
        // The format bits are read back from both copies in the symbol.
        var first = 0, second = 0
        let size = code.size
        let upperLeft = (0...5).map { ($0, 8) } + [(7, 8), (8, 8), (8, 7)] + (9..<15).map { (8, 14 - $0) }
        for (index, (row, column)) in upperLeft.enumerated() where code.isDark(row: row, column: column) { first |= 1 << index }
        let split = (0..<8).map { (8, size - 1 - $0) } + (8..<15).map { (size - 15 + $0, 8) }
        for (index, (row, column)) in split.enumerated() where code.isDark(row: row, column: column) { second |= 1 << index }
        #expect(first == code.formatBits && second == code.formatBits)
        #expect(code.isDark(row: size - 8, column: 8), "the dark module")
        if let versionBits = code.versionBits {
            var read = 0
            for index in 0..<18 where code.isDark(row: index / 3, column: size - 11 + index % 3) { read |= 1 << index }
            #expect(read == versionBits)
        }
    }
}

@Test func svgHasTheQuietZoneAndOnlyBlackOnWhite() throws {
    let code = try QRCode("HELLO")
    let svg = QRCodeSVG.render(code, label: "二维码 <&>")
    #expect(svg.contains("viewBox=\"0 0 29 29\""))
    #expect(svg.contains("aria-label=\"二维码 &lt;&amp;&gt;\""))
    #expect(svg.contains("M4 4h7v1h-7z"), "the finder's top row starts inside the four-module quiet zone")
}

private func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, out: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

private let referencesInstalled: Bool = (try? python("import segno, qrcode", []).status) == 0

private func rows(_ code: QRCode) -> String {
    (0..<code.size).map { row in String((0..<code.size).map { code.isDark(row: row, column: $0) ? "1" : "0" }) }.joined(separator: ",")
}

/// With each of the eight masks forced, every sample is the same symbol module
/// for module as the `qrcode` package's (PyPI), which follows the standard's
/// padding (segno adds a stray zero codeword after the terminator in byte mode).
@Test(.enabled(if: referencesInstalled, "segno and qrcode (PyPI) are not installed: .ci/install-test-tools"))
func symbolsWithEachMaskMatchTheQrcodePackage() throws {
    let script = """
    import sys, qrcode, qrcode.util as u
    q = qrcode.QRCode(version=None, error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=int(sys.argv[2]))
    q.add_data(u.QRData(sys.argv[1].encode('utf-8'), mode=u.MODE_8BIT_BYTE))
    q.make(fit=True)
    print(q.version, ','.join(''.join('1' if m else '0' for m in row) for row in q.get_matrix()))
    """
    for text in samples {
        for mask in 0..<8 {
            let code = try QRCode(text, mask: mask)
            let out = try python(script, [text, String(mask)]).out.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(out == "\(code.version) \(rows(code))", "\(text) mask \(mask)")
        }
    }
}

/// The mask chosen is the one segno's implementation of the four penalty rules
/// scores lowest, on the masked symbol with the format and version areas still
/// light (ISO/IEC 18004:2015 7.8.3).
@Test(.enabled(if: referencesInstalled, "segno and qrcode (PyPI) are not installed: .ci/install-test-tools"))
func chosenMaskHasTheLowestPenaltyBySegnosRules() throws {
    let script = """
    import sys
    from segno import encoder
    scores = []
    for symbol in sys.argv[1:]:
        m = [bytearray(int(c) for c in row) for row in symbol.split(',')]
        n = len(m)
        for i in range(9):
            m[i][8] = 0; m[8][i] = 0
        for i in range(8):
            m[n - 1 - i][8] = 0; m[8][n - 1 - i] = 0
        if n >= 45:
            for i in range(6):
                for k in (9, 10, 11):
                    m[i][n - k] = 0; m[n - k][i] = 0
        scores.append(encoder.evaluate_mask(m, n, n))
    print(scores.index(min(scores)), scores)
    """
    for text in samples {
        let chosen = try QRCode(text)
        let symbols = try (0..<8).map { try rows(QRCode(text, mask: $0)) }
        let out = try python(script, symbols).out
        #expect(out.hasPrefix("\(chosen.mask) "), "\(text): mine \(chosen.mask), segno's scores \(out)")
    }
}
