@testable import XFCharts

/// Sample inputs shared by the tests and golden files: fixed numbers, no randomness.
enum Fixtures {
    /// 2023-11 … 2025-10.
    static let months24: [ChartMonth] = (0..<24).map { offset in
        let index = 2023 * 12 + 10 + offset
        return ChartMonth(year: index / 12, month: index % 12 + 1)
    }
    static let months12 = Array(months24.suffix(12))

    static let ontime: [Double?] = [0.931, 0.925, 0.94, 0.952, nil, 0.948, 0.955, 0.961, 0.958, 0.97, 0.962, 0.949,
                                    0.951, 0.944, 0.957, nil, nil, 0.963, 0.959, 0.966, 0.971, 0.955, 0.968, 0.962]

    static let towns: [String] = ["城关镇", "东关街道", "西城街道", "南湖镇", "北山乡", "青石镇", "白马镇", "黄土岭乡",
                                  "柳树湾镇", "红旗街道", "新华街道", "双河镇", "杨家坪乡", "石门镇", "桃花源镇",
                                  "高新技术产业开发区管理委员会", "龙泉镇", "沙河乡", "金山镇", "凤凰街道", "三岔口镇", "大王庄乡"]

    static func rankedInput() -> RankedBarInput {
        let items = towns.enumerated().map { index, town -> RankedBarItem in
            let value: Double? = index == 6 ? nil : 0.86 + Double((index * 37) % 14) / 100
            let band: Band? = value.map { $0 >= 0.95 ? .green : $0 >= 0.9 ? .yellow : .red }
            return RankedBarItem(label: town, value: value, band: band, href: "units/\(index + 1).html")
        }
        return RankedBarInput(title: "各乡镇按期办结率", items: items, format: .percent, target: 0.95)
    }

    static func trendInput() -> TrendInput {
        TrendInput(title: "按期办结率", months: months24,
                   series: MonthlySeries(name: "本期", values: ontime),
                   comparison: MonthlySeries(name: "上年同期", values: ontime.map { $0.map { $0 - 0.02 } }),
                   target: 0.95, format: .percent)
    }

    static func stackedInput() -> StackedBarInput {
        let channels = ["来信", "来访", "网上", "电话"]
        let layers = channels.enumerated().map { channel, name in
            MonthlySeries(name: name, values: months12.indices.map { Double(10 + (channel * 7 + $0 * 5) % 23) })
        }
        return StackedBarInput(title: "各渠道信访量", months: months12, layers: layers)
    }

    static func donutInput() -> DonutInput {
        DonutInput(title: "信访事项按领域分布", slices: [
            DonutSlice(name: "城乡建设", value: 132), DonutSlice(name: "劳动社保", value: 87),
            DonutSlice(name: "农村农业", value: 64), DonutSlice(name: "自然资源", value: 41),
            DonutSlice(name: "政法", value: 23), DonutSlice(name: "其他", value: 0),
        ])
    }

    static func heatInput() -> HeatGridInput {
        let rows = towns.prefix(8).enumerated().map { row, town in
            MonthlySeries(name: town, values: months12.indices.map { column -> Double? in
                (row + column) % 11 == 3 ? nil : 0.85 + Double((row * 5 + column * 3) % 15) / 100
            })
        }
        return HeatGridInput(title: "按期办结率", months: months12, rows: rows, format: .percent)
    }

    static func sparklineInput() -> SparklineInput {
        SparklineInput(title: "按期办结率", months: months12, values: Array(ontime.suffix(12)), format: .percent)
    }
}
