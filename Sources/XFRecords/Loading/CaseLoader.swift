import XFCalendar
import XFSource
import XFTable

/// Reads case exports into a `CaseStore`, file by file in name order: a later
/// file's row replaces an earlier file's row for the same 信访件编号 entirely; the
/// same 信访件编号 twice in one file (or one sheet) is an error naming both lines.
/// Rows with errors are reported and left out (with their position kept for the
/// data-quality page).
///
/// Reading is two steps so that files can be parsed on all cores: `CaseFileParser`
/// turns one export into its valid rows and problems (depending only on the file,
/// the lists and the cut-off), and `merge` adds them to the store in file-name order.
struct CaseLoader {
    var store = CaseStore()
    var units: ByteStringIndex
    let domains: ByteStringIndex
    /// Without units.csv, unit names are collected from the cases instead of checked
    /// (in order of first appearance, so files are then parsed one after another).
    let collectsUnits: Bool
    let cutoff: CivilDate?
    var latestDate: CivilDate?
    var rowsRead = 0
    var skipped: [SourceLocation] = []
    var diagnostics: [Diagnostic] = []

    init(units: ByteStringIndex, domains: ByteStringIndex, collectsUnits: Bool, cutoff: CivilDate?) {
        self.units = units
        self.domains = domains
        self.collectsUnits = collectsUnits
        self.cutoff = cutoff
    }

    /// Reads one export, CSV or workbook, on this thread; files come in name order,
    /// a workbook's sheets in workbook order.
    mutating func read(_ source: TableSource) -> Result<LoadReport.FileRead, Diagnostic> {
        var parser = fileParser
        let parsed = parser.parse(source)
        units = parser.units
        return parsed.map { merge($0) }
    }

    /// A parser for one export with this loader's lists (safe to use on any thread
    /// when units are not collected).
    var fileParser: CaseFileParser {
        CaseFileParser(units: units, domains: domains, collectsUnits: collectsUnits, cutoff: cutoff)
    }

    /// Adds one parsed export's rows and problems; exports come in file-name order.
    mutating func merge(_ parsed: ParsedExport) -> LoadReport.FileRead {
        diagnostics += parsed.diagnostics
        skipped += parsed.skipped
        rowsRead += parsed.file.rows
        latestDate.raise(to: parsed.latestDate)
        var record = 0
        for part in parsed.parts {
            var dropped = 0
            part.ids.forEachKey { entry, id in
                if dropped < part.dropped.count && part.dropped[dropped] == entry {
                    dropped += 1
                    return
                }
                store.upsert(id: id, hash: part.hashes[entry], parsed.records[record])
                record += 1
            }
        }
        return parsed.file
    }
}
