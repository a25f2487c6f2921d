import XFSource

/// Checks that need the whole file: edges point at declared nodes, there is a
/// start, every node can be reached from it, and loops are marked as back edges.
enum GuideValidation {
    static func check(_ guide: Guide, declaredEdges ends: [EdgeEnd]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let ids = Set(guide.nodes.map(\.id))
        let sortedIds = ids.sorted()
        for end in ends where !ids.contains(end.id) {
            let guess = Suggestion.closest(to: end.id, among: sortedIds)
            diagnostics.append(Diagnostic(code: .guideUnknownNode, at: end.location, value: end.id,
                                          message: "连线用到的节点「\(end.id)」没有定义。",
                                          fix: guess.map { "是不是「\($0)」？请改成已定义的编号。" } ?? "先写一行节点（例如「步骤 \(end.id)：……」），或改成已定义的编号。"))
        }
        guard diagnostics.isEmpty else { return diagnostics }
        let starts = guide.nodes.filter { $0.kind == .start }
        guard !starts.isEmpty else {
            let where_ = guide.nodes.first?.location ?? SourceLocation(file: guide.file, line: 1, characterColumn: 1)
            return [Diagnostic(code: .guideNoStart, at: where_, message: "导引图没有起点。",
                               fix: "把第一个节点的类型写成「起点」，例如「起点 raise：信访人提出信访事项」。")]
        }
        let reached = reachable(from: starts.map(\.id), in: guide)
        for node in guide.nodes where !reached.contains(node.id) {
            diagnostics.append(Diagnostic(.warning, code: .guideUnreachable, at: node.location, value: node.id,
                                          message: "从起点出发到不了节点「\(node.id)」，它会单独画在图上。",
                                          fix: "加一条连线指向它（例如「上一步编号 -> \(node.id)」），或删除这个节点。"))
        }
        if let closing = unmarkedCycleEdge(in: guide) {
            diagnostics.append(Diagnostic(code: .guideUnmarkedCycle, at: closing.location, value: "\(closing.from) -> \(closing.to)",
                                          message: "这条连线回到了前面的步骤，形成了循环。",
                                          fix: "回到前面步骤的连线请写成「\(closing.from) ~> \(closing.to)」，图上会绕到旁边画。"))
        }
        return diagnostics
    }

    /// Each law cited needs a `法规：` line naming its version, and the guide a check date.
    static func checkVersions(_ guide: Guide, citations: [(title: String, location: SourceLocation)]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let declared = Set(guide.laws.map(\.name))
        for (title, location) in citations where !declared.contains(title) {
            diagnostics.append(Diagnostic(.warning, code: .guideLawWithoutVersion, at: location, value: title,
                                          message: "引用了《\(title)》，但没有写明依据的是哪个版本。",
                                          fix: "在标题下面加一行「法规：《\(title)》××××年×月×日修正（或修订）、××××年×月×日施行」，版本与核对所用的法规文本一致。"))
        }
        if guide.checked == nil && !guide.laws.isEmpty {
            diagnostics.append(Diagnostic(.warning, code: .guideNoCheckDate, at: guide.laws[0].location,
                                          message: "没有写核对日期。",
                                          fix: "与法规原文核对后，在「法规：」行下面加一行「核对日期：2026-12-01」（写核对当天的日期）。"))
        }
        return diagnostics
    }

    static func reachable(from roots: [String], in guide: Guide) -> Set<String> {
        var seen = Set(roots)
        var stack = roots
        while let id = stack.popLast() {
            for edge in guide.edges where edge.from == id && !seen.contains(edge.to) {
                seen.insert(edge.to)
                stack.append(edge.to)
            }
        }
        return seen
    }

    /// The first forward edge (in source order of a depth-first walk) that closes a loop.
    static func unmarkedCycleEdge(in guide: Guide) -> GuideEdge? {
        var state: [String: Int] = [:]  // 1 = on the path, 2 = done
        func visit(_ id: String) -> GuideEdge? {
            state[id] = 1
            for edge in guide.edges where edge.from == id && !edge.isBack {
                switch state[edge.to] {
                case 1: return edge
                case nil: if let found = visit(edge.to) { return found }
                default: break
                }
            }
            state[id] = 2
            return nil
        }
        for node in guide.nodes where state[node.id] == nil {
            if let found = visit(node.id) { return found }
        }
        return nil
    }
}
