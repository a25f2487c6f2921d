/// What a cell holds, as Excel typed it.
public enum CellKind: UInt8, Sendable {
    /// A shared, inline or formula string.
    case text
    /// A number in a format that is not a date; the bytes are its decimal literal.
    case number
    /// A number in a date format (a serial day count); the bytes are its literal.
    case date
    /// TRUE or FALSE; the bytes are `1` or `0`.
    case boolean
    /// An error value such as `#N/A`; the bytes are its text.
    case error
}

/// One cell of a row: its column (0 = A) and where its bytes sit: in the row's
/// own buffer, or for a shared string in the workbook's string table (not copied).
public struct SheetCell: Sendable, Equatable {
    public var column: Int
    public var kind: CellKind
    var start: Int
    var end: Int
    var isShared = false
}

/// A row of a sheet as the readers hand it on: its Excel row number and its
/// non-empty cells in column order, with their bytes (UTF-8 text, or a number's
/// decimal literal) in one buffer reused from row to row.
public struct SheetRow: Sendable {
    /// 1-based, as Excel numbers rows.
    public internal(set) var number = 0
    public internal(set) var cells: [SheetCell] = []
    var bytes: [UInt8] = []
    /// The workbook's shared strings, one arena, which `isShared` cells point into.
    var strings: [UInt8] = []

    public init() {
        cells.reserveCapacity(32)
        bytes.reserveCapacity(1024)
    }

    /// A row built from strings, for tests and callers that make rows themselves.
    public init(number: Int, texts: [(column: Int, kind: CellKind, value: String)]) {
        self.number = number
        for item in texts { append(column: item.column, kind: item.kind, Array(item.value.utf8)) }
    }

    mutating func reset(number: Int) {
        self.number = number
        cells.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    /// A new row whose cells point into `bytes` as it stands (a reader that set it for a whole sheet).
    mutating func resetCells(number: Int) {
        self.number = number
        cells.removeAll(keepingCapacity: true)
    }

    mutating func append(column: Int, kind: CellKind, _ value: [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: value)
        cells.append(SheetCell(column: column, kind: kind, start: start, end: bytes.count))
    }

    mutating func append(column: Int, kind: CellKind, _ value: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: value)
        cells.append(SheetCell(column: column, kind: kind, start: start, end: bytes.count))
    }

    /// A shared string's cell: its range in `strings`.
    mutating func appendShared(column: Int, _ range: Range<Int>) {
        cells.append(SheetCell(column: column, kind: .text, start: range.lowerBound, end: range.upperBound, isShared: true))
    }

    /// The cell's bytes, valid during `body`.
    public func withBytes<R>(_ cell: SheetCell, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if cell.isShared {
            return try strings.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[cell.start..<cell.end])) }
        }
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[cell.start..<cell.end])) }
    }

    /// The row's cells and their bytes where they stand (the row's buffer or the
    /// shared strings), valid during `body` only: a reader points at them while it
    /// handles this row instead of copying every cell, and lets go when `body` ends.
    public func withCells<R>(_ body: (Cells) throws -> R) rethrows -> R {
        try cells.withUnsafeBufferPointer { cells in
            try bytes.withUnsafeBufferPointer { bytes in
                try strings.withUnsafeBufferPointer { strings in try body(Cells(cells: cells, bytes: bytes, strings: strings)) }
            }
        }
    }

    /// A row's cells and their bytes for the length of a `withCells` call.
    public struct Cells {
        public let cells: UnsafeBufferPointer<SheetCell>
        let bytes: UnsafeBufferPointer<UInt8>
        let strings: UnsafeBufferPointer<UInt8>

        /// The cell's bytes (text, or a number's, date's, boolean's or error's literal).
        @inline(__always)
        public func bytes(_ cell: SheetCell) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: (cell.isShared ? strings : bytes)[cell.start..<cell.end])
        }
    }

    public func string(_ cell: SheetCell) -> String {
        withBytes(cell) { String(decoding: $0, as: UTF8.self) }
    }

    /// The cell in `column`, if the row has one.
    public func cell(at column: Int) -> SheetCell? {
        // Cells are sorted by column; rows are short enough for a linear scan to win.
        for cell in cells where cell.column >= column { return cell.column == column ? cell : nil }
        return nil
    }
}

/// Receives the rows of one sheet, in row order.
public protocol SheetRowHandler {
    /// Returns false to stop reading the sheet.
    mutating func handle(_ row: SheetRow) -> Bool
}
