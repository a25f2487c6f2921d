import XFIndicators
import XFTemplates

/// One 修订说明 as a snapshot page shows it: when, how many figures, and each
/// changed figure with its scope, period, before and after.
struct RevisionNote: TemplateModel {
    struct Line: TemplateModel {
        var scope, period, indicator, before, after: String

        static let fields = TemplateFields<Line>(
            .field("scope", \.scope), .field("period", \.period), .field("indicator", \.indicator), .field("before", \.before), .field("after", \.after))
    }

    var date, summary: String
    var lines: [Line]

    static let fields = TemplateFields<RevisionNote>(.field("date", \.date), .field("summary", \.summary), .field("lines", \.lines))

    init(_ entry: RevisionLog.Entry) {
        date = entry.revisedOn
        summary = "\(entry.revisedOn) 更新数据后，本月已发布的 \(entry.changes.count) 项数据有变化（更正或补录的信访事项所致），以下为修订前后的数值。"
        lines = entry.changes.map { change in
            Line(scope: change.scope,
                 period: change.period.label,
                 indicator: change.indicator.label,
                 before: change.before, after: change.after)
        }
    }
}
