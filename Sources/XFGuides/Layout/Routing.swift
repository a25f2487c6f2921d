#if canImport(Glibc)
import Glibc
#endif
import XFText

/// Phase (e): vertical spacing and orthogonal edge routes. Each gap between two
/// layers holds the buses of that gap (stem, horizontal run, drops) on their
/// tracks, the edge labels beside the drops or stems, and the tracks of back edges
/// that leave below or enter above a box. Back edges run in side lanes outside the
/// drawing. The gap grows to fit what it holds.
struct Routing {
    struct GapPlan {
        var buses: [Bus] = []
        var busTracks = 0
        var exits: [Int] = []
        var entries: [Int] = []
        var stemLabelHeight = 0.0
        var dropLabelHeight = 0.0
        var trackCount: Int { exits.count + busTracks + entries.count }
    }

    struct Rect { var minX, minY, maxX, maxY: Double }

    let guide: Guide
    let graph: LayeredGraph
    let options: LayoutOptions
    let layers: [[Int]]
    let measured: [NodeBox]
    var gaps: [GapPlan]
    var gapTop: [Double] = []
    var topPad: [Double] = []
    var boxes: [GuideLayout.Box] = []
    var routes: [GuideLayout.Route?]
    var obstacles: [Rect] = []
    let labels: LabelPlan

    init(guide: Guide, graph: LayeredGraph, measured: [NodeBox], labels: LabelPlan, options: LayoutOptions) {
        self.guide = guide
        self.labels = labels
        self.graph = graph
        self.measured = measured
        self.options = options
        layers = graph.layers()
        gaps = Array(repeating: GapPlan(), count: layers.count + 1)
        routes = Array(repeating: nil, count: guide.edges.count)
    }

    func labelLines(_ edgeIndex: Int) -> [String] {
        guard let label = guide.edges[edgeIndex].label else { return [] }
        return LineBreaker.wrap(label, maxEm: options.labelMaxEm)
    }

    func labelHeight(_ lines: [String]) -> Double { Double(lines.count) * options.smallFontSize * options.lineSpacing }

    mutating func run(backEdges: [Int]) {
        planBuses()
        for (gap, height) in labels.stemHeight { gaps[gap].stemLabelHeight = height }
        for (gap, height) in labels.dropHeight { gaps[gap].dropLabelHeight = height }
        let sides = backEdges.map { planBackEdge($0) }
        placeVertically()
        for chain in graph.chains { routeChain(chain) }
        for (edgeIndex, side) in zip(backEdges, sides) { routeBack(edgeIndex, side: side) }
    }

    private mutating func planBuses() {
        for (layer, members) in layers.enumerated() where layer + 1 < layers.count {
            var buses: [Bus] = []
            for upper in members {
                let drops = graph.lower(of: upper).map { graph.nodes[$0].x }
                guard !drops.isEmpty else { continue }
                buses.append(Bus(upper: upper, stemX: graph.nodes[upper].x, drops: Array(Set(drops)).sorted()))
            }
            gaps[layer + 1].busTracks = GapTracks.assign(&buses)
            gaps[layer + 1].buses = buses
        }
    }

    /// How a back edge runs: on which side its lane lies (+1 right, -1 left),
    /// whether it leaves and enters through the side of the boxes (nothing beside
    /// them), and whether it enters its target from below.
    struct BackPlan { var sign: Double; var sideExit: Bool; var sideEntry: Bool; var entryBelow = false }

    /// A loop back to the layer just above enters its target from below, on the top
    /// track of the gap between the two layers, when nothing comes down through that
    /// gap on the lane's side of the target: the loop then stays within the two layers
    /// it joins, instead of running round the target's row into the gap above it,
    /// where it would block a column fold's cut.
    private mutating func planBackEdge(_ edgeIndex: Int) -> BackPlan {
        let edge = guide.edges[edgeIndex]
        let from = index(of: edge.from), to = index(of: edge.to)
        func outermost(_ node: Int, right: Bool) -> Bool {
            let members = layers[graph.nodes[node].layer]
            return right ? members.last == node : members.first == node
        }
        let right = outermost(from, right: true) || outermost(to, right: true)
            || !(outermost(from, right: false) || outermost(to, right: false))
        let sideExit = outermost(from, right: right), sideEntry = outermost(to, right: right)
        let sign: Double = right ? 1 : -1
        let targetLayer = graph.nodes[to].layer
        if sideExit, !sideEntry, graph.nodes[from].layer == targetLayer + 1 {
            // Stems of the target's row beyond it would cross the loop's track.
            let beyond = layers[targetLayer].filter { sign * (graph.nodes[$0].x - graph.nodes[to].x) > 0 }
            if beyond.allSatisfy({ graph.lower(of: $0).isEmpty }) {
                gaps[targetLayer + 1].exits.append(edgeIndex)
                return BackPlan(sign: sign, sideExit: true, sideEntry: false, entryBelow: true)
            }
        }
        if !sideExit { gaps[graph.nodes[from].layer + 1].exits.append(edgeIndex) }
        if !sideEntry { gaps[targetLayer].entries.append(edgeIndex) }
        return BackPlan(sign: sign, sideExit: sideExit, sideEntry: sideEntry)
    }

