/// A cell as the data contract reads it: the text a clerk sees for it, or a
/// problem. Date cells become ISO civil dates (`2024-05-01`), so they go through
/// the same date parser as CSV text; numbers are plain decimals (case numbers
/// keep all their digits); booleans are 是/否; error values are problems.
public enum CellMeaning: Equatable, Sendable {
    case text([UInt8])
    /// An Excel error value (`#N/A`): the row cannot be trusted.
    case errorValue(String)
    /// A date cell whose serial is no date (negative, or Excel's phantom 1900-02-29).
    case badDate(String)

    public static func of(_ cell: SheetCell, in row: SheetRow, date1904: Bool) -> CellMeaning {
        row.withBytes(cell) { bytes in
            switch cell.kind {
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
    }

    /// For a column of identifiers: a number that is not a whole number is no case number.
    public static func isWholeNumber(_ cell: SheetCell, in row: SheetRow) -> Bool {
        guard cell.kind == .number else { return true }
        return row.withBytes(cell) { NumberText.plain($0).map { !$0.contains(0x2E) } ?? false }
    }
}
