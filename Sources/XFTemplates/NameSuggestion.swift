import XFSource

/// "Did you mean …?" for template names, as Stencil and swift-argument-parser do.
enum NameSuggestion {
    /// The hint for an unknown name: the closest match, else the names there are.
    static func hint(for name: String, among candidates: [String], format: (String) -> String) -> String {
        if let match = Suggestion.closest(to: name, among: candidates) {
            return "您是否想写 \(format(match))？"
        }
        let known = Array(Set(candidates)).sorted()
        guard !known.isEmpty else { return "" }
        let shown = known.prefix(12).joined(separator: "、")
        return "可用的名称有：\(shown)\(known.count > 12 ? " 等" : "")"
    }
}
