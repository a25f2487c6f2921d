import XFSource

// The problems this module reports, by area. Tests and the JSON report match the strings.
extension DiagnosticCode {
    public static let csvNoHeader: DiagnosticCode = "csv.no-header"
    public static let csvRaggedRow: DiagnosticCode = "csv.ragged-row"
    public static let csvStrayQuote: DiagnosticCode = "csv.stray-quote"
    public static let csvTextAfterQuote: DiagnosticCode = "csv.text-after-quote"
    public static let csvUnterminatedQuote: DiagnosticCode = "csv.unterminated-quote"
}
