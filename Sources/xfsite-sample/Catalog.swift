/// 责任单位 and 问题领域 of the fictional district, with the weights that shape
/// how many cases each one gets.
struct UnitInfo: Sendable {
    var name: String
    var isDepartment: Bool
    var short: String
    /// Relative case volume among units of the same kind.
    var weight: Double
    /// How often this unit misses deadlines compared with the average (1): a few
    /// slack units and a few exemplary ones give the rankings something to show.
    var laxity: Double = 1
}

struct DomainInfo: Sendable {
    var name: String
    var isKey: Bool
    /// Relative share of all cases.
    var weight: Double
    /// Index in the unit list of the department that handles this domain, if any.
    var department: Int?
    /// Month-of-year multipliers (January first): wage claims before the Spring
    /// Festival, land matters around sowing and harvest.
    var season: [Double]
}

struct Catalog: Sendable {
    var units: [UnitInfo]
    var domains: [DomainInfo]

    var townIndices: [Int] { units.indices.filter { !units[$0].isDepartment } }
    var departmentIndices: [Int] { units.indices.filter { units[$0].isDepartment } }

    /// The sample district: 20 towns/streets (three busy ones) and 6 departments.
    static let sample: Catalog = {
        let towns: [(String, Double)] = [
            ("城关镇", 3.6), ("东关街道", 3.0), ("西关街道", 2.4), ("南城街道", 1.8), ("北塔街道", 1.4),
            ("青石镇", 1.5), ("柳河镇", 1.1), ("白沙镇", 1.0), ("桃园镇", 0.9), ("石门镇", 0.8),
            ("龙泉镇", 1.2), ("新集镇", 0.9), ("马坊镇", 0.7), ("双庙镇", 0.6), ("杨柳镇", 0.8),
            ("清水镇", 0.7), ("高岭镇", 0.5), ("黄土岭镇", 0.4), ("梅溪镇", 0.6), ("红石镇", 0.5),
        ]
        var units = towns.map { name, weight in
            UnitInfo(name: name, isDepartment: false, short: shortName(of: name), weight: weight)
        }
        units += departmentNames.prefix(6).map(department)
        for (name, laxity) in [("区住建局", 3.0), ("石门镇", 2.5), ("西关街道", 1.8), ("城关镇", 0.5), ("龙泉镇", 0.3)] {
            if let i = units.firstIndex(where: { $0.name == name }) { units[i].laxity = laxity }
        }
        return Catalog(units: units, domains: defaultDomains(departmentBase: towns.count))
    }()

    /// The benchmark district: `towns` generated town names and `departments` departments.
    static func large(towns: Int, departments: Int, rng: inout SplitMix64) -> Catalog {
        var names = Set<String>()
        var units: [UnitInfo] = []
        let suffixes = ["镇", "镇", "街道", "乡"]
        while units.count < towns {
            let name = townFirst[rng.int(0...townFirst.count - 1)] + townSecond[rng.int(0...townSecond.count - 1)]
                + suffixes[rng.int(0...suffixes.count - 1)]
            guard names.insert(name).inserted else { continue }
            units.append(UnitInfo(name: name, isDepartment: false, short: shortName(of: name),
                                  weight: 0.3 + 2.7 * rng.unit() * rng.unit(), laxity: 0.3 + 2 * rng.unit() * rng.unit()))
        }
        units += departmentNames.prefix(departments).map(department)
        return Catalog(units: units, domains: defaultDomains(departmentBase: towns))
    }

    /// The stress city: its departments (3 %, at least the six the domains route
    /// to) and towns spread over counties of about a hundred, each town named with
    /// its county (青山县柳河镇) so that names stay unique across counties.
    static func stress(units count: Int, rng: inout SplitMix64) -> Catalog {
        let departments = min(departmentNames.count, max(6, count * 3 / 100))
        let towns = count - departments
        let counties = max(1, (towns + 50) / 100)
        var units: [UnitInfo] = []
        for c in 0..<counties {
            let county = countyNames[c % countyNames.count] + (c < countyNames.count ? "" : "\(c / countyNames.count + 1)") + "县"
            let countyShort = String(county.prefix(2))
            let share = towns / counties + (c < towns % counties ? 1 : 0)
            var names = Set<String>()
            let suffixes = ["镇", "镇", "街道", "乡"]
            while names.count < share {
                let town = townFirst[rng.int(0...townFirst.count - 1)] + townSecond[rng.int(0...townSecond.count - 1)]
                    + suffixes[rng.int(0...suffixes.count - 1)]
                guard names.insert(town).inserted else { continue }
                // Slack towns are rarer and slacker than in `large`: the backlog gathers in them.
                let laxity = 0.2 + 3 * pow3(rng.unit())
                units.append(UnitInfo(name: county + town, isDepartment: false, short: countyShort + shortName(of: town),
                                      weight: 0.3 + 2.7 * rng.unit() * rng.unit(), laxity: laxity))
            }
        }
        units += departmentNames.prefix(departments).map { department($0, prefix: "市") }
        return Catalog(units: units, domains: defaultDomains(departmentBase: towns))
    }

