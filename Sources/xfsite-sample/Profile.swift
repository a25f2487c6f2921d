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

    static func sample() -> Profile {
        Profile(catalog: .sample, start: Calendar.day(2023, 11, 1), cutoff: Calendar.day(2025, 11, 15),
                monthlyCases: 418, yearlyGrowth: 0.06, messy: true, withActivities: true)
    }

    static func large(rng: inout SplitMix64) -> Profile {
        Profile(catalog: .large(towns: 170, departments: 30, rng: &rng),
                start: Calendar.day(2021, 1, 1), cutoff: Calendar.day(2025, 12, 31),
                monthlyCases: 15_300, yearlyGrowth: 0.04, messy: false, withActivities: false)
    }

    /// Overall month-of-year pattern: quiet around the Spring Festival, busier before
    /// it and in the sensitive periods of spring and autumn.
    static let season: [Double] = [1.12, 0.78, 1.02, 1.05, 1.0, 0.97, 1.0, 0.95, 1.02, 0.92, 1.0, 1.1]
}
