/// Which number formats show a number as a date. Built-in ids 14–22 and 45–47 are
/// Excel's date and time formats; 27–36 and 50–58 are the East Asian date formats
/// (`yyyy"年"m"月"d"日"` and the like) that Chinese Excel and WPS write by id alone.
/// A custom format is a date when, outside quotes, brackets and escapes, it has a
/// year, month or day code (`m` beside `h` or `s` is minutes and only a time).
enum DateFormats {
    static func isDate(builtIn id: Int) -> Bool {
        (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id)
    }

    static func isDate(code: String) -> Bool {
        var sawYearOrDay = false
        var sawMonthOrMinute = false
        var sawTime = false
        var inQuote = false
        var inBracket = false
        var escaped = false
        var skipNext = false
        for scalar in code.unicodeScalars {
            if skipNext { skipNext = false; continue }
            if escaped { escaped = false; continue }
            if inQuote { if scalar == "\"" { inQuote = false }; continue }
            if inBracket { if scalar == "]" { inBracket = false }; continue }
            switch scalar {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\": escaped = true
            case "_", "*": skipNext = true
            case "y", "Y", "d", "D": sawYearOrDay = true
            case "m", "M": sawMonthOrMinute = true
            case "h", "H", "s", "S": sawTime = true
            default: break
            }
        }
        return sawYearOrDay || (sawMonthOrMinute && !sawTime)
    }
}