    func index(of id: String) -> Int { guide.nodes.firstIndex { $0.id == id }! }

    private mutating func placeVertically() {
        let heights = layers.map { members in members.map { graph.nodes[$0].height }.max() ?? 0 }
        var y = options.margin
        var layerTop: [Double] = []
        for gap in gaps.indices {
            let plan = gaps[gap]
            let inner = gap > 0 && gap < layers.count
            let pad = inner ? max(12, plan.stemLabelHeight > 0 ? plan.stemLabelHeight + 10 : 0) : 12
            let tracks = Double(max(0, plan.trackCount - 1)) * options.trackGap
            let bottom = max(18, plan.dropLabelHeight > 0 ? plan.dropLabelHeight + 14 : 0) + foldRoom(gap)
            let height = inner ? max(options.layerGap, pad + tracks + bottom) : (plan.trackCount > 0 ? pad + tracks + 12 : 0)
            gapTop.append(y)
            topPad.append(pad)
            y += height
            if gap < layers.count {
                layerTop.append(y)
                y += heights[gap]
            }
        }
        for (index, node) in guide.nodes.enumerated() {
            let placed = graph.nodes[index], box = measured[index]
            let top = layerTop[placed.layer] + (heights[placed.layer] - box.height) / 2
            let left = placed.x - box.width / 2
            boxes.append(GuideLayout.Box(id: node.id, kind: node.kind, x: left, y: top, width: box.width, height: box.height,
                                         lines: box.lines.map { var line = $0; line.x += left; line.y += top; return line },
                                         isMain: placed.isMain))
            obstacles.append(Rect(minX: left, minY: top, maxX: left + box.width, maxY: top + box.height))
        }
    }

    func foldRoom(_ gap: Int) -> Double { options.foldRoomAbove == gap ? LayoutOptions.foldRoom : 0 }

    func trackY(gap: Int, slot: Int) -> Double { gapTop[gap] + topPad[gap] + Double(slot) * options.trackGap }

    func busTrackY(gap: Int, upper: Int) -> Double {
        let plan = gaps[gap]
        let track = plan.buses.first { $0.upper == upper }?.track ?? 0
        return trackY(gap: gap, slot: plan.exits.count + track)
    }

    private mutating func routeChain(_ chain: LayeredGraph.Chain) {
        let path = chain.path
        var points = [GuideLayout.Point(x: graph.nodes[path[0]].x, y: boxes[path[0]].y + boxes[path[0]].height)]
        for step in 0..<(path.count - 1) {
            let upper = path[step], lower = path[step + 1]
            let y = busTrackY(gap: graph.nodes[lower].layer, upper: upper)
            points.append(.init(x: graph.nodes[upper].x, y: y))
            points.append(.init(x: graph.nodes[lower].x, y: y))
        }
        let target = path[path.count - 1]
        points.append(.init(x: graph.nodes[target].x, y: boxes[target].y))
        var label: [TextLine] = []
        if let spot = labels.spots[chain.edgeIndex] {
            let x = graph.nodes[spot.anchor].x + LabelPlan.gapToLine
            let top = spot.kind == .stem ? gapTop[spot.gap] + 3 : trackY(gap: spot.gap, slot: max(0, gaps[spot.gap].trackCount - 1)) + 5 + foldRoom(spot.gap)
            label = placeLabel(spot.lines, x: x, top: top + spot.offset)
        }
        let edge = guide.edges[chain.edgeIndex]
        finishRoute(chain.edgeIndex, GuideLayout.Route(from: edge.from, to: edge.to, points: points, isBack: false, label: label))
    }

    private mutating func placeLabel(_ lines: [String], x: Double, top: Double) -> [TextLine] {
        let size = options.smallFontSize
        let placed = lines.enumerated().map { index, text in
            TextLine(text: text, x: x, y: top + Double(index + 1) * size * options.lineSpacing - size * 0.3, fontSize: size, role: .label)
        }
        let width = lines.map { TextWidth.em($0) * size }.max() ?? 0
        if !lines.isEmpty { obstacles.append(Rect(minX: x, minY: top, maxX: x + width, maxY: top + labelHeight(lines))) }
        return placed
    }

