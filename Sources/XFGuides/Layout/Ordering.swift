/// Phase (c): order the nodes inside each layer to reduce edge crossings.
/// Starts from a depth-first order in source order (planar for trees), then runs
/// barycenter sweeps down and up with adjacent transpositions, keeping the best
/// order seen. Ties keep the current order, so the result is stable.
enum Ordering {
    static func run(_ graph: inout LayeredGraph, sweeps: Int = 8) {
        let upper = (0..<graph.nodes.count).map { graph.upper(of: $0) }
        let lower = (0..<graph.nodes.count).map { graph.lower(of: $0) }
        initialOrder(&graph, lower: lower)
        var layers = graph.layers()
        var best = layers
        var bestCrossings = crossings(layers, graph: graph)
        guard bestCrossings > 0 else { return }
        for sweep in 0..<sweeps {
            let downward = sweep % 2 == 0
            let range: [Int] = downward ? Array(layers.indices.dropFirst()) : Array(layers.indices.dropLast().reversed())
            for layer in range {
                let neighbours = downward ? upper : lower
                let reference = layers[downward ? layer - 1 : layer + 1]
                var position: [Int: Double] = [:]
                for (index, node) in reference.enumerated() { position[node] = Double(index) }
                let keyed = layers[layer].enumerated().map { index, node -> (node: Int, key: Double, index: Int) in
                    let values = neighbours[node].compactMap { position[$0] }
                    return (node, values.isEmpty ? Double(index) : values.reduce(0, +) / Double(values.count), index)
                }
                layers[layer] = keyed.sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }.map(\.node)
            }
            transpose(&layers, graph: graph)
            let count = crossings(layers, graph: graph)
            if count < bestCrossings { best = layers; bestCrossings = count }
            if count == 0 { break }
        }
        apply(best, to: &graph)
    }

    /// Depth-first from the real nodes in source order, children in edge order.
    static func initialOrder(_ graph: inout LayeredGraph, lower: [[Int]]) {
        var seen = Set<Int>()
        var nextOrder = Array(repeating: 0, count: graph.layerCount)
        func visit(_ node: Int) {
            guard seen.insert(node).inserted else { return }
            graph.nodes[node].order = nextOrder[graph.nodes[node].layer]
            nextOrder[graph.nodes[node].layer] += 1
            for child in centred(lower[node]) { visit(child) }
        }
        // The main child goes in the middle of its siblings, so side branches
        // spread to both sides of the straight main path.
        func centred(_ children: [Int]) -> [Int] {
            guard let main = children.first(where: { graph.nodes[$0].isMain }) else { return children }
            let others = children.filter { $0 != main }
            return Array(others.prefix(others.count / 2)) + [main] + Array(others.dropFirst(others.count / 2))
        }
        for node in graph.nodes.indices where !graph.nodes[node].isDummy && graph.upper(of: node).isEmpty { visit(node) }
        for node in graph.nodes.indices { visit(node) }
    }

    static func apply(_ layers: [[Int]], to graph: inout LayeredGraph) {
        for layer in layers {
            for (index, node) in layer.enumerated() { graph.nodes[node].order = index }
        }
    }

    static func crossings(_ layers: [[Int]], graph: LayeredGraph) -> Int {
        var position = Array(repeating: 0, count: graph.nodes.count)
        for layer in layers { for (index, node) in layer.enumerated() { position[node] = index } }
        var total = 0
        var byLayer = Array(repeating: [(Int, Int)](), count: layers.count)
        for segment in graph.segments {
            byLayer[graph.nodes[segment.upper].layer].append((position[segment.upper], position[segment.lower]))
        }
        for pairs in byLayer {
            for i in pairs.indices {
                for j in pairs.indices where j > i {
                    let (a, b) = (pairs[i], pairs[j])
                    if (a.0 - b.0) * (a.1 - b.1) < 0 { total += 1 }
                }
            }
        }
        return total
    }

    /// Swaps neighbours while that lowers the total crossing count.
    static func transpose(_ layers: inout [[Int]], graph: LayeredGraph) {
        var current = crossings(layers, graph: graph)
        var improved = true
        var rounds = 0
        while improved && rounds < 10 {
            improved = false
            rounds += 1
            for layer in layers.indices where layers[layer].count > 1 {
                for index in 0..<(layers[layer].count - 1) {
                    layers[layer].swapAt(index, index + 1)
                    let count = crossings(layers, graph: graph)
                    if count < current { current = count; improved = true } else { layers[layer].swapAt(index, index + 1) }
                }
            }
        }
    }
}
