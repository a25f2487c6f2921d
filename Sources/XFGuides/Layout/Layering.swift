/// Phases (a) and (b) of the layered layout: turn the guide into an acyclic graph
/// (explicit back edges flipped first, any remaining loop broken depth-first),
/// find the main path, and assign layers by longest path, then pull nodes down
/// where that shortens their edges.
struct Layering {
    /// Forward edges as (upper, lower) node indices, guide order kept.
    var edges: [(upper: Int, lower: Int, edgeIndex: Int)] = []
    /// Guide edge indices drawn around the side: marked back edges and any edge
    /// that closed an unmarked loop.
    var backEdges: [Int] = []
    var layer: [Int]
    /// Node indices of the main path, top to bottom.
    var mainPath: [Int] = []

    init(guide: Guide) {
        let index = Dictionary(uniqueKeysWithValues: guide.nodes.enumerated().map { ($1.id, $0) })
        let count = guide.nodes.count
        layer = Array(repeating: 0, count: count)
        var forward: [(Int, Int, Int)] = []
        for (edgeIndex, edge) in guide.edges.enumerated() {
            guard let from = index[edge.from], let to = index[edge.to], from != to else { continue }
            if edge.isBack { backEdges.append(edgeIndex) } else { forward.append((from, to, edgeIndex)) }
        }
        // Unmarked loops: depth-first from the nodes in source order; an edge into a
        // node still on the stack is flipped. The parser already reports these.
        var state = Array(repeating: 0, count: count)
        var flipped = Set<Int>()
        func visit(_ node: Int) {
            state[node] = 1
            for (from, to, edgeIndex) in forward where from == node {
                if state[to] == 1 { flipped.insert(edgeIndex) } else if state[to] == 0 { visit(to) }
            }
            state[node] = 2
        }
        for node in 0..<count where state[node] == 0 { visit(node) }
        for (from, to, edgeIndex) in forward {
            if flipped.contains(edgeIndex) { backEdges.append(edgeIndex) } else { edges.append((from, to, edgeIndex)) }
        }
        backEdges.sort()
        let order = topologicalOrder(count: count)
        assignLongestPath(order)
        mainPath = findMainPath(guide: guide, order: order)
        pullDown(order, keeping: Set(mainPath))
    }

    private func successors(_ node: Int) -> [Int] { edges.filter { $0.upper == node }.map(\.lower) }
    private func predecessors(_ node: Int) -> [Int] { edges.filter { $0.lower == node }.map(\.upper) }

    /// Kahn's algorithm, smallest source index first, so the order is stable.
    private func topologicalOrder(count: Int) -> [Int] {
        var indegree = Array(repeating: 0, count: count)
        for edge in edges { indegree[edge.lower] += 1 }
        var ready = (0..<count).filter { indegree[$0] == 0 }
        var order: [Int] = []
        while !ready.isEmpty {
            let node = ready.removeFirst()
            order.append(node)
            for next in successors(node) {
                indegree[next] -= 1
                if indegree[next] == 0 { ready.append(next); ready.sort() }
            }
        }
        return order
    }

    private mutating func assignLongestPath(_ order: [Int]) {
        for node in order {
            for next in successors(node) { layer[next] = max(layer[next], layer[node] + 1) }
        }
    }

    /// From the first start node, always take the successor with the longest way
    /// still to go (ties: the edge written first). This is the spine drawn straight.
    private func findMainPath(guide: Guide, order: [Int]) -> [Int] {
        guard let start = guide.nodes.firstIndex(where: { $0.kind == .start }) else { return [] }
        var remaining = Array(repeating: 0, count: guide.nodes.count)
        for node in order.reversed() {
            remaining[node] = successors(node).map { remaining[$0] + 1 }.max() ?? 0
        }
        var path = [start]
        var current = start
        while let next = successors(current).max(by: { remaining[$0] < remaining[$1] }) {
            // `max(by:)` returns the last of equal maxima; prefer the first written.
            let best = successors(current).first { remaining[$0] == remaining[next] } ?? next
            path.append(best)
            current = best
        }
        return path
    }

    /// A node with more edges below than above moves down next to its successors:
    /// the total edge length drops (a one-step promotion in the spirit of network simplex).
    private mutating func pullDown(_ order: [Int], keeping fixed: Set<Int>) {
        for node in order.reversed() where !fixed.contains(node) {
            let below = successors(node), above = predecessors(node)
            guard !below.isEmpty, below.count > above.count,
                  let lowest = below.map({ layer[$0] }).min() else { continue }
            layer[node] = max(layer[node], lowest - 1)
        }
    }
}