    private mutating func finishRoute(_ edgeIndex: Int, _ route: GuideLayout.Route) {
        var route = route
        route.points = Self.simplified(route.points)
        for (a, b) in zip(route.points, route.points.dropFirst()) {
            obstacles.append(Rect(minX: min(a.x, b.x), minY: min(a.y, b.y), maxX: max(a.x, b.x), maxY: max(a.y, b.y)))
        }
        routes[edgeIndex] = route
    }

    /// Drops repeated points and middle points of straight runs.
    static func simplified(_ points: [GuideLayout.Point]) -> [GuideLayout.Point] {
        var result: [GuideLayout.Point] = []
        for point in points {
            if let last = result.last, abs(last.x - point.x) < 0.01 && abs(last.y - point.y) < 0.01 { continue }
            if result.count >= 2 {
                let a = result[result.count - 2], b = result[result.count - 1]
                if (abs(a.x - b.x) < 0.01 && abs(b.x - point.x) < 0.01) || (abs(a.y - b.y) < 0.01 && abs(b.y - point.y) < 0.01) {
                    result[result.count - 1] = point
                    continue
                }
            }
            result.append(point)
        }
        return result
    }

    private mutating func routeBack(_ edgeIndex: Int, side: BackPlan) {
        let edge = guide.edges[edgeIndex]
        let source = boxes[index(of: edge.from)], target = boxes[index(of: edge.to)]
        let sign = side.sign
        func sideX(_ box: GuideLayout.Box) -> Double { sign > 0 ? box.x + box.width : box.x }
        var start: [GuideLayout.Point], end: [GuideLayout.Point]
        if side.sideExit {
            start = [.init(x: sideX(source), y: source.centerY)]
        } else {
            let gap = graph.nodes[index(of: edge.from)].layer + 1
            let slot = gaps[gap].exits.firstIndex(of: edgeIndex)!
            let x = source.centerX + sign * source.width / 4
            start = [.init(x: x, y: source.y + source.height), .init(x: x, y: trackY(gap: gap, slot: slot))]
        }
        if side.entryBelow {
            let gap = graph.nodes[index(of: edge.to)].layer + 1
            let slot = gaps[gap].exits.firstIndex(of: edgeIndex)!
            let x = target.centerX + sign * target.width / 4
            end = [.init(x: x, y: trackY(gap: gap, slot: slot)), .init(x: x, y: target.y + target.height)]
        } else if side.sideEntry {
            end = [.init(x: sideX(target), y: target.centerY)]
        } else {
            let gap = graph.nodes[index(of: edge.to)].layer
            let slot = gaps[gap].exits.count + gaps[gap].busTracks + gaps[gap].entries.firstIndex(of: edgeIndex)!
            let x = target.centerX + sign * target.width / 4
            end = [.init(x: x, y: trackY(gap: gap, slot: slot)), .init(x: x, y: target.y)]
        }
        let y1 = min(start.last!.y, end.first!.y), y2 = max(start.last!.y, end.first!.y)
        let near = obstacles.filter { $0.maxY >= y1 - 1 && $0.minY <= y2 + 1 }
        let laneX = sign > 0 ? (near.map(\.maxX).max() ?? 0) + 18 : (near.map(\.minX).min() ?? 0) - 18
        let points = start + [.init(x: laneX, y: start.last!.y), .init(x: laneX, y: end.first!.y)] + end
        let lines = labelLines(edgeIndex)
        let width = lines.map { TextWidth.em($0) * options.smallFontSize }.max() ?? 0
        let labelX = sign > 0 ? laneX + 5 : laneX - 5 - width
        let label = placeLabel(lines, x: labelX, top: (y1 + y2) / 2 - labelHeight(lines) / 2)
        obstacles.append(Rect(minX: laneX - 1, minY: y1, maxX: laneX + 1, maxY: y2))
        finishRoute(edgeIndex, GuideLayout.Route(from: edge.from, to: edge.to, points: points, isBack: true, label: label))
    }

    /// Shifts everything so the drawing starts at the margin, and sizes it.
    func finish(numbers: [String: Int]) -> GuideLayout {
        let minX = obstacles.map(\.minX).min() ?? 0
        let dx = options.margin - minX
        let width = (obstacles.map(\.maxX).max() ?? 0) + dx + options.margin
        let height = (obstacles.map(\.maxY).max() ?? 0) + options.margin
        func shift(_ line: TextLine) -> TextLine { var line = line; line.x += dx; return line }
        let shiftedBoxes = boxes.map { box in
            var box = box; box.x += dx; box.lines = box.lines.map(shift); box.number = numbers[box.id]; return box
        }
        let shiftedRoutes = routes.compactMap { $0 }.map { route in
            var route = route
            route.points = route.points.map { .init(x: $0.x + dx, y: $0.y) }
            route.label = route.label.map(shift)
            return route
        }
        return GuideLayout(guide: guide, boxes: shiftedBoxes, routes: shiftedRoutes, width: width.rounded(.up), height: height.rounded(.up))
    }
}
