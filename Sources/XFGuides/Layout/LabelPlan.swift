import XFText

/// Where each forward edge label goes, decided before coordinates so that
/// placement can keep room for it. A label sits to the right of the vertical
/// line it belongs to: the drop into its target, or, when several edges share
/// that drop, the stem of its own source. A long edge is labelled at its first
/// drop, near the step it leaves. Labels on one shared drop are stacked.
struct LabelPlan {
    enum Kind { case stem, drop }

    struct Spot {
        var gap: Int
        var kind: Kind
        /// The graph node whose x the label hangs from.
        var anchor: Int
        var lines: [String]
        var width: Double
        var height: Double
        /// Distance below the first label on the same line, when stacked.
        var offset: Double
    }

    var spots: [Int: Spot] = [:]
    /// Room each node needs to its right for the labels hanging from it.
    var reserve: [Double]
    var stemHeight: [Int: Double] = [:]
    var dropHeight: [Int: Double] = [:]

    static let gapToLine = 5.0

    init(guide: Guide, graph: LayeredGraph, options: LayoutOptions) {
        reserve = Array(repeating: 0, count: graph.nodes.count)
        let size = options.smallFontSize
        var stacked: [Int: Double] = [:]  // anchor node → height used so far, per kind
        for chain in graph.chains {
            guard let label = guide.edges[chain.edgeIndex].label, chain.path.count >= 2 else { continue }
            let lines = LineBreaker.wrap(label, maxEm: options.labelMaxEm)
            let pen = chain.path[0], lower = chain.path[1]
            let gap = graph.nodes[lower].layer
            let shared = graph.upper(of: lower).count > 1 && graph.lower(of: pen).count == 1
            let kind: Kind = shared ? .stem : .drop
            let anchor = shared ? pen : lower
            let width = (lines.map { TextWidth.em($0) }.max() ?? 0) * size
            let height = Double(lines.count) * size * options.lineSpacing
            let key = anchor * 2 + (shared ? 1 : 0)
            let offset = stacked[key].map { $0 + 2 } ?? 0
            stacked[key] = offset + height
            spots[chain.edgeIndex] = Spot(gap: gap, kind: kind, anchor: anchor, lines: lines, width: width, height: height, offset: offset)
            reserve[anchor] = max(reserve[anchor], Self.gapToLine + width + 6)
            if shared { stemHeight[gap] = max(stemHeight[gap] ?? 0, offset + height) }
            else { dropHeight[gap] = max(dropHeight[gap] ?? 0, offset + height) }
        }
    }
}
