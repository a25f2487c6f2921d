/// Phase (d): horizontal coordinates by the priority method. The main path has
/// the highest priority and a fixed x, so it is one straight vertical line; dummy
/// nodes come next, keeping long edges straight; other nodes move towards the mean
/// of their neighbours without passing or overlapping nodes already placed.
enum Placement {
    static func run(_ graph: inout LayeredGraph, gap: Double) {
        let layers = graph.layers()
        let upper = (0..<graph.nodes.count).map { graph.upper(of: $0) }
        let lower = (0..<graph.nodes.count).map { graph.lower(of: $0) }
        for layer in layers { pack(layer, in: &graph, gap: gap) }
        for pass in 0..<6 {
            let downward = pass % 2 == 0
            let sequence = downward ? Array(layers.indices.dropFirst()) : Array(layers.indices.dropLast().reversed())
            for layer in sequence {
                let reference = downward ? upper : lower
                improve(layers[layer], in: &graph, gap: gap, reference: reference)
            }
        }
    }

    static func separation(_ a: LayeredGraph.Node, _ b: LayeredGraph.Node, gap: Double) -> Double {
        (a.width + b.width) / 2 + (a.isDummy || b.isDummy ? gap / 2 : gap)
    }

    /// Start: the main node at x = 0, the others packed tightly beside it.
    static func pack(_ layer: [Int], in graph: inout LayeredGraph, gap: Double) {
        guard !layer.isEmpty else { return }
        let anchor = layer.firstIndex { graph.nodes[$0].isMain } ?? 0
        graph.nodes[layer[anchor]].x = 0
        for index in stride(from: anchor + 1, to: layer.count, by: 1) {
            graph.nodes[layer[index]].x = graph.nodes[layer[index - 1]].x
                + separation(graph.nodes[layer[index - 1]], graph.nodes[layer[index]], gap: gap)
        }
        for index in stride(from: anchor - 1, through: 0, by: -1) {
            graph.nodes[layer[index]].x = graph.nodes[layer[index + 1]].x
                - separation(graph.nodes[layer[index]], graph.nodes[layer[index + 1]], gap: gap)
        }
    }

    static func priority(_ node: Int, graph: LayeredGraph, reference: [[Int]]) -> Int {
        if graph.nodes[node].isMain { return 1_000_000 }
        if graph.nodes[node].isDummy { return 10_000 }
        return reference[node].count
    }

    static func improve(_ layer: [Int], in graph: inout LayeredGraph, gap: Double, reference: [[Int]]) {
        let sequence = layer.indices.sorted {
            let (a, b) = (priority(layer[$0], graph: graph, reference: reference), priority(layer[$1], graph: graph, reference: reference))
            return a != b ? a > b : $0 < $1
        }
        var placed = Set<Int>()
        for index in sequence {
            let node = layer[index]
            let neighbours = reference[node]
            var target = graph.nodes[node].x
            if graph.nodes[node].isMain {
                target = 0
            } else if !neighbours.isEmpty {
                target = neighbours.map { graph.nodes[$0].x }.reduce(0, +) / Double(neighbours.count)
            }
            move(index, to: target, in: layer, graph: &graph, gap: gap, placed: placed)
            placed.insert(index)
        }
    }

    /// Moves node `index` as close to `target` as the placed nodes allow, pushing
    /// unplaced neighbours along.
    static func move(_ index: Int, to target: Double, in layer: [Int], graph: inout LayeredGraph, gap: Double, placed: Set<Int>) {
        var x = target
        var span = 0.0
        for left in stride(from: index - 1, through: 0, by: -1) {
            span += separation(graph.nodes[layer[left]], graph.nodes[layer[left + 1]], gap: gap)
            if placed.contains(left) { x = max(x, graph.nodes[layer[left]].x + span); break }
        }
        span = 0
        for right in stride(from: index + 1, to: layer.count, by: 1) {
            span += separation(graph.nodes[layer[right - 1]], graph.nodes[layer[right]], gap: gap)
            if placed.contains(right) { x = min(x, graph.nodes[layer[right]].x - span); break }
        }
        graph.nodes[layer[index]].x = x
        for left in stride(from: index - 1, through: 0, by: -1) where !placed.contains(left) {
            let limit = graph.nodes[layer[left + 1]].x - separation(graph.nodes[layer[left]], graph.nodes[layer[left + 1]], gap: gap)
            if graph.nodes[layer[left]].x <= limit { break }
            graph.nodes[layer[left]].x = limit
        }
        for right in stride(from: index + 1, to: layer.count, by: 1) where !placed.contains(right) {
            let limit = graph.nodes[layer[right - 1]].x + separation(graph.nodes[layer[right - 1]], graph.nodes[layer[right]], gap: gap)
            if graph.nodes[layer[right]].x >= limit { break }
            graph.nodes[layer[right]].x = limit
        }
    }
}
