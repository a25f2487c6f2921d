import Foundation

/// The encodings a bureau's text files come in. Excel on Chinese Windows writes
/// "CSV" as GB18030/GBK; "CSV UTF-8" adds a BOM; exports from systems are often
/// plain UTF-8.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case gb18030 = "GB18030"
}

/// Turns a file's bytes into UTF-8 bytes: bytes that are valid UTF-8 are UTF-8,
/// otherwise GB18030 (DATA.md). Files that are clearly not CSV text (Excel
/// workbooks, UTF-16, binary) are refused with a message that says what to do.
public enum TextDecoder {
    /// Foundation's constant for GB18030 on Linux.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public static func decode(_ bytes: [UInt8], file: String,
                              kind: SourceKind = .table) -> Result<(bytes: [UInt8], encoding: TextEncoding), Diagnostic> {
        if let refusal = bytes.withUnsafeBufferPointer({ signatureRefusal($0, file: file, kind: kind) }) {
            return .failure(refusal)
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let scan = bytes.withUnsafeBufferPointer { UTF8Validation.scan(UnsafeBufferPointer(rebasing: $0[(hasBOM ? 3 : 0)...])) }
        switch scan {
        case .valid:
            return .success((hasBOM ? Array(bytes.dropFirst(3)) : bytes, hasBOM ? .utf8BOM : .utf8))
        case .nul(let offset):
            return .failure(nulRefusal(bytes, at: offset + (hasBOM ? 3 : 0), file: file, kind: kind))
        case .invalid(let utf8Bad):
            if let nul = bytes.withUnsafeBufferPointer({ UTF8Validation.firstNUL($0) }) {
                return .failure(nulRefusal(bytes, at: nul, file: file, kind: kind))
            }
            let gbBad = GB18030Validation.firstInvalid(bytes)
            // The decoded text's bytes are taken and searched as one buffer: through
            // `String.UTF8View` element by element they cost more than the decoding.
            if gbBad == nil, let utf8 = GB18030Table.decode(bytes) { return .success((utf8, .gb18030)) }
            if gbBad == nil, var text = String(data: Data(bytes), encoding: gb18030) {
                let utf8 = text.withUTF8 { Array($0) }
                if utf8.withUnsafeBufferPointer({ UTF8Validation.firstNUL($0) }) == nil { return .success((utf8, .gb18030)) }
            }
            // Point at the line where the file stops making sense in the encoding that
            // got further: a UTF-8 file with a stray byte, or a GB18030 file with one.
            let line = gbBad.map { lineNumber(of: max($0, utf8Bad + (hasBOM ? 3 : 0)), in: bytes) } ?? 0
            return .failure(Diagnostic(
                code: .encodingUnknown, at: SourceLocation(file: file, line: line),
                message: "文件编码无法识别：既不是 UTF-8，也不是 GB18030（GBK）" + (line > 0 ? "，本行有无法识别的字节。" : "。"),
                fix: kind.resaveAdvice ?? "请用 Excel 或 WPS 打开后“另存为”CSV（逗号分隔）或“CSV UTF-8”格式。"))
        }
    }

    /// Workbooks and UTF-16 files, recognised by their first bytes. (Over a buffer,
    /// not a generic collection: unspecialised, the UTF-16 sniff cost ~3,000
    /// instructions a byte of its sample.)
    package static func signatureRefusal(_ bytes: UnsafeBufferPointer<UInt8>, file: String,
                                         kind: SourceKind = .table) -> Diagnostic? {
        let location = SourceLocation(file: file)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return Diagnostic(code: .encodingWorkbook, at: location,
                              message: "这是 Excel 工作簿文件（.xlsx/.xls），不是\(kind.textName)。",
                              fix: kind.resaveAdvice ?? "请在 Excel 中选择“文件 → 另存为 → CSV（逗号分隔）”后再放入该文件夹。")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) {
            return Diagnostic(code: .encodingUTF16, at: location,
                              message: "文件是 UTF-16（Unicode 文本）编码，本工具只读 UTF-8 或 GB18030。",
                              fix: kind.resaveAdvice ?? "请另存为“CSV UTF-8（逗号分隔）”格式。")
        }
        return nil
    }

    /// UTF-16 saved without a byte order mark: ASCII characters (commas, digits, line
    /// breaks) leave zero bytes, all on odd offsets (little-endian) or all on even ones.
    static func looksLikeUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let sample = UnsafeBufferPointer(rebasing: bytes.prefix(4096))
        var zeros = (even: 0, odd: 0)
        for offset in sample.indices where sample[offset] == 0 {
            if offset % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let enough = max(2, sample.count / 32)
        return (zeros.odd >= enough && zeros.even == 0) || (zeros.even >= enough && zeros.odd == 0)
    }

    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    static func nulRefusal(_ bytes: [UInt8], at offset: Int, file: String, kind: SourceKind) -> Diagnostic {
        let line = lineNumber(of: offset, in: bytes)
        return Diagnostic(code: .encodingNUL, at: SourceLocation(file: file, line: line),
                          message: "文件含有空字节（NUL），不是正常的\(kind == .table ? " CSV 文本" : "文本")，可能已损坏。",
                          fix: kind.resaveAdvice ?? "请重新从系统导出该文件，或用 Excel 打开后另存为 CSV。")
    }
}

/// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF),
/// with a fast path over ASCII eight bytes at a time.
package enum UTF8Validation {
    /// The index of the first zero byte, scanning eight bytes at a time.
    package static func firstNUL(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        var i = 0
        while i + 8 <= buffer.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < buffer.count {
            if base[i] == 0 { return i }
            i += 1
        }
        return nil
    }

    /// The end of the run of three-byte sequences with a lead byte E1–EC or EE–EF
    /// (all of CJK) starting at `i`, two characters (then one) per load: a mask
    /// test and a table bit per character. Stops (returning `i` itself if none) at
    /// anything else, which the general path then judges.
    @inline(__always)
    package static func threeByteRun(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        // Bit k set: lead byte 0xE0 + k needs no check of its second byte beyond 80–BF (not E0, not ED).
        let plainLeads: UInt64 = 0xDFFE
        var i = start
        while i &+ 8 <= count {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
            // 1110xxxx 10xxxxxx 10xxxxxx, twice.
            guard x & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0,
                  (plainLeads >> (x & 0xF)) & (plainLeads >> ((x >> 24) & 0xF)) & 1 != 0 else { break }
            i &+= 6
        }
        while i &+ 4 <= count {
            let x = UInt64(UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self).littleEndian)
            guard x & 0x00C0_C0F0 == 0x0080_80E0, (plainLeads >> (x & 0xF)) & 1 != 0 else { break }
            i &+= 3
        }
        return i
    }

    /// Whether `count` bytes at `base` are ASCII without a NUL (so valid UTF-8),
    /// a word at a time: for the short cells (ids, dates, numbers) that a parse
    /// checking its text meets, where `scan` would take the last bytes one by one.
    @inline(__always)
    package static func isPlainASCII(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        // Bit 7 of a byte set where it is high, or (for "any", exactly) zero.
        func flagged(_ word: UInt64) -> UInt64 { (word | ((word &- 0x0101_0101_0101_0101) & ~word)) & 0x8080_8080_8080_8080 }
        func word(_ offset: Int) -> UInt64 { UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) }
        func half(_ offset: Int) -> UInt64 { UInt64(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt32.self)) }
        if count >= 8 {
            var i = 0
            var flags: UInt64 = 0
            while i &+ 8 < count {
                flags |= flagged(word(i))
                i &+= 8
            }
            return flags | flagged(word(count &- 8)) == 0
        }
        if count >= 4 { return flagged(half(0) | half(count &- 4) << 32) == 0 }
        for k in 0..<count where base[k] == 0 || base[k] >= 0x80 { return false }
        return true
    }

    /// `invalid` carries the offset of the first byte that starts no valid sequence.
    package enum Scan: Equatable { case valid, invalid(Int), nul(Int) }

    package static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { scan($0) } == .valid
    }

    /// One pass: valid UTF-8, invalid, or valid up to a NUL byte. ASCII goes eight
    /// bytes at a time; the three-byte sequences of Chinese text have their own path.
    package static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> Scan {
        guard let base = buffer.baseAddress else { return .valid }
        let count = buffer.count
        var i = 0
        while i < count {
            if i &+ 8 <= count {
                // The ASCII bytes before the word's first high byte, all at once.
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                let high = word & 0x8080_8080_8080_8080
                let ascii = high == 0 ? 8 : high.trailingZeroBitCount >> 3
                let zeros = ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & 0x8080_8080_8080_8080
                if zeros != 0 && zeros.trailingZeroBitCount >> 3 < ascii { return .nul(i + zeros.trailingZeroBitCount >> 3) }
                i &+= ascii
                if high == 0 { continue }
                let after = threeByteRun(base, from: i, count: count)
                if after > i { i = after; continue }
            }
            let lead = base[i]
            if lead < 0x80 {
                if lead == 0 { return .nul(i) }
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return .invalid(i)
            }
            guard i + length <= count else { return .invalid(i) }
            let second = base[i + 1]
            guard second >= lower && second <= upper else { return .invalid(i) }
            for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return .invalid(i) }
            i += length
        }
        return .valid
    }
}

