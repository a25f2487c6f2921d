import Testing
@testable import XFPublish

/// The scan's word-at-a-time filter passes over digit runs that cannot be a
/// number; these check it finds exactly what examining every run finds, on
/// text made to sit numbers, near-numbers and long runs across word boundaries.
struct PersonalDataScanFilterTests {
    /// Pieces a page is made of, and numbers that are and are not personal data.
    static let pieces = [
        "13912345678", "139-1234-5678", "139 1234 5678", "010-62345678", "(0755)82345678", "0755 8234567",
        "075582345678", "11010519491231002X", "320106198501010018", "110105491231002", "110105194912310021",
        "1234567890123456789012", "20250613", "2025-06-13", "0.13912345678", "A13912345678", "13912345678B",
        "<td>", "</td>", " x=\"412.5\"", "M10 20L30 40", "95.7%", "，", "诉求", "0", "1", "01", "13", "139", "0755",
        "-", " ", ")", "(", ".", "X", "x", "\n", "12345678", "99999999", "1", "00000000000",
    ]

    /// A small deterministic generator (the same text on every run).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func theFilterFindsWhatEveryRunFinds() {
        let scanner = PersonalDataScanner(allowedNumbers: ["0755-82345678"])
        var generator = Generator(state: 15)
        var hitsSeen = 0
        for length in 0 ..< 400 {
            var text: [UInt8] = []
            while text.count < length {
                let piece = Self.pieces[generator.next(Self.pieces.count)]
                text += Array(piece.utf8)
                // Digits glued on either side move runs across the word boundaries.
                if generator.next(3) == 0 { text.append(UInt8(0x30 + generator.next(10))) }
            }
            let fast = scanner.scan(text)
            let reference = text.withUnsafeBufferPointer { scanner.scanEveryRun($0) }
            #expect(fast == reference, "text: \(String(decoding: text, as: UTF8.self))")
            hitsSeen += reference.count
        }
        // The texts hold real hits, so the comparison is not between two empty lists.
        #expect(hitsSeen > 50)
    }

    @Test func aLongRunIsFoundWhereverItStarts() {
        let scanner = PersonalDataScanner()
        for offset in 0 ..< 24 {
            for id in ["320106198501010018", "11010519491231002X", "510105491231002"] {
                let text = Array((String(repeating: " ", count: offset) + id + "</td>").utf8)
                #expect(scanner.scan(text).map(\.offset) == [offset], "\(id) at \(offset)")
            }
        }
    }

    @Test func everyByteValueAroundANumber() {
        let scanner = PersonalDataScanner()
        for byte in UInt8(0) ... 255 {
            let text = [byte] + Array("13912345678".utf8) + [byte] + Array("xxxxxxxxxxxxxxxxxxxx".utf8)
            let reference = text.withUnsafeBufferPointer { scanner.scanEveryRun($0) }
            #expect(scanner.scan(text) == reference, "byte \(byte)")
        }
    }
}
