/// The sheet reader's fast path: a cell written the way Excel, WPS, LibreOffice
/// and XlsxWriter write nearly all of them, `<c r="C17" s="3" t="s"><v>12</v></c>`
/// (attributes `r`, `s`, `t` in any order, each once, separated by one space;
/// an empty `<c …/>` or `<c …></c>`; a value without entities), is read straight
/// from the bytes: no tokens, no nesting stack, no attribute loop; and so is the
/// boundary between two rows, `</row><row r="18" spans="1:21">`. Anything else
/// (a formula, inline text, an entity, other attributes or spacing, a cell cut by
/// the chunk's end) is left untouched for the general path, which also finds the
/// errors; so both paths accept exactly the same documents and give the same rows.
extension XlsxSheetReader {
    // The readers below change nothing but are `mutating`: so `self` is passed by
    // reference, where a non-mutating call on the reader copies all of it first.
    /// Reads as many consecutive cells and row boundaries of the usual shape as
    /// start at `p`; returns the bytes consumed (0 when the first is not of that shape).
    /// Row boundaries only when `rowIsInnermost` (the `</row>` closes the open row element).
    mutating func fastCells<Handler: SheetRowHandler>(_ p: UnsafeBufferPointer<UInt8>, rowIsInnermost: Bool,
                                                      _ handler: inout Handler) throws -> Int {
        var consumed = 0
        while !stopped {
            if let end = usualCell(p, at: consumed) {
                consumed = end
            } else if let end = try fastCell(p, at: consumed) {
                consumed = end
            } else if rowIsInnermost, let end = try fastRowBoundary(p, at: consumed, &handler) {
                consumed = end
            } else {
                break
            }
        }
        return consumed
    }

    /// `</row><row r="18" …>` from `start`: the row ends and the next one, later in
    /// the sheet, starts (the open elements stay as they were). The `r` attribute
    /// comes first; the others are `name="value"` after one space each, and their
    /// values are not read. Nil (nothing changed) for anything else.
    @inline(__always)
    private mutating func fastRowBoundary<Handler: SheetRowHandler>(_ p: UnsafeBufferPointer<UInt8>, at start: Int,
                                                                     _ handler: inout Handler) throws -> Int? {
        let n = p.count
        // "</row><r" and, overlapping it, "<row r=\"" as little-endian words.
        guard start + 16 <= n,
              UnsafeRawPointer(p.baseAddress! + start).loadUnaligned(as: UInt64.self) == UInt64(littleEndian: 0x723C_3E77_6F72_2F3C),
              UnsafeRawPointer(p.baseAddress! + start + 6).loadUnaligned(as: UInt64.self) == UInt64(littleEndian: 0x223D_7220_776F_723C)
        else { return nil }
        var k = start + 14
        var number = 0
        let digitsStart = k
        while k < n, p[k] &- 0x30 < 10, k - digitsStart < 7 {
            number = number &* 10 &+ Int(p[k] &- 0x30)
            k += 1
        }
        guard k > digitsStart, k < n, p[k] == 0x22, number > rowNumber, number <= CellReference.maxRows else { return nil }
        k += 1
        while true {
            guard k < n else { return nil }
            if p[k] == 0x3E { k += 1; break }   // ">"
            guard p[k] == 0x20 else { return nil }
            k += 1
            // name="value": letters, digits and a prefix colon; a second `r` (even `x:r`) is the general path's.
            let nameStart = k
            var local = k
            while k < n {
                let byte = p[k]
                if byte == 0x3A { local = k + 1 } else if byte &- 0x30 >= 10 && (byte | 0x20) &- 0x61 >= 26 { break }
                k += 1
            }
            guard k > nameStart, k + 1 < n, p[k] == 0x3D, p[k + 1] == 0x22, !(k - local == 1 && p[local] == 0x72) else { return nil }
            k += 2
            while k < n {
                let byte = p[k]
                if byte == 0x22 { break }
                if byte == 0x3C || byte == 0x26 { return nil }
                k += 1
            }
            guard k < n else { return nil }
            k += 1
        }
        try endRow(&handler)
        beginRow(number)
        return k
    }

