import XFSource

/// How one row of each small table becomes a record: the column layout of
/// `TableSchema` and DATA.md's rules for that table.
enum TableReaders {
    static func unit(_ r: inout RowReader) -> Unit? {
        guard r.requirePresent(0), let name = r.text(0) else { return nil }
        let kind = r.choice(1, Vocabulary.unitKinds) ?? .town
        return Unit(name: name, kind: kind, shortName: r.text(2))
    }

    static func domain(_ r: inout RowReader) -> Domain? {
        guard r.requirePresent(0), let name = r.text(0) else { return nil }
        return Domain(name: name, isKey: r.boolean(1))
    }

    static func reception(_ r: inout RowReader, units: ByteStringIndex) -> Reception? {
        let date = r.date(0, required: true)
        let leaderPresent = r.requirePresent(1)
        let batches = r.integer(2, fallback: 0, required: true)
        let persons = r.integer(3, fallback: 0, required: true)
        let assigned = r.integer(4, fallback: 0)
        let unit = r.name(5, in: units, listFile: "units.csv")
        guard let date, leaderPresent, let leader = r.text(1) else { return nil }
        return Reception(date: date, leader: leader, batches: batches, persons: persons, assigned: assigned, unit: unit)
    }

    static func activity(_ r: inout RowReader, units: ByteStringIndex) -> Activity? {
        let date = r.date(0, required: true)
        let titlePresent = r.requirePresent(1)
        let kind = r.choice(2, Vocabulary.activityKinds) ?? .campaign
        var activity = Activity(date: date ?? CivilDate(dayNumber: 0), title: r.text(1) ?? "", kind: kind)
        activity.place = r.text(3)
        activity.unit = r.name(4, in: units, listFile: "units.csv")
        activity.participatingUnits = r.integer(5, fallback: 0)
        activity.materials = r.integer(6, fallback: 0)
        activity.consultations = r.integer(7, fallback: 0)
        activity.boards = r.integer(8, fallback: 0)
        activity.trainees = r.integer(9, fallback: 0)
        activity.examinees = r.integer(10, fallback: 0)
        activity.passed = r.integer(11, fallback: 0)
        if activity.passed > activity.examinees {
            r.fail(11, code: .publicityPassedOverExaminees, message: "合格人数大于考试人数 \(activity.examinees)。",
                   fix: "核对两个人数，合格人数不能超过考试人数。")
        }
        return date != nil && titlePresent ? activity : nil
    }
}
