import XFSource
import XFTable

extension LoadReport {
    /// `data/skipped-rows.csv`: every row skipped for errors, by file and line
    /// (UTF-8 with a BOM for Excel); nil when no row was skipped.
    public var skippedRowsCSV: [UInt8]? {
        guard !skippedRows.isEmpty else { return nil }
        var writer = CSVWriter(byteOrderMark: true)
        writer.writeRow(["文件", "行"])
        for row in skippedRows { writer.writeRow([row.file, row.line > 0 ? String(row.line) : ""]) }
        return writer.bytes
    }
}
