/// The sheet reader's fast path: a cell written the way Excel, WPS, LibreOffice
/// and XlsxWriter write nearly all of them, `<c r="C17" s="3" t="s"><v>12</v></c>`
/// (attributes `r`, `s`, `t` in any order, each once, separated by one space;
/// an empty `<c …/>` or `<c …></c>`; a value without entities), is read straight
/// from the bytes: no tokens, no nesting stack, no attribute loop. Anything else
/// (a formula, inline text, an entity, other attributes or spacing, a cell cut by
/// the chunk's end) is left untouched for the general path, which also finds the
/// errors; so both paths accept exactly the same documents and give the same rows.
extension XlsxSheetReader {
    /// Reads as many consecutive cells of the usual shape as start at `p`; returns
    /// the bytes consumed (0 when the first is not of that shape).
    mutating func fastCells(_ p: UnsafeBufferPointer<UInt8>) throws -> Int {
        var consumed = 0
        while !stopped, let end = try fastCell(p, at: consumed) {
            consumed = end
        }
        return consumed
    }

    /// One cell from `start`, or nil (nothing changed) when it is not of the usual shape.
    @inline(__always)
    private mutating func fastCell(_ p: UnsafeBufferPointer<UInt8>, at start: Int) throws -> Int? {
        let n = p.count
        var k = start
        guard k + 3 < n, p[k] == 0x3C, p[k + 1] == 0x63, p[k + 2] == 0x20 else { return nil }   // "<c "
        k += 3
        var reference: Range<Int>?
        var type: UInt8 = 0x6E, style = 0
        var seenType = false, seenStyle = false
        while true {
            // name="value"
            guard k + 3 < n, p[k + 1] == 0x3D, p[k + 2] == 0x22 else { return nil }
            let name = p[k]
            k += 3
            let valueStart = k
            while k < n {
                let byte = p[k]
                if byte == 0x22 { break }
                if byte == 0x3C || byte == 0x26 { return nil }
                k += 1
            }
            guard k + 1 < n else { return nil }
            let value = valueStart..<k
            k += 1
            switch name {
            case 0x72:   // r
                guard reference == nil else { return nil }
                reference = value
            case 0x73:   // s
                guard !seenStyle, !value.isEmpty, value.count <= 10 else { return nil }
                seenStyle = true
                for index in value {
                    let digit = p[index] &- 0x30
                    guard digit < 10 else { return nil }
                    style = style * 10 + Int(digit)
                }
            case 0x74:   // t
                guard !seenType else { return nil }
                seenType = true
                type = Self.cellType(UnsafeBufferPointer(rebasing: p[value]))
            default:
                return nil
            }
            if p[k] == 0x20 { k += 1 } else { break }
        }
        var text = k..<k
        if p[k] == 0x2F {   // "/>"
            guard k + 1 < n, p[k + 1] == 0x3E else { return nil }
            k += 2
        } else {
            guard p[k] == 0x3E else { return nil }
            k += 1
            if k + 4 <= n, p[k] == 0x3C, p[k + 1] == 0x2F, p[k + 2] == 0x63, p[k + 3] == 0x3E {   // "</c>"
                k += 4
            } else {
                guard k + 3 <= n, p[k] == 0x3C, p[k + 1] == 0x76, p[k + 2] == 0x3E else { return nil }   // "<v>"
                k += 3
                let textStart = k
                while k < n {
                    let byte = p[k]
                    if byte == 0x3C { break }
                    if byte == 0x26 { return nil }
                    k += 1
                }
                text = textStart..<k
                // "</v></c>"
                guard k + 8 <= n, p[k] == 0x3C, p[k + 1] == 0x2F, p[k + 2] == 0x76, p[k + 3] == 0x3E,
                      p[k + 4] == 0x3C, p[k + 5] == 0x2F, p[k + 6] == 0x63, p[k + 7] == 0x3E else { return nil }
                k += 8
            }
        }
        if let reference, let column = nextColumn(p, reference) {
            // The usual case, checked here: the reference is in this row, right of the last cell.
            (inCell, cellSkipped, cellColumn, lastColumn, cellType, cellStyle) = (true, false, column, column, type, style)
        } else {
            try beginCell(reference: reference.map { UnsafeBufferPointer(rebasing: p[$0]) }, type: type, style: style)
        }
        try finishCell(UnsafeBufferPointer(rebasing: p[text]))
        return k
    }

    /// The 0-based column of a plain reference (`C17`, no `$`) in the current row
    /// and right of the last cell read; nil for anything else (the general path decides).
    @inline(__always)
    private func nextColumn(_ p: UnsafeBufferPointer<UInt8>, _ reference: Range<Int>) -> Int? {
        guard !rowSkipped else { return nil }
        var k = reference.lowerBound
        let end = reference.upperBound
        var column = 0
        while k < end, p[k] &- 0x41 < 26, k - reference.lowerBound < 3 {
            column = column * 26 + Int(p[k] - 0x40)
            k += 1
        }
        guard k > reference.lowerBound, column <= CellReference.maxColumns, end - k <= 7, k < end else { return nil }
        var row = 0
        while k < end {
            let digit = p[k] &- 0x30
            guard digit < 10 else { return nil }
            row = row * 10 + Int(digit)
            k += 1
        }
        guard row == rowNumber, column - 1 > lastColumn else { return nil }
        return column - 1
    }
}
