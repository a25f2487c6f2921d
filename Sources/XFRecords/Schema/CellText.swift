/// Cell text as DATA.md wants it read: trimmed of ASCII and full-width (U+3000)
/// spaces, with full-width digits, letters and the punctuation used in numbers
/// and dates normalised to ASCII. Works on UTF-8 bytes.
public enum CellText {
    /// The cell without leading and trailing ASCII whitespace and U+3000.
    @inline(__always)
    public static func trim(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        // Almost every cell is empty, or starts and ends with a printable byte that can begin no space.
        guard let base = bytes.baseAddress, bytes.count > 0 else { return bytes }
        let (first, last) = (base[0], base[bytes.count - 1])
        if first > 0x20, first != 0xE3, last > 0x20, last != 0x80 { return bytes }
        return trimSpaces(bytes)
    }

    @inline(never)
    static func trimSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end {
            if isASCIISpace(bytes[start]) { start += 1; continue }
            if start + 3 <= end && isIdeographicSpace(bytes, at: start) { start += 3; continue }
            break
        }
        while end > start {
            if isASCIISpace(bytes[end - 1]) { end -= 1; continue }
            if end - 3 >= start && isIdeographicSpace(bytes, at: end - 3) { end -= 3; continue }
            break
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    public static func trim(_ text: String) -> String {
        var utf8 = Array(text.utf8)
        return utf8.withUnsafeMutableBufferPointer { String(decoding: trim(UnsafeBufferPointer($0)), as: UTF8.self) }
    }

    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isIdeographicSpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        bytes[i] == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80
    }

    /// Writes the cell's ASCII form into `out`: full-width ０-９ Ａ-Ｚ ａ-ｚ and
    /// －／．：，＋ become ASCII; 年 and 月 become `-` and 日 is dropped, so that
    /// `2023年5月1日` reads as `2023-5-1`. Returns false if any other non-ASCII
    /// character remains, which no number or date may contain.
    static func asciiForm(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 { out.append(byte); i += 1; continue }
            guard i + 3 <= bytes.count else { return false }
            let (b1, b2) = (bytes[i + 1], bytes[i + 2])
            switch (byte, b1, b2) {
            case (0xEF, 0xBC, 0x80...0xBF):   // U+FF00–FF3F: full-width ！ to ＿, digits, A–Z
                guard b2 >= 0x81 else { return false }
                out.append(b2 - 0x60)
            case (0xEF, 0xBD, 0x80...0x9E):   // U+FF40–FF5E: ｀ a–z ｛｜｝～
                out.append(b2 - 0x20)
            case (0xE5, 0xB9, 0xB4): out.append(0x2D)   // 年
            case (0xE6, 0x9C, 0x88): out.append(0x2D)   // 月
            case (0xE6, 0x97, 0xA5): break              // 日
            case (0xE3, 0x80, 0x80): out.append(0x20)   // ideographic space
            default: return false
            }
            i += 3
        }
        return true
    }
}