    /// The commonest cells of all, compared a word at a time: `<c r="C17"` (a plain
    /// reference in this row, right of the last cell), then exactly ` t="s"><v>12</v></c>`
    /// (a known shared string), `><v>45231.5</v></c>` or ` s="3"><v>…</v></c>` (a number,
    /// a date by its style: digits and points only) or ` t="b"><v>1</v></c>`. Nil
    /// (nothing changed) for anything else, which `fastCell` then reads, to the same effect.
    @inline(__always)
    private mutating func usualCell(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        // The longest, `<c r="XFD1048576" s="1234567890"><v>`, a value of 24 bytes, `</v></c>`: 68 bytes, and room.
        guard start + 72 <= p.count, let reference = usualReference(p, at: start) else { return nil }
        var k = reference.end
        let cellColumn = reference.column
        var type: UInt8 = 0x6E, style = 0
        let tag = Self.word(p, k)
        if tag == 0x3E22_7322_3D74_2022 {   // `" t="s">`
            guard Self.word32(p, k + 8) & 0xFF_FFFF == 0x3E_763C else { return nil }   // `<v>`
            k += 11
            let digitsStart = k
            var index = 0
            while p[k] &- 0x30 < 10, k - digitsStart < 10 {
                index = index &* 10 &+ Int(p[k] &- 0x30)
                k += 1
            }
            guard k > digitsStart, Self.word(p, k) == 0x3E63_2F3C_3E76_2F3C, index < strings.count else { return nil }   // "</v></c>"
            (inCell, cellSkipped, self.cellColumn, lastColumn, cellType, cellStyle) = (false, false, cellColumn, cellColumn, 0x73, 0)
            appendShared(index, column: cellColumn)
            return k + 8
        } else if tag == 0x3E22_6222_3D74_2022 {   // `" t="b">`
            guard Self.word32(p, k + 8) & 0xFF_FFFF == 0x3E_763C else { return nil }
            type = 0x62
            k += 11
        } else if tag & 0xFF_FFFF_FFFF == 0x22_3D73_2022 {   // `" s="`
            k += 5
            let digitsStart = k
            while p[k] &- 0x30 < 10, k - digitsStart < 10 {
                style = style &* 10 &+ Int(p[k] &- 0x30)
                k += 1
            }
            guard k > digitsStart, Self.word(p, k) & 0xFF_FFFF_FFFF == 0x3E_763C_3E22 else { return nil }   // `"><v>`
            k += 5
        } else {
            guard tag & 0xFF_FFFF_FFFF == 0x3E_763C_3E22 else { return nil }
            k += 5
        }
        let valueStart = k
        while p[k] &- 0x30 < 10 || p[k] == 0x2E, k - valueStart < 24 { k += 1 }
        guard k > valueStart, Self.word(p, k) == 0x3E63_2F3C_3E76_2F3C else { return nil }
        (inCell, cellSkipped, self.cellColumn, lastColumn, cellType, cellStyle) = (false, false, cellColumn, cellColumn, type, style)
        appendValue(UnsafeBufferPointer(rebasing: p[valueStart..<k]))
        return k + 8
    }

