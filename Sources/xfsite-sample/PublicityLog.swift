/// 普法宣传 and training: a few big campaigns a year (1,000 copies of material,
/// 500 consultations), a visit to every town on a market day, media posts, and
/// staff training with the yearly law exam (15 sat, 15 passed).
enum PublicityLog {
    static func write(profile: Profile, rng: inout SplitMix64) -> (ByteBuffer, rows: Int) {
        var rows: [(Day, String)] = []
        let first = Calendar.civil(profile.start).year, last = Calendar.civil(profile.cutoff).year
        let towns = profile.catalog.townIndices.map { profile.catalog.units[$0].name }
        for year in first...last {
            func add(_ month: Int, _ day: Int, _ line: String) {
                let d = Calendar.day(year, month, day)
                if d >= profile.start && d <= profile.cutoff { rows.append((d, line)) }
            }
            // Excel writes large counts with a thousands separator, hence the quotes.
            add(4, 20, "《信访工作条例》宣传活动,集中宣传,人民广场,,9,\"1,0\(rng.int(10...60))\",\(500 + rng.int(0...60)),12,,,")
            add(12, 4, "国家宪法日法治宣传,集中宣传,区信访接待大厅,,\(8 + rng.int(0...4)),\(800 + rng.int(0...20) * 10),\(300 + rng.int(0...80)),10,,,")
            add(5, 18, "民法典宣传月信访专场,集中宣传,东关街道文化广场,东关街道,\(5 + rng.int(0...3)),\(600 + rng.int(0...20) * 10),\(200 + rng.int(0...60)),8,,,")
            for quarter in 0..<4 {
                add(quarter * 3 + 2, 10 + quarter, "微信公众号“依法信访”专栏第\(quarter + 1)期,媒体宣传,示例区信访局公众号,,1,0,\(rng.int(10...60)),0,,,")
            }
            // One market-day visit per town, spread over spring and autumn.
            for (i, town) in towns.enumerated() {
                let month = i % 2 == 0 ? 3 + i % 3 : 9 + i % 3
                add(month, 5 + i % 20, "依法信访进村入户宣传,进村入户,\(town)集镇,\(town),2,\(30 + rng.int(0...50)),\(15 + rng.int(0...25)),\(1 + rng.int(0...1)),,,")
            }
            add(6, 12, "全区信访工作人员业务规范化培训,培训,区委党校,,\(20 + rng.int(0...6)),\(100 + rng.int(0...10) * 10),0,0,\(60 + rng.int(0...30)),,")
            add(11, 8, "局机关干部职工法宣考试,培训,区信访局会议室,,1,0,0,0,15,15,15")
        }
        rows.sort { $0.0 < $1.0 }
        var out = ByteBuffer()
        out.append("日期,活动名称,形式,地点,镇街,参与单位数,发放资料,接受咨询,展板,参训人数,考试人数,合格人数\n")
        for (day, line) in rows {
            out.append(date: day, form: .chinese)
            out.append(","); out.append(line); out.append("\n")
        }
        return (out, rows.count)
    }
}
