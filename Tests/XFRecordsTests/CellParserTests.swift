import Testing
import XFCalendar
@testable import XFRecords

private func date(_ text: String) -> String? {
    var parser = CellParser()
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { parser.date(CellText.trim(UnsafeBufferPointer($0)))?.description }
}

private func integer(_ text: String) -> Int? {
    var parser = CellParser()
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { parser.integer(CellText.trim(UnsafeBufferPointer($0))) }
}

@Test(arguments: [
    "2023-05-01", "2023/5/1", "2023.5.1", "2023年5月1日", "2023年05月01日", "20230501", "２０２３-０５-０１",
    "2023-05-01 14:30", "2023/5/1 14:30:00", "2023-05-01T14:30", "　2023-05-01　", "2023－05－01", "2023-05-01 14:30:00.000",
])
func acceptedDateForms(text: String) {
    #expect(date(text) == "2023-05-01")
}

@Test(arguments: [
    "2023-02-30", "2023-13-01", "2023-5", "2023年5月", "23-05-01", "2023-05-01 下午", "2023-05/01", "05/01/2023",
    "20230532", "2023-05-01 14", "明天", "", "2023-05-01x",
])
func refusedDateForms(text: String) {
    #expect(date(text) == nil)
}

@Test func leapDays() {
    #expect(date("2024-02-29") == "2024-02-29")
    #expect(date("2023-02-29") == nil)
    #expect(date("1900-02-29") == nil)
    #expect(date("2000-02-29") == "2000-02-29")
}

@Test func integersWithSeparatorsAndFullWidthDigits() {
    #expect(integer("1,192") == 1192)
    #expect(integer("1，192") == 1192)
    #expect(integer("１１９２") == 1192)
    #expect(integer("0") == 0)
    #expect(integer("12,34") == nil)
    #expect(integer("-3") == nil)
    #expect(integer("1.5") == nil)
    #expect(integer("3人") == nil)
    #expect(integer("99999999999") == nil)
}

@Test func dayNumbersRoundTrip() {
    for day in stride(from: -700_000, to: 2_900_000, by: 997) {
        let date = CivilDate(dayNumber: Int32(day))
        let c = date.components
        #expect(CivilDate(year: c.year, month: c.month, day: c.day) == date)
    }
    #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
    #expect(CivilDate(year: 2024, month: 3, day: 1)!.dayNumber - CivilDate(year: 2024, month: 2, day: 28)!.dayNumber == 2)
}

@Test func dayNumbersWithoutDivisionMatchTheCalendar() {
    for year in 1898...2101 {
        for month in 0...13 {
            for day in 0...32 {
                let expected = CellParser.plausibleYears.contains(year) ? CivilDate(year: year, month: month, day: day) : nil
                #expect(CellParser.plausibleDate(year, month, day) == expected, "\(year)-\(month)-\(day)")
            }
        }
    }
}

/// The positional reading of `2024-05-01` gives what the general reading gives, for
/// every ten-byte cell it takes, and declines every other shape.
@Test func isoFastPathAgreesWithTheGeneralReading() {
    let alphabet = Array("0123456789-/. :xT".utf8) + [0x80, 0xFF, 0x00]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Int(state % UInt64(alphabet.count))
    }
    var cells: [[UInt8]] = ["2024-05-01", "1900-02-29", "2000-02-29", "2099-12-31", "2100-01-01", "1899-12-31",
                            "0202-05-01", "2024-00-10", "2024-05-00", "2024-05-32", "2024/05/01", "2024-05-1 "].map { Array($0.utf8) }
    for _ in 0..<20_000 {
        var cell = Array("2024-05-01".utf8)
        for _ in 0..<(next() % 3 + 1) { cell[next() % 10] = alphabet[next()] }
        cells.append(cell)
    }
    var taken = 0
    for cell in cells {
        cell.withUnsafeBufferPointer { text in
            let iso = CellParser.isoDate(text)
            let isoShape = text[4] == 0x2D && text[7] == 0x2D
                && [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { text[$0] >= 0x30 && text[$0] <= 0x39 }
            #expect((iso != nil) == isoShape, "\(cell)")
            if let iso {
                taken += 1
                #expect(iso == CellParser.generalDate(text), "\(cell)")
            }
        }
    }
    #expect(taken > 1_000)
}