    private static func pow3(_ x: Double) -> Double { x * x * x }

    private static let countyNames = ["青山", "白河", "红岭", "金川", "石泉", "龙湾", "凤台", "柳林", "桃源", "松溪", "兰田", "清平"]

    private static func department(_ short: String) -> UnitInfo { department(short, prefix: "区") }

    private static func department(_ short: String, prefix: String) -> UnitInfo {
        UnitInfo(name: prefix + short, isDepartment: true, short: short.replacingSuffix("局", "").replacingSuffix("分", ""), weight: 1)
    }

    private static func shortName(of town: String) -> String {
        town.replacingSuffix("街道", "").replacingSuffix("镇", "").replacingSuffix("乡", "")
    }

    /// DATA.md's default list, in its order; the first six are the key domains.
    private static func defaultDomains(departmentBase d: Int) -> [DomainInfo] {
        let flat = [Double](repeating: 1, count: 12)
        let wages: [Double] = [1.5, 0.8, 0.9, 0.9, 0.9, 1.0, 1.0, 0.9, 0.9, 0.9, 1.1, 1.4]
        let land: [Double] = [0.8, 0.7, 1.2, 1.3, 1.1, 1.0, 0.9, 0.9, 1.1, 1.2, 1.0, 0.8]
        return [
            DomainInfo(name: "城乡建设", isKey: true, weight: 22, department: d + 1, season: flat),
            DomainInfo(name: "自然资源", isKey: true, weight: 10, department: d + 2, season: land),
            DomainInfo(name: "人力资源和社会保障", isKey: true, weight: 14, department: d + 0, season: wages),
            DomainInfo(name: "农业农村", isKey: true, weight: 12, department: d + 3, season: land),
            DomainInfo(name: "金融", isKey: true, weight: 3, department: nil, season: flat),
            DomainInfo(name: "涉法涉诉", isKey: true, weight: 6, department: d + 4, season: flat),
            DomainInfo(name: "教育", isKey: false, weight: 5, department: nil, season: [1, 0.8, 1.1, 1, 1, 1, 1.2, 1.3, 1.2, 0.9, 0.9, 0.9]),
            DomainInfo(name: "卫生健康", isKey: false, weight: 4, department: nil, season: flat),
            DomainInfo(name: "民政", isKey: false, weight: 6, department: nil, season: flat),
            DomainInfo(name: "生态环境", isKey: false, weight: 5, department: nil, season: [0.8, 0.7, 0.9, 1, 1.1, 1.3, 1.4, 1.3, 1.1, 0.9, 0.8, 0.8]),
            DomainInfo(name: "市场监管", isKey: false, weight: 5, department: d + 5, season: flat),
            DomainInfo(name: "其他", isKey: false, weight: 8, department: nil, season: flat),
        ]
    }

    private static let departmentNames = [
        "人社局", "住建局", "自然资源局", "农业农村局", "公安分局", "市场监管局", "教育局", "卫健局",
        "民政局", "生态环境分局", "交通运输局", "水利局", "城管局", "财政局", "退役军人事务局",
        "应急管理局", "司法局", "文旅局", "商务局", "发改局", "林业局", "医保局", "统计局", "审计局",
        "行政审批局", "科技局", "工信局", "住房保障中心", "供销社", "残联",
    ]
    private static let townFirst = Array("青白红黄金石龙凤马牛柳杨桃梅松竹兰清明安平和新永长高大小东西南北上下".map(String.init))
    private static let townSecond = Array("山水河沟坪川岭湾桥庄村坝原林峰泉溪园关口寨塘营堡店铺集湖台".map(String.init))
}

extension String {
    func replacingSuffix(_ suffix: String, _ replacement: String) -> String {
        hasSuffix(suffix) && count > suffix.count ? String(dropLast(suffix.count)) + replacement : self
    }
}
