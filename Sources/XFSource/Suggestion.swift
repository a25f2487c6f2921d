/// "Did you mean …?": the closest known name by edit distance over Unicode
/// scalars, offered only when it is plausibly a typo of what was written.
public enum Suggestion {
    /// Bytes beyond which a written name or a candidate is not compared.
    static let maxLength = 256

    /// The closest known name, if it is plausibly a typo of `written`: within an
    /// edit distance of a third of its length (at least 2, fewer than all its characters), compared without case,
    /// or containing it (城关 for 城关镇). Ties go to the first name in byte order,
    /// so the message is the same on every run.
    public static func closest(to written: String, among known: some Sequence<String>) -> String? {
        // Names are short; a huge cell is no typo, and its edit distance would be slow.
        guard written.utf8.count <= maxLength else { return nil }
        let target = Array(written.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        var best: (name: String, distance: Int)?
        for name in known where name != written && name.utf8.count <= maxLength {
            let candidate = Array(name.lowercased().unicodeScalars)
            let distance = editDistance(target, candidate)
            let contained = name.contains(written) || written.contains(name)
            // Two edits are a typo (nmae, 登记时间); replacing every character is not.
            guard contained || (distance <= max(2, target.count / 3) && distance < min(target.count, candidate.count))
            else { continue }
            if let current = best, current.distance < distance || (current.distance == distance && current.name <= name) {
                continue
            }
            best = (name, distance)
        }
        return best?.name
    }

    /// Levenshtein distance with two rows.
    public static func editDistance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
