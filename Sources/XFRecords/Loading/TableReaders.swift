import XFCalendar
import XFSource
import XFVocabulary

/// How one row of each small table becomes a record, by the table's typed
/// columns and DATA.md's rules for that table.
enum TableReaders {
    static func unit(_ r: inout RowReader) -> Unit? {
        guard r.requirePresent(UnitColumn.name), let name = r.text(UnitColumn.name) else { return nil }
        let kind = r.choice(UnitColumn.kind, Vocabulary.unitKinds) ?? .town
        return Unit(name: name, kind: kind, shortName: r.text(UnitColumn.shortName))
    }

    static func domain(_ r: inout RowReader) -> Domain? {
        guard r.requirePresent(DomainColumn.name), let name = r.text(DomainColumn.name) else { return nil }
        return Domain(name: name, isKey: r.boolean(DomainColumn.isKey))
    }

    static func reception(_ r: inout RowReader, units: NameTable) -> Reception? {
        typealias C = ReceptionColumn
        let date = r.date(C.date, required: true)
        let leaderPresent = r.requirePresent(C.leader)
        let batches = r.integer(C.batches, fallback: 0, required: true)
        let persons = r.integer(C.persons, fallback: 0, required: true)
        let assigned = r.integer(C.assigned, fallback: 0)
        let unit = r.name(C.unit, in: units, listFile: "units.csv")
        guard let date, leaderPresent, let leader = r.text(C.leader) else { return nil }
        return Reception(date: date, leader: leader, batches: batches, persons: persons, assigned: assigned, unit: unit)
    }

    static func activity(_ r: inout RowReader, units: NameTable) -> Activity? {
        typealias C = PublicityColumn
        let date = r.date(C.date, required: true)
        let titlePresent = r.requirePresent(C.title)
        let kind = r.choice(C.kind, Vocabulary.activityKinds) ?? .campaign
        // The placeholder date is never seen: a row without a valid date is not kept.
        var activity = Activity(date: date ?? CivilDate(dayNumber: 0), title: r.text(C.title) ?? "", kind: kind)
        activity.place = r.text(C.place)
        activity.unit = r.name(C.unit, in: units, listFile: "units.csv")
        activity.participatingUnits = r.integer(C.participatingUnits, fallback: 0)
        activity.materials = r.integer(C.materials, fallback: 0)
        activity.consultations = r.integer(C.consultations, fallback: 0)
        activity.boards = r.integer(C.boards, fallback: 0)
        activity.trainees = r.integer(C.trainees, fallback: 0)
        activity.examinees = r.integer(C.examinees, fallback: 0)
        activity.passed = r.integer(C.passed, fallback: 0)
        if activity.passed > activity.examinees {
            r.fail(C.passed, code: .publicityPassedOverExaminees, message: "合格人数大于考试人数 \(activity.examinees)。",
                   fix: "核对两个人数，合格人数不能超过考试人数。")
        }
        return date != nil && titlePresent ? activity : nil
    }
}