/// The byte structure of GB18030: ASCII, two bytes (81–FE then 40–7E or 80–FE) or
/// four bytes (81–FE, 30–39, 81–FE, 30–39).
package enum GB18030Validation {
    /// Offset of the first byte that cannot start or continue a character, or nil.
    package static func firstInvalid(_ bytes: [UInt8]) -> Int? {
        let count = bytes.count
        var i = 0
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard lead <= 0xFE, lead >= 0x81, i + 1 < count else { return i }
            let second = bytes[i + 1]
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) { i += 2; continue }
            guard (0x30...0x39).contains(second), i + 3 < count,
                  (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3]) else { return i }
            i += 4
        }
        return nil
    }
}

/// GB18030 to UTF-8 through a table of every two-byte code, built once from
/// Foundation's own decoder (so that each code means here what it means there),
/// then read without a `String`: Foundation's whole-file decoding cost ~160
/// instructions a byte. A file with a four-byte code, or a code Foundation does
/// not decode, is left to Foundation (nil), which then decides as before.
package enum GB18030Table {
    /// The scalar of each two-byte code, lead 81–FE by trail 40–FE (0 where unknown).
    static let scalars: [UInt32] = build()

    static func index(_ lead: UInt8, _ trail: UInt8) -> Int { Int(lead - 0x81) * 191 + Int(trail - 0x40) }

    private static func build() -> [UInt32] {
        var table = [UInt32](repeating: 0, count: 126 * 191)
        for lead in UInt8(0x81)...0xFE {
            // One row (190 codes, 7F is no trail byte) at a time, the codes apart by
            // line feeds; each code alone when the row does not decode as a whole.
            var codes: [UInt8] = []
            for trail in UInt8(0x40)...0xFE where trail != 0x7F {
                if !codes.isEmpty { codes.append(0x0A) }
                codes += [lead, trail]
            }
            if let text = String(data: Data(codes), encoding: TextDecoder.gb18030) {
                let scalars = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
                if scalars.count == 190, scalars.allSatisfy({ $0.count == 1 }) {
                    var k = 0
                    for trail in UInt8(0x40)...0xFE where trail != 0x7F {
                        table[index(lead, trail)] = scalars[k].first!.value
                        k += 1
                    }
                    continue
                }
            }
            for trail in UInt8(0x40)...0xFE where trail != 0x7F {
                if let text = String(data: Data([lead, trail]), encoding: TextDecoder.gb18030),
                   text.unicodeScalars.count == 1 {
                    table[index(lead, trail)] = text.unicodeScalars.first!.value
                }
            }
        }
        return table
    }

    /// `bytes` (structurally GB18030, no NUL) as UTF-8, or nil when Foundation must decide.
    package static func decode(_ bytes: [UInt8]) -> [UInt8]? {
        let table = scalars
        var failed = false
        // A two-byte code becomes at most three UTF-8 bytes, a one-byte code one.
        let out = [UInt8](unsafeUninitializedCapacity: bytes.count + bytes.count / 2 + 3) { out, written in
            var o = 0
            bytes.withUnsafeBufferPointer { input in
                table.withUnsafeBufferPointer { table in
                    var i = 0
                    let n = input.count
                    while i < n {
                        let lead = input[i]
                        if lead < 0x80 { out[o] = lead; o += 1; i += 1; continue }
                        guard i + 1 < n, lead >= 0x81, lead <= 0xFE, input[i + 1] >= 0x40, input[i + 1] != 0x7F,
                              input[i + 1] <= 0xFE else { failed = true; return }
                        let scalar = table[index(lead, input[i + 1])]
                        guard scalar >= 0x80, scalar <= 0xFFFF, !(0xD800...0xDFFF).contains(scalar) else { failed = true; return }
                        if scalar < 0x800 {
                            out[o] = UInt8(0xC0 | scalar >> 6)
                            out[o + 1] = UInt8(0x80 | scalar & 0x3F)
                            o += 2
                        } else {
                            out[o] = UInt8(0xE0 | scalar >> 12)
                            out[o + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                            out[o + 2] = UInt8(0x80 | scalar & 0x3F)
                            o += 3
                        }
                        i += 2
                    }
                }
            }
            written = o
        }
        return failed ? nil : out
    }
}
