/// Draws cases month by month with the magnitudes of a real county bureau: about
/// 5,000 cases and 1,200 来访 batches a year, most accepted within 15 days and
/// closed within 60, ratings mostly 满意/基本满意.
struct CaseGenerator {
    let profile: Profile
    private let channels = WeightTable([12, 24, 46, 18])            // 来信 来访 网上 电话
    private let categories = WeightTable([17, 11, 72])              // 建议意见 检举控告 申诉求决
    private let visitPersons = WeightTable([70, 15, 7, 5, 1.2, 0.8, 0.5, 0.3, 0.2])
    private let visitPersonCounts: [UInt16] = [1, 2, 3, 4, 5, 6, 8, 12, 20]

    init(profile: Profile) { self.profile = profile }

    func generate(rng: inout SplitMix64) -> [SampleCase] {
        var cases: [SampleCase] = []
        let firstMonth = Calendar.monthIndex(profile.start), lastMonth = Calendar.monthIndex(profile.cutoff)
        cases.reserveCapacity(Int(profile.monthlyCases * Double(lastMonth - firstMonth + 1) * 1.1))
        var serialYear = 0, serial: Int32 = 0
        for month in firstMonth...lastMonth {
            let first = Calendar.firstDay(ofMonth: month)
            let last = min(Calendar.lastDay(ofMonth: month), profile.cutoff)
            let monthOfYear = month % 12
            let years = Double(month - firstMonth) / 12
            var mean = profile.monthlyCases * Profile.season[monthOfYear] * (1 + profile.yearlyGrowth * years)
            mean *= Double(last - first + 1) / Double(Calendar.lastDay(ofMonth: month) - first + 1)
            let domainTable = WeightTable(profile.catalog.domains.map { $0.weight * $0.season[monthOfYear] })
            let townTable = WeightTable(profile.catalog.townIndices.map { townWeight($0, month: month) })
            let departments = profile.catalog.departmentIndices
            let stall = lastMonth > firstMonth ? profile.stallRate * Double(month - firstMonth) / Double(lastMonth - firstMonth) : profile.stallRate

            var batch: [SampleCase] = []
            for _ in 0..<rng.count(mean: mean) {
                batch.append(draw(first: first, last: last, domains: domainTable, towns: townTable,
                                  departments: departments, stall: stall, rng: &rng))
            }
            // Serial numbers follow registration order, as the petition system assigns them.
            batch.sort { $0.registered < $1.registered }
            if month / 12 != serialYear { serialYear = month / 12; serial = 0 }
            for i in batch.indices { serial += 1; batch[i].serial = serial }
            cases += batch
        }
        return cases
    }

    /// A land-acquisition project in the sixth town drives its cases up in spring 2025.
    private func townWeight(_ unit: Int, month: Int) -> Double {
        let weight = profile.catalog.units[unit].weight
        let spike = unit == 5 && (2025 * 12 + 2...2025 * 12 + 6).contains(month)
        return spike ? weight * 3 : weight
    }

    private func draw(first: Day, last: Day, domains: WeightTable, towns: WeightTable,
                      departments: [Int], stall: Double, rng: inout SplitMix64) -> SampleCase {
        var c = SampleCase(registered: first)
        c.channel = Channel(rawValue: UInt8(rng.pick(channels)))!
        c.registered = registrationDay(first: first, last: last, channel: c.channel, rng: &rng)
        c.category = Category(rawValue: UInt8(rng.pick(categories)))!
        let domain = rng.pick(domains)
        c.domain = UInt8(domain)
        if let department = profile.catalog.domains[domain].department, rng.chance(0.3) {
            c.unit = UInt16(department)
        } else if rng.chance(0.03), !departments.isEmpty {
            c.unit = UInt16(departments[rng.int(0...departments.count - 1)])
        } else {
            c.unit = UInt16(profile.catalog.townIndices[rng.pick(towns)])
        }
        if c.channel == .visit {
            c.persons = visitPersonCounts[rng.pick(visitPersons)]
        } else if rng.chance(0.03) {
            c.persons = UInt16(rng.int(2...3))
        }
        if rng.chance(0.14) { c.flags.insert(.repeated) } else if rng.chance(0.84) { c.flags.insert(.firstTime) }
        if rng.chance(c.channel == .visit ? 0.025 : 0.002) { c.flags.insert(.bypass) }
        if c.category == .claim, c.flags.contains(.repeated), rng.chance(0.035) { c.flags.insert(.backlog) }
        CaseLifecycle.play(&c, domainName: profile.catalog.domains[domain].name,
                           laxity: profile.catalog.units[Int(c.unit)].laxity, stall: stall, rng: &rng)
        return c
    }

    /// Visits happen on working days; letters, web and phone cases any day.
    private func registrationDay(first: Day, last: Day, channel: Channel, rng: inout SplitMix64) -> Day {
        let span = Int(last - first)
        for _ in 0..<6 {
            let day = first + Day(rng.int(0...span))
            let weekend = Calendar.weekday(day) >= 5
            if !weekend || (channel != .visit && rng.chance(0.45)) { return day }
        }
        return first + Day(rng.int(0...span))
    }
}
