/// What to generate: the small, messy sample committed to `content/`, or the large,
/// clean benchmark data set.
struct Profile {
    var catalog: Catalog
    /// First day of the first month with cases.
    var start: Day
    /// The data cut-off: nothing after it is written anywhere.
    var cutoff: Day
    /// Mean new cases per month before seasonal factors.
    var monthlyCases: Double
    /// Yearly growth of the case volume (0.05 = +5% a year).
    var yearlyGrowth: Double
    /// Vary encodings, headers, spellings and add personal-data columns.
    var messy: Bool
    /// Also write 领导接访 and 普法宣传 tables.
    var withActivities: Bool
    /// Backlog the bureau fails to clear (stress profile): the share of new cases
    /// that stall for good (never decided, or accepted and never closed) rises
    /// linearly from 0 in the first month to this in the last. 0: no extra draws,
    /// so the sample and `--large` stay byte-identical.
    var stallRate = 0.0

    /// The stress profile's shape; `--cases/--units/--months` shrink it for tests.
    struct StressSize {
        var cases = 1_000_000
        var units = 1_000
        var months = 60
    }

    static func sample() -> Profile {
        Profile(catalog: .sample, start: Calendar.day(2023, 11, 1), cutoff: Calendar.day(2025, 11, 15),
                monthlyCases: 418, yearlyGrowth: 0.06, messy: true, withActivities: true)
    }

    static func large(rng: inout SplitMix64) -> Profile {
        Profile(catalog: .large(towns: 170, departments: 30, rng: &rng),
                start: Calendar.day(2021, 1, 1), cutoff: Calendar.day(2025, 12, 31),
                monthlyCases: 15_300, yearlyGrowth: 0.04, messy: false, withActivities: false)
    }

    /// A city rolling up its counties' towns: `size.units` units (10 counties of towns
    /// at full size, plus the city's departments), `size.cases` cases over
    /// `size.months` months from January 2021, a backlog that grows to about 1.5 % of
    /// the cases overdue by the end, and every messy export form of the sample.
    static func stress(_ size: StressSize, rng: inout SplitMix64) -> Profile {
        let start = Calendar.day(2021, 1, 1)
        let firstMonth = Calendar.monthIndex(start), lastMonth = firstMonth + max(1, size.months) - 1
        let growth = 0.04
        // Mean monthly cases so that the expected total is `size.cases`.
        var weight = 0.0
        for month in firstMonth...lastMonth {
            weight += season[month % 12] * (1 + growth * Double(month - firstMonth) / 12)
        }
        return Profile(catalog: .stress(units: max(20, size.units), rng: &rng),
                       start: start, cutoff: Calendar.lastDay(ofMonth: lastMonth),
                       monthlyCases: Double(size.cases) / weight, yearlyGrowth: growth,
                       messy: true, withActivities: false, stallRate: 0.033)
    }

    /// Overall month-of-year pattern: quiet around the Spring Festival, busier before
    /// it and in the sensitive periods of spring and autumn.
    static let season: [Double] = [1.12, 0.78, 1.02, 1.05, 1.0, 0.97, 1.0, 0.95, 1.02, 0.92, 1.0, 1.1]
}
