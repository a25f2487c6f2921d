/// The working graph of the layered layout: real nodes first (in source order),
/// then dummy nodes that carry long edges one layer at a time. Every edge points
/// down; back edges are not part of it (they are routed around the side).
struct LayeredGraph {
    struct Node {
        var id: String?          // nil for a dummy
        var width: Double
        var height: Double
        var layer = 0
        var order = 0
        var x = 0.0
        var isMain = false
        var isDummy: Bool { id == nil }
    }

    /// A guide edge after cycle removal, split into unit-length segments.
    struct Chain {
        var edgeIndex: Int
        /// Node indices from the upper end to the lower end, dummies in between.
        var path: [Int]
    }

    var nodes: [Node]
    var chains: [Chain] = []
    /// Unit edges (upper, lower), each once, in creation order.
    var segments: [(upper: Int, lower: Int)] = []

    var layerCount: Int { (nodes.map(\.layer).max() ?? -1) + 1 }

    func layers() -> [[Int]] {
        var result = Array(repeating: [Int](), count: layerCount)
        for (index, node) in nodes.enumerated() { result[node.layer].append(index) }
        return result.map { $0.sorted { nodes[$0].order < nodes[$1].order } }
    }

    /// Builds dummy chains for edges that span more than one layer.
    mutating func splitLongEdges(_ edges: [(upper: Int, lower: Int, edgeIndex: Int, main: Bool)]) {
        for edge in edges {
            var path = [edge.upper]
            var previous = edge.upper
            for layer in (nodes[edge.upper].layer + 1)..<max(nodes[edge.lower].layer, nodes[edge.upper].layer + 1) {
                var dummy = Node(id: nil, width: 0, height: 0)
                dummy.layer = layer
                dummy.isMain = edge.main
                nodes.append(dummy)
                segments.append((previous, nodes.count - 1))
                previous = nodes.count - 1
                path.append(previous)
            }
            segments.append((previous, edge.lower))
            path.append(edge.lower)
            chains.append(Chain(edgeIndex: edge.edgeIndex, path: path))
        }
    }

    func upper(of node: Int) -> [Int] { segments.filter { $0.lower == node }.map(\.upper) }
    func lower(of node: Int) -> [Int] { segments.filter { $0.upper == node }.map(\.lower) }
}
