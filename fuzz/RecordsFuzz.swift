// libFuzzer target: arbitrary bytes as a case export, through the whole row path of
// XFRecords (header mapping, cell parsing, case rules, merging), and as single cells
// through the date and integer parsers. Built with the XFRecords sources in one
// module against a separately built XFTable (see run.sh).
import XFCalendar
import XFSource
import XFTable

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecords(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    checkCells(bytes)
    let checkedFirst = load(bytes, collectsUnits: size % 2 == 0, checkingTextWhileParsing: false)
    precondition(load(bytes, collectsUnits: size % 2 == 0, checkingTextWhileParsing: true) == checkedFirst,
                 "a file checked while parsed must load as one decoded first")
    guard case .success(let decoded) = TextDecoder.decode(bytes, file: "cases/f.csv") else { return 0 }
    let file = TableFile(path: "cases/f.csv", bytes: decoded.bytes, encoding: decoded.encoding)
    var loader = CaseLoader(units: ByteStringIndex(["城关镇", "东关街道"]), domains: ByteStringIndex(Domain.defaults.map(\.name)),
                            collectsUnits: size % 2 == 0, cutoff: CivilDate(year: 2024, month: 1, day: 31))
    guard case .success(let read) = loader.read(.csv(file)) else { preconditionFailure("decoded text must be read") }
    precondition(read.ignoredColumns.count <= HeaderMap.ignoredLimit)
    precondition(loader.store.count <= read.rows, "no more cases than rows")
    for diagnostic in loader.diagnostics {
        precondition(diagnostic.count >= 1 && (diagnostic.value?.unicodeScalars.count ?? 0) <= 201)
        _ = diagnostic.rendered
    }
    var units = SmallTableLoader<Unit>(schema: .units, cutoff: nil)
    _ = units.read(.csv(file), TableReaders.unit)
    return 0
}

/// Everything a case export loads to (or the problem that stops it), read from
/// `bytes` decoded first or checked while parsed.
func load(_ bytes: [UInt8], collectsUnits: Bool, checkingTextWhileParsing: Bool) -> String {
    switch TableFile.read(bytes: bytes, as: "cases/f.csv", checkingTextWhileParsing: checkingTextWhileParsing) {
    case .failure(let problem):
        return problem.rendered
    case .success(let file):
        var loader = CaseLoader(units: ByteStringIndex(["城关镇", "东关街道"]), domains: ByteStringIndex(Domain.defaults.map(\.name)),
                                collectsUnits: collectsUnits, cutoff: CivilDate(year: 2024, month: 1, day: 31))
        switch loader.read(.csv(file)) {
        case .failure(let problem):
            return problem.rendered
        case .success(let read):
            let cases = (0..<loader.store.count).map { "\(loader.store.id(at: $0)) \(loader.store[$0])" }
            return "\(read) \(cases) \(loader.diagnostics.map(\.rendered)) \(loader.skipped) \(loader.units.count)"
        }
    }
}

/// The whole input as one cell: a date that parses must print and re-parse to itself;
/// an integer must be non-negative and survive a round trip.
func checkCells(_ bytes: [UInt8]) {
    var parser = CellParser()
    bytes.withUnsafeBufferPointer { raw in
        let cell = CellText.trim(raw)
        if let date = parser.date(cell) {
            let printed = Array(date.description.utf8)
            let again = printed.withUnsafeBufferPointer { parser.date($0) }
            precondition(again == date, "date \(date) does not re-parse to itself")
        }
        if let value = parser.integer(cell) {
            precondition(value >= 0)
            let again = Array(String(value).utf8).withUnsafeBufferPointer { parser.integer($0) }
            precondition(again == value)
        }
        _ = Vocabulary.channels.lookup(cell)
        _ = Vocabulary.booleans.lookup(cell)
    }
}
