/// 领导接访: district leaders sit in the reception hall on most working days —
/// about 230 sessions, 1,200 batches, 2,200 persons and 300 assignments a year.
enum ReceptionLog {
    private static let leaders = ["陈区长", "王副区长", "李副区长", "张副区长", "刘副区长", "杨副书记", "赵常委", "周副区长"]

    static func write(profile: Profile, rng: inout SplitMix64) -> (ByteBuffer, rows: Int) {
        var out = ByteBuffer()
        out.append("日期,接访领导,批次,人次,交办件数,责任单位\n")
        let towns = profile.catalog.townIndices
        var rows = 0
        for day in profile.start...profile.cutoff where Calendar.weekday(day) < 5 && rng.chance(0.92) {
            let batches = 1 + rng.int(0...4) + rng.int(0...4)
            let persons = batches + rng.int(0...batches) + rng.int(0...2) + (rng.chance(0.12) ? rng.int(3...15) : 0)
            let assigned = min(batches, rng.int(0...2) + (rng.chance(0.2) ? 1 : 0))
            out.append(date: day, form: .iso)
            out.append(","); out.append(leaders[rng.int(0...leaders.count - 1)])
            out.append(","); out.append(int: batches)
            out.append(","); out.append(int: persons)
            out.append(","); out.append(int: assigned)
            out.append(",")
            // About a third of the sessions are held down in a town (下沉接访).
            if rng.chance(0.3) { out.append(profile.catalog.units[towns[rng.int(0...towns.count - 1)]].name) }
            out.append("\n")
            rows += 1
        }
        return (out, rows)
    }
}
