/// The round-down idiom of the annual reports: 发放宣传材料1000余份, 接受群众咨询
/// 500多人次. The rule (docs/REPORTS.md):
///
/// - Only for tallies kept loosely at events: 发放宣传材料 (份) and 接受群众咨询 (人次).
///   Counts of cases, leaders, sessions, batches, persons received, units,
///   trainees and examinees are audited figures and are never rounded.
/// - Only from 100 up (宣传光盘22份 stays 22份).
/// - Round down: below 1,000 to the hundreds (526 → 500, 630 → 600); from 1,000
///   up to two significant digits (1,046 → 1000, 3,903 → 3900, 10,300 → 10000),
///   which keeps the idiom within a tenth of the exact figure.
/// - Only when that drops something (1,000 stays 1000份: "余" means more than).
/// - 余 after things (份), 多 after people (人次), as the seeds write them.
///
/// The idiom is always shown beside the exact figure, never instead of it.
public enum ReportIdiom {
    public enum Word: String, Sendable {
        case yu = "余", duo = "多"
    }

    /// `1000余` for 1,046 with `.yu`; nil when the rule gives no idiom.
    public static func text(_ exact: Int, _ word: Word) -> String? {
        guard let round = roundDown(exact) else { return nil }
        return String(round) + word.rawValue
    }

    /// The round-down of `exact` by the rule, or nil below 100 or when nothing is dropped.
    public static func roundDown(_ exact: Int) -> Int? {
        guard exact >= 100 else { return nil }
        var unit = 100
        while exact >= unit * 100 { unit *= 10 }  // two significant digits from 1,000 up
        let round = exact / unit * unit
        return round == exact ? nil : round
    }
}
