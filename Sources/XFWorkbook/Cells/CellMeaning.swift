import XFCalendar

/// A cell as the data contract reads it: the text a clerk sees for it, or a
/// problem. Date cells become ISO civil dates (`2024-05-01`), the text a CSV
/// export holds (a loader that wants the date itself takes `day`); numbers are
/// plain decimals (case numbers keep all their digits); booleans are 是/否;
/// error values are problems.
public enum CellMeaning: Equatable, Sendable {
    case text([UInt8])
    /// An Excel error value (`#N/A`): the row cannot be trusted.
    case errorValue(String)
    /// A date cell whose serial is no date (negative, or Excel's phantom 1900-02-29).
    case badDate(String)

    public static func of(_ cell: SheetCell, in row: SheetRow, date1904: Bool) -> CellMeaning {
        row.withBytes(cell) { of(cell.kind, $0, date1904: date1904) }
    }

    /// The meaning of a cell of `kind` whose bytes are `bytes` (see `SheetRow.Cells`).
    public static func of(_ kind: CellKind, _ bytes: UnsafeBufferPointer<UInt8>, date1904: Bool) -> CellMeaning {
        switch kind {
        case .text: return .text(Array(bytes))
        case .number: return .text(NumberText.plain(bytes) ?? Array(bytes))
        case .boolean: return .text(bytes.first == 0x31 ? Array("是".utf8) : Array("否".utf8))
        case .error: return .errorValue(String(decoding: bytes, as: UTF8.self))
        case .date:
            guard let serial = NumberText.double(bytes), let date = ExcelDate.civil(serial: serial, date1904: date1904) else {
                return .badDate(String(decoding: bytes, as: UTF8.self))
            }
            return .text(ExcelDate.isoBytes(date))
        }
    }

    /// Appends the text of a text, date, boolean or plain whole-number cell to
    /// `out` without allocating, the same text `of` gives; false (nothing
    /// appended) for the rest (other numbers, errors, serials that are no date),
    /// which `of` then describes.
    public static func appendPlain(_ cell: SheetCell, in row: SheetRow, date1904: Bool, to out: inout [UInt8]) -> Bool {
        row.withBytes(cell) { appendPlain(cell.kind, $0, date1904: date1904, to: &out) }
    }

    public static func appendPlain(_ kind: CellKind, _ bytes: UnsafeBufferPointer<UInt8>, date1904: Bool,
                                   to out: inout [UInt8]) -> Bool {
        switch kind {
        case .text:
            out.append(contentsOf: bytes)
            return true
        case .number:
            guard isPlainWhole(bytes) else { return false }
            out.append(contentsOf: bytes)
            return true
        case .boolean:
            out.append(contentsOf: bytes.first == 0x31 ? yes : no)
            return true
        case .date:
            guard let serial = NumberText.wholePart(bytes).map(Double.init) ?? NumberText.double(bytes),
                  let date = ExcelDate.civil(serial: serial, date1904: date1904) else {
                return false
            }
            ExcelDate.appendISO(date, to: &out)
            return true
        case .error:
            return false
        }
    }

    /// Whether a number cell's literal is already the plain decimal `NumberText.plain`
    /// would give (digits only, no leading zero, fewer than 16): its text is its bytes.
    @inline(__always)
    public static func isPlainWhole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count < 16, bytes[0] != 0x30 || bytes.count == 1 else { return false }
        for byte in bytes where byte &- 0x30 >= 10 { return false }
        return true
    }

    private static let yes = Array("是".utf8), no = Array("否".utf8)

    /// A date cell's day (days since 1970-01-01): the date `appendPlain` would write
    /// as text, for a reader that wants the date itself. Nil for any other cell and
    /// for a serial that is no date (which `of` describes).
    public static func day(_ cell: SheetCell, in row: SheetRow, date1904: Bool) -> Int? {
        guard cell.kind == .date else { return nil }
        return row.withBytes(cell) { day(ofSerial: $0, date1904: date1904) }
    }

    /// The day of a date cell's literal `bytes`, as `day` gives it.
    @inline(__always)
    public static func day(ofSerial bytes: UnsafeBufferPointer<UInt8>, date1904: Bool) -> Int? {
        // The whole part read as digits where that is what rounding the double down gives (nearly always).
        if let whole = NumberText.wholePart(bytes) { return ExcelDate.day(whole: whole, date1904: date1904) }
        guard let serial = NumberText.double(bytes), serial.isFinite, serial >= 0, serial < ExcelDate.serialLimit else { return nil }
        return ExcelDate.day(whole: Int(serial.rounded(.down)), date1904: date1904)
    }

    /// For a column of identifiers: a number that is not a whole number is no case number.
    public static func isWholeNumber(_ cell: SheetCell, in row: SheetRow) -> Bool {
        row.withBytes(cell) { isWholeNumber(cell.kind, $0) }
    }

    public static func isWholeNumber(_ kind: CellKind, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard kind == .number else { return true }
        return NumberText.plain(bytes).map { !$0.contains(0x2E) } ?? false
    }
}
