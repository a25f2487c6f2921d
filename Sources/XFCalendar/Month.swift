/// A calendar month, the unit of snapshots.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Months since year 0, so that consecutive months differ by one.
    public var ordinal: Int { year * 12 + month - 1 }
    public init(ordinal: Int) { self.init(year: ordinal / 12, month: ordinal % 12 + 1) }

    public static func < (a: Month, b: Month) -> Bool { a.ordinal < b.ordinal }

    public func adding(months: Int) -> Month { Month(ordinal: ordinal + months) }

    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    public var lastDay: CivilDate { CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))! }

    /// `2024-10`, the form used in paths and machine-readable output.
    public var description: String {
        (1000...9999).contains(year) && (1...99).contains(month) ? CivilDate.digits(year, month, nil)
            : "\(year)-\(CivilDate.twoDigits(month))"
    }
}

extension Month: Codable {
    /// `2024-10` exactly (four-digit year, two-digit month), as `description` writes it.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        self.init(year: year, month: month)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let month = Month(try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a month like 2024-10")
        }
        self = month
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
