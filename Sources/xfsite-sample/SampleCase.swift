/// One petition case with its whole life: every event carries its true date, and an
/// export at as-of date E shows only the events dated on or before E.
/// Kept compact (no strings) so a million of them fit comfortably in memory.
struct SampleCase {
    static let never: Day = .max

    var registered: Day
    /// Date of the acceptance decision (受理 or 不予受理), or `never`.
    var decided: Day = never
    var extended: Day = never
    var closed: Day = never
    var rated: Day = never
    var review: Day = never
    var reReview: Day = never
    /// Serial number within the registration year, for 信访件编号.
    var serial: Int32 = 0
    var unit: UInt16 = 0
    var persons: UInt16 = 1
    var channel: Channel = .online
    var category: Category = .claim
    var domain: UInt8 = 0
    var acceptance: Acceptance = .accepted
    var route: Route = .petition
    var rating: Rating = .satisfied
    var flags: Flags = []

    struct Flags: OptionSet {
        let rawValue: UInt8
        static let firstTime = Flags(rawValue: 1)
        static let repeated = Flags(rawValue: 2)
        static let bypass = Flags(rawValue: 4)
        static let backlog = Flags(rawValue: 8)
        static let resolved = Flags(rawValue: 16)
    }

    /// The months (month index) in which something about the case became known,
    /// up to `cutoff`; the case appears in the export of each of these months.
    func eventMonths(cutoff: Day, into months: inout [Int]) {
        months.removeAll(keepingCapacity: true)
        for day in [registered, decided, extended, closed, rated, review, reReview] where day <= cutoff {
            let m = Calendar.monthIndex(day)
            if !months.contains(m) { months.append(m) }
        }
    }
}

/// 信访形式, in DATA.md's canonical spelling.
enum Channel: UInt8 { case letter, visit, online, phone
    var label: String { ["来信", "来访", "网上", "电话"][Int(rawValue)] }
    /// What other systems call it; every spelling is a DATA.md synonym.
    var synonyms: [String] { [["书信", "传真"], ["走访"], ["网上信访", "网信", "网络"], ["电话信访"]][Int(rawValue)] }
}

/// 内容分类
enum Category: UInt8 { case suggestion, accusation, claim
    var label: String { ["建议意见", "检举控告", "申诉求决"][Int(rawValue)] }
    var synonyms: [String] { [["建议", "意见"], ["检举", "控告", "揭发控告"], ["申诉", "求决"]][Int(rawValue)] }
}

/// 受理情况 once decided.
enum Acceptance: UInt8 { case accepted, rejected
    var label: String { self == .accepted ? "受理" : "不予受理" }
}

/// 处理途径
enum Route: UInt8 { case petition, litigation, arbitration, reconsideration, adjudication, otherStatutory
    var label: String { ["信访程序", "诉讼", "仲裁", "行政复议", "行政裁决", "其他法定途径"][Int(rawValue)] }
}

/// 评价
enum Rating: UInt8 { case satisfied, basicallySatisfied, dissatisfied
    var label: String { ["满意", "基本满意", "不满意"][Int(rawValue)] }
}
