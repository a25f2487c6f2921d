/// A line diff in unified format, for golden-file failures: the first few hunks
/// with three lines of context, long lines clipped.
public enum UnifiedDiff {
    public static func text(old: String, new: String, oldName: String = "a", newName: String = "b",
                            context: Int = 3, maxHunks: Int = 4, maxLineLength: Int = 300) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = script(a, b)
        // Group edits into hunks: runs of changes no more than 2 × context apart.
        var hunks: [[Int]] = []
        for (index, edit) in edits.enumerated() where edit.kind != .same {
            if let last = hunks.last?.last, index - last <= 2 * context { hunks[hunks.count - 1].append(index) } else { hunks.append([index]) }
        }
        if hunks.isEmpty { return "(the texts differ only in bytes that are not valid UTF-8)" }
        func clip(_ line: String) -> String {
            line.count <= maxLineLength ? line : String(line.prefix(maxLineLength)) + "…（共 \(line.count) 个字符）"
        }
        var out = ["--- \(oldName)", "+++ \(newName)"]
        for hunk in hunks.prefix(maxHunks) {
            let start = max(0, hunk.first! - context), end = min(edits.count, hunk.last! + context + 1)
            let slice = edits[start..<end]
            let oldStart = slice.first { $0.kind != .insert }?.old ?? (edits[start].old)
            let newStart = slice.first { $0.kind != .delete }?.new ?? (edits[start].new)
            let oldCount = slice.filter { $0.kind != .insert }.count, newCount = slice.filter { $0.kind != .delete }.count
            out.append("@@ -\(oldStart + 1),\(oldCount) +\(newStart + 1),\(newCount) @@")
            for edit in slice {
                switch edit.kind {
                case .same: out.append(" " + clip(a[edit.old]))
                case .delete: out.append("-" + clip(a[edit.old]))
                case .insert: out.append("+" + clip(b[edit.new]))
                }
            }
        }
        if hunks.count > maxHunks { out.append("… and \(hunks.count - maxHunks) more hunks") }
        return out.joined(separator: "\n")
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        /// Index into the old lines (for `.insert`: the old line it comes before).
        var old: Int
        /// Index into the new lines (for `.delete`: the new line it comes before).
        var new: Int
    }

    /// An edit script: common prefix and suffix trimmed, the middle by longest
    /// common subsequence when small enough, else replaced whole.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var edits = (0..<prefix).map { Edit(kind: .same, old: $0, new: $0) }
        let oldMiddle = prefix..<(a.count - suffix), newMiddle = prefix..<(b.count - suffix)
        if oldMiddle.count * newMiddle.count <= 4_000_000 {
            edits += lcsEdits(a, oldMiddle, b, newMiddle)
        } else {
            edits += oldMiddle.map { Edit(kind: .delete, old: $0, new: newMiddle.lowerBound) }
            edits += newMiddle.map { Edit(kind: .insert, old: oldMiddle.upperBound, new: $0) }
        }
        edits += (0..<suffix).map { Edit(kind: .same, old: a.count - suffix + $0, new: b.count - suffix + $0) }
        return edits
    }

    private static func lcsEdits(_ a: [String], _ ra: Range<Int>, _ b: [String], _ rb: Range<Int>) -> [Edit] {
        let n = ra.count, m = rb.count
        // length[i][j]: LCS of a[ra][i...] and b[rb][j...], one flat array.
        var length = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                length[i * (m + 1) + j] = a[ra.lowerBound + i] == b[rb.lowerBound + j]
                    ? length[(i + 1) * (m + 1) + j + 1] + 1
                    : max(length[(i + 1) * (m + 1) + j], length[i * (m + 1) + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            let oi = ra.lowerBound + i, nj = rb.lowerBound + j
            if i < n, j < m, a[oi] == b[nj] {
                edits.append(Edit(kind: .same, old: oi, new: nj)); i += 1; j += 1
            } else if i < n, j == m || length[(i + 1) * (m + 1) + j] >= length[i * (m + 1) + j + 1] {
                edits.append(Edit(kind: .delete, old: oi, new: nj)); i += 1
            } else {
                edits.append(Edit(kind: .insert, old: oi, new: nj)); j += 1
            }
        }
        return edits
    }
}
