/// Phase (d): horizontal coordinates by the priority method. The main path has
/// the highest priority and a fixed x, so it is one straight vertical line; dummy
/// nodes come next, keeping long edges straight; other nodes move towards the mean
/// of their neighbours without passing or overlapping nodes already placed.
enum Placement {
    /// Minimum distances between neighbours in a layer: box widths plus the gap,
    /// and never less than the room a label hanging from the left node needs.
    struct Spacing {
        var gap: Double
        var reserve: [Double]

        func between(_ a: Int, _ b: Int, in graph: LayeredGraph) -> Double {
            let left = graph.nodes[a], right = graph.nodes[b]
            let boxes = (left.width + right.width) / 2 + (left.isDummy || right.isDummy ? gap / 2 : gap)
            return max(boxes, reserve[a] + right.width / 2)
        }
    }

    static func run(_ graph: inout LayeredGraph, gap: Double, reserve: [Double]) {
        let spacing = Spacing(gap: gap, reserve: reserve)
        let layers = graph.layers()
        let upper = (0..<graph.nodes.count).map { graph.upper(of: $0) }
        let lower = (0..<graph.nodes.count).map { graph.lower(of: $0) }
        for layer in layers { pack(layer, in: &graph, spacing: spacing) }
        for pass in 0..<6 {
            let downward = pass % 2 == 0
            let sequence = downward ? Array(layers.indices.dropFirst()) : Array(layers.indices.dropLast().reversed())
            for layer in sequence {
                improve(layers[layer], in: &graph, spacing: spacing, reference: downward ? upper : lower)
            }
        }
    }

    /// Start: the main node at x = 0, the others packed tightly beside it.
    static func pack(_ layer: [Int], in graph: inout LayeredGraph, spacing: Spacing) {
        guard !layer.isEmpty else { return }
        let anchor = layer.firstIndex { graph.nodes[$0].isMain } ?? 0
        graph.nodes[layer[anchor]].x = 0
        for index in stride(from: anchor + 1, to: layer.count, by: 1) {
            graph.nodes[layer[index]].x = graph.nodes[layer[index - 1]].x + spacing.between(layer[index - 1], layer[index], in: graph)
        }
        for index in stride(from: anchor - 1, through: 0, by: -1) {
            graph.nodes[layer[index]].x = graph.nodes[layer[index + 1]].x - spacing.between(layer[index], layer[index + 1], in: graph)
        }
    }

    static func priority(_ node: Int, graph: LayeredGraph, reference: [[Int]]) -> Int {
        if graph.nodes[node].isMain { return 1_000_000 }
        if graph.nodes[node].isDummy { return 10_000 }
        return reference[node].count
    }

    static func improve(_ layer: [Int], in graph: inout LayeredGraph, spacing: Spacing, reference: [[Int]]) {
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
            move(index, to: target, in: layer, graph: &graph, spacing: spacing, placed: placed)
            placed.insert(index)
        }
    }

    /// Moves node `index` as close to `target` as the placed nodes allow, pushing
    /// unplaced neighbours along.
    static func move(_ index: Int, to target: Double, in layer: [Int], graph: inout LayeredGraph, spacing: Spacing, placed: Set<Int>) {
        var x = target
        var span = 0.0
        for left in stride(from: index - 1, through: 0, by: -1) {
            span += spacing.between(layer[left], layer[left + 1], in: graph)
            if placed.contains(left) { x = max(x, graph.nodes[layer[left]].x + span); break }
        }
        span = 0
        for right in stride(from: index + 1, to: layer.count, by: 1) {
            span += spacing.between(layer[right - 1], layer[right], in: graph)
            if placed.contains(right) { x = min(x, graph.nodes[layer[right]].x - span); break }
        }
        graph.nodes[layer[index]].x = x
        for left in stride(from: index - 1, through: 0, by: -1) {
            if placed.contains(left) { break }
            let limit = graph.nodes[layer[left + 1]].x - spacing.between(layer[left], layer[left + 1], in: graph)
            if graph.nodes[layer[left]].x <= limit { break }
            graph.nodes[layer[left]].x = limit
        }
        for right in stride(from: index + 1, to: layer.count, by: 1) {
            if placed.contains(right) { break }
            let limit = graph.nodes[layer[right - 1]].x + spacing.between(layer[right - 1], layer[right], in: graph)
            if graph.nodes[layer[right]].x >= limit { break }
            graph.nodes[layer[right]].x = limit
        }
    }
}
