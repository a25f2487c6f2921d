import XFIndicators

/// How the build tells a clerk that figures already published have changed.
enum RevisionReport {
    static func line(_ entry: RevisionLog.Entry) -> String {
        let examples = entry.changes.prefix(3).map { change in
            "\(change.scope) \(change.indicator.label) \(change.before) → \(change.after)"
        }
        return "修订：\(entry.month) 有 \(entry.changes.count) 项已发布的数据与上次不同（如 \(examples.joined(separator: "；"))），"
            + "快照页将附修订说明（\(entry.revisedOn)）。"
    }
}
