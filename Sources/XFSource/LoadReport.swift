import XFCalendar

/// What reading the content did (files, encodings, rows, skipped rows, dates),
/// for the check report and the data-quality page. It lives with the sources, not
/// the records, so that pages can show it without seeing the records.
public struct LoadReport: Sendable {
    public struct FileRead: Sendable, Equatable {
        /// Path relative to the content folder, with `/` separators.
        public var path: String
        public var encoding: String
        /// Data rows (not counting the header and blank lines).
        public var rows: Int
        /// Header cells the builder does not use, personal-data columns included.
        public var ignoredColumns: [String]

        public init(path: String, encoding: String, rows: Int, ignoredColumns: [String]) {
            self.path = path
            self.encoding = encoding
            self.rows = rows
            self.ignoredColumns = ignoredColumns
        }
    }

    public var files: [FileRead] = []
    /// Case rows read over all exports, before merging.
    public var caseRowsRead = 0
    /// Rows left out because they had errors (only when the build was told to skip them).
    public var skippedRows: [SourceLocation] = []
    /// Earliest 登记日期 and latest date seen in any table.
    public var earliestRegistration: CivilDate?
    public var latestDate: CivilDate?

    public init() {}
}
