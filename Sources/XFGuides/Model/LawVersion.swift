import XFSource

/// The version of a law a guide follows, as the clerk wrote it on a `法规：` line:
/// `法规：《行政复议法》2023年9月1日修订、2024年1月1日施行`. Printed at the foot
/// of every page and poster of the guide, so a reader can tell which text the
/// time limits and article numbers come from.
public struct LawVersion: Sendable, Hashable {
    /// The title inside the book-title marks, without them: `行政复议法`.
    public var name: String
    /// The version as written after the title: `2023年9月1日修订、2024年1月1日施行`.
    public var version: String
    public var location: SourceLocation

    public init(name: String, version: String, location: SourceLocation) {
        self.name = name; self.version = version; self.location = location
    }

    /// Every `《…》` title in `text`, in order of appearance.
    public static func titles(in text: String) -> [String] {
        var titles: [String] = []
        var current: String?
        for character in text {
            switch character {
            case "《": current = ""
            case "》":
                if let title = current, !title.isEmpty { titles.append(title) }
                current = nil
            default: current?.append(character)
            }
        }
        return titles
    }
}

/// A calendar day as written on a `核对日期：` line (`2026-12-01` or `2026年12月1日`).
public struct GuideDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= GuideDate.days(inMonth: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    public init?(parsing text: String) {
        var numbers: [Int] = []
        var digits = ""
        for character in text + " " {
            if let digit = character.wholeNumberValue, character.isASCII { digits.append(String(digit)); continue }
            if !digits.isEmpty { numbers.append(Int(digits) ?? -1); digits = "" }
            guard character == "-" || character == "年" || character == "月" || character == "日" || character == " " else { return nil }
        }
        guard numbers.count == 3 else { return nil }
        self.init(year: numbers[0], month: numbers[1], day: numbers[2])
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 2026年12月1日, as printed.
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    /// The same day one year later (29 February goes to 28 February).
    public var oneYearLater: GuideDate {
        GuideDate(year: year + 1, month: month, day: min(day, GuideDate.days(inMonth: month, year: year + 1)))!
    }

    public static func < (a: GuideDate, b: GuideDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
