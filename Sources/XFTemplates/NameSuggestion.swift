/// "Did you mean …?" by edit distance, as Stencil and swift-argument-parser do.
enum NameSuggestion {
    /// The closest candidate, if it is close enough to be a likely typo; ties go
    /// to the alphabetically first name so the message is the same every run.
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        let limit = max(2, target.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            guard distance <= limit else { continue }
            if let current = best, current.distance < distance || (current.distance == distance && current.name <= candidate) {
                continue
            }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// Levenshtein distance with two rows.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
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

    /// The hint for an unknown name: the closest match, else the names there are.
    static func hint(for name: String, among candidates: [String], format: (String) -> String) -> String {
        if let match = closest(to: name, among: candidates) {
            return "您是否想写 \(format(match))？"
        }
        let known = Array(Set(candidates)).sorted()
        guard !known.isEmpty else { return "" }
        let shown = known.prefix(12).joined(separator: "、")
        return "可用的名称有：\(shown)\(known.count > 12 ? " 等" : "")"
    }
}