    /// `<c r="C17` from `start` (the caller has checked 24 bytes of room: at most 3
    /// letters and 7 digits, and a word): a plain reference in this row, right of the
    /// last cell. Its 0-based column and where its row digits end, or nil.
    @inline(__always)
    private mutating func usualReference(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> (column: Int, end: Int)? {
        guard !rowSkipped, Self.word(p, start) & 0xFFFF_FFFF_FFFF == 0x223D_7220_633C else { return nil }
        var k = start + 6
        var column = 0
        while p[k] &- 0x41 < 26, k - start < 9 {
            column = column &* 26 &+ Int(p[k] &- 0x40)
            k += 1
        }
        guard k > start + 6, column - 1 > lastColumn, column <= CellReference.maxColumns,
              Self.word(p, k) & rowDigitMask == rowDigits else { return nil }
        return (column - 1, k + rowDigitCount)
    }

    /// A cell's start tag as the fast path read it: its column when already checked
    /// (or else -1), its reference to check (-1 for none), type, style, and where the
    /// tag's `>` or `/>` is. Plain integers: an optional of a struct is copied by `memcpy`.
    private struct CellStart {
        var column = -1
        var referenceStart = -1, referenceEnd = -1
        var type: UInt8 = 0x6E
        var style = 0
        var end = 0

        var reference: Range<Int>? { referenceStart < 0 ? nil : referenceStart..<referenceEnd }
    }

    /// One cell from `start`, or nil (nothing changed) when it is not of the usual shape.
    @inline(__always)
    private mutating func fastCell(_ p: UnsafeBufferPointer<UInt8>, at start: Int) throws -> Int? {
        let n = p.count
        var cell = CellStart()
        guard canonicalStart(p, at: start, &cell) || attributes(p, at: start, &cell) else { return nil }
        var k = cell.end
        var text = k..<k
        if p[k] == 0x2F {   // "/>"
            guard k + 1 < n, p[k + 1] == 0x3E else { return nil }
            k += 2
        } else {
            guard p[k] == 0x3E else { return nil }
            k += 1
            if k + 4 <= n, Self.word32(p, k) == 0x3E63_2F3C {   // "</c>"
                k += 4
            } else {
                // "<v>" (a value too near the end for a word of room is the general path's anyway)
                guard k + 4 <= n, Self.word32(p, k) & 0xFF_FFFF == 0x3E_763C else { return nil }
                k += 3
                let textStart = k
                // A shared string's number (the commonest cell), read while it is scanned,
                // straight into the row as below; anything else is scanned again there.
                if cell.type == 0x73, cell.column >= 0 {
                    var index = 0
                    while k < n, p[k] &- 0x30 < 10, k - textStart < 10 {
                        index = index &* 10 &+ Int(p[k] &- 0x30)
                        k += 1
                    }
                    if k > textStart, k + 8 <= n, Self.word(p, k) == 0x3E63_2F3C_3E76_2F3C, index < strings.count {
                        let column = cell.column
                        (inCell, cellSkipped, cellColumn, lastColumn, cellType, cellStyle) = (false, false, column, column, cell.type, cell.style)
                        appendShared(index, column: column)
                        return k + 8
                    }
                    k = textStart
                }
                while k < n {
                    let byte = p[k]
                    if byte == 0x3C { break }
                    if byte == 0x26 { return nil }
                    k += 1
                }
                text = textStart..<k
                // "</v></c>", one little-endian word
                guard k + 8 <= n, Self.word(p, k) == 0x3E63_2F3C_3E76_2F3C else { return nil }
                k += 8
            }
        }
        if cell.column < 0, let reference = cell.reference { cell.column = nextColumn(p, reference) ?? -1 }
        if cell.column >= 0 {
            let column = cell.column
            // The usual case, checked here: the reference is in this row, right of the last cell.
            (inCell, cellSkipped, cellColumn, lastColumn, cellType, cellStyle) = (true, false, column, column, cell.type, cell.style)
            // A shared string, the commonest cell, straight into the row (a bad index is finishCell's to report).
            if cell.type == 0x73, !text.isEmpty, appendShared(UnsafeBufferPointer(rebasing: p[text])) {
                inCell = false
                return k
            }
            // Numbers, dates and booleans, next commonest, as `finishCell` adds them, without its call.
            if cell.type != 0x73, !text.isEmpty {
                inCell = false
                appendValue(UnsafeBufferPointer(rebasing: p[text]))
                return k
            }
        } else {
            try beginCell(reference: cell.reference.map { UnsafeBufferPointer(rebasing: p[$0]) }, type: cell.type, style: cell.style)
        }
        try finishCell(UnsafeBufferPointer(rebasing: p[text]))
        return k
    }

    @inline(__always) private static func word(_ p: UnsafeBufferPointer<UInt8>, _ k: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + k).loadUnaligned(as: UInt64.self))
    }

    /// The four bytes at `k` as a little-endian word (the caller has checked `k + 4 <= p.count`).
    @inline(__always) private static func word32(_ p: UnsafeBufferPointer<UInt8>, _ k: Int) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(p.baseAddress! + k).loadUnaligned(as: UInt32.self))
    }

    /// The start tag as Excel and XlsxWriter write it, `<c r="C17" s="3" t="s"`
    /// (`s` and `t` optional, in this order), with a plain reference in this row
    /// right of the last cell, read without a loop over the values; false otherwise.
    @inline(__always)
    private mutating func canonicalStart(_ p: UnsafeBufferPointer<UInt8>, at start: Int, _ cell: inout CellStart) -> Bool {
        let n = p.count
        // `<c r="` and, after at most 3 letters and 7 digits, a word of room.
        guard start + 24 <= n, let reference = usualReference(p, at: start), p[reference.end] == 0x22 else { return false }
        cell = CellStart(column: reference.column)
        var k = reference.end + 1
        if k + 4 < n, Self.word32(p, k) == 0x223D_7320 {   // ` s="`
            k += 4
            let digitsStart = k
            while k < n, p[k] &- 0x30 < 10, k - digitsStart < 10 {
                cell.style = cell.style &* 10 &+ Int(p[k] &- 0x30)
                k += 1
            }
            guard k > digitsStart, k < n, p[k] == 0x22 else { return false }
            k += 1
        }
        if k + 5 < n, Self.word32(p, k) == 0x223D_7420, p[k + 4] == 0x73, p[k + 5] == 0x22 {   // ` t="s"`, the commonest
            cell.type = 0x73
            k += 6
        } else if k + 4 < n, Self.word32(p, k) == 0x223D_7420 {   // ` t="`
            k += 4
            let typeStart = k
            while k < n, (p[k] | 0x20) &- 0x61 < 26, k - typeStart < 9 { k += 1 }
            guard k < n, p[k] == 0x22 else { return false }
            cell.type = Self.cellType(UnsafeBufferPointer(rebasing: p[typeStart..<k]))
            k += 1
        }
        guard k < n, p[k] == 0x3E || p[k] == 0x2F else { return false }
        cell.end = k
        return true
    }

    /// The start tag `<c` with attributes `r`, `s`, `t` in any order, each once,
    /// after one space each, values without `<` or `&`; false otherwise.
    @inline(__always)
    private mutating func attributes(_ p: UnsafeBufferPointer<UInt8>, at start: Int, _ cell: inout CellStart) -> Bool {
        let n = p.count
        var k = start
        guard k + 3 < n, p[k] == 0x3C, p[k + 1] == 0x63, p[k + 2] == 0x20 else { return false }   // "<c "
        k += 3
        cell = CellStart()
        var seenType = false, seenStyle = false
        while true {
            // name="value"
            guard k + 3 < n, p[k + 1] == 0x3D, p[k + 2] == 0x22 else { return false }
            let name = p[k]
            k += 3
            let valueStart = k
            while k < n {
                let byte = p[k]
                if byte == 0x22 { break }
                if byte == 0x3C || byte == 0x26 { return false }
                k += 1
            }
            guard k + 1 < n else { return false }
            let value = valueStart..<k
            k += 1
            switch name {
            case 0x72:   // r
                guard cell.referenceStart < 0 else { return false }
                (cell.referenceStart, cell.referenceEnd) = (value.lowerBound, value.upperBound)
            case 0x73:   // s
                guard !seenStyle, !value.isEmpty, value.count <= 10 else { return false }
                seenStyle = true
                for index in value {
                    let digit = p[index] &- 0x30
                    guard digit < 10 else { return false }
                    cell.style = cell.style * 10 + Int(digit)
                }
            case 0x74:   // t
                guard !seenType else { return false }
                seenType = true
                cell.type = Self.cellType(UnsafeBufferPointer(rebasing: p[value]))
            default:
                return false
            }
            if p[k] == 0x20 { k += 1 } else { break }
        }
        cell.end = k
        return true
    }

    /// The 0-based column of a plain reference (`C17`, no `$`) in the current row
    /// and right of the last cell read; nil for anything else (the general path decides).
    @inline(__always)
    private mutating func nextColumn(_ p: UnsafeBufferPointer<UInt8>, _ reference: Range<Int>) -> Int? {
        guard !rowSkipped else { return nil }
        var k = reference.lowerBound
        let end = reference.upperBound
        var column = 0
        while k < end, p[k] &- 0x41 < 26, k - reference.lowerBound < 3 {
            column = column * 26 + Int(p[k] - 0x40)
            k += 1
        }
        // The row's digits, compared with the current row's as they are (a leading zero goes the general way).
        guard k > reference.lowerBound, column <= CellReference.maxColumns, end - k == rowDigitCount else { return nil }
        if k + 8 <= p.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + k).loadUnaligned(as: UInt64.self))
            guard word & rowDigitMask == rowDigits else { return nil }
        } else {
            for index in 0..<rowDigitCount where UInt64(p[k + index]) != (rowDigits >> UInt64(index << 3)) & 0xFF { return nil }
        }
        guard column - 1 > lastColumn else { return nil }
        return column - 1
    }
}
