/// A guide laid out: boxes with their wrapped text, orthogonal edge routes with
/// their labels, and the size of the drawing. All coordinates are SVG user units
/// with the origin at the top left. The same guide and options always give the
/// same layout.
public struct GuideLayout: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) { self.x = x; self.y = y }
    }

    public struct Box: Sendable, Hashable {
        public var id: String
        public var kind: NodeKind
        /// Top-left corner and size.
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
        public var lines: [TextLine]
        public var isMain: Bool
        /// The step's number on a sheet whose boxes leave out the details.
        public var number: Int?
        /// 0, or 1 for a box in the right column of a folded chart.
        public var column = 0
        public var centerX: Double { x + width / 2 }
        public var centerY: Double { y + height / 2 }
    }

    public struct Route: Sendable, Hashable {
        public var from: String
        public var to: String
        /// Polyline from the source box to the arrow tip at the target box.
        public var points: [Point]
        public var isBack: Bool
        public var label: [TextLine]
        /// The route stops at an on-page connector (the chart continues in the
        /// next column), so it has no arrowhead.
        public var endsAtConnector = false
    }

    /// An on-page connector of a chart folded into columns: the numbered circle
    /// where an edge leaves one column and the matching one where it resumes.
    public struct Connector: Sendable, Hashable {
        public var number: Int
        public var x: Double
        public var y: Double
        public var radius: Double
        /// 「转右栏」 or 「接左栏」 beside the circle.
        public var caption: TextLine
    }

    public var guide: Guide
    /// In the guide's source order.
    public var boxes: [Box]
    /// In the guide's source order.
    public var routes: [Route]
    public var connectors: [Connector] = []
    /// 1, or 2 when the chart is folded into two columns.
    public var columns = 1
    public var width: Double
    public var height: Double

    public static func layout(_ guide: Guide, options: LayoutOptions = .standard) -> GuideLayout {
        let numbers = options.detailsInBoxes ? [:]
            : Dictionary(uniqueKeysWithValues: guide.numberedSteps.enumerated().map { ($1.id, $0 + 1) })
        let measured = guide.nodes.map { NodeBox.measure($0, number: numbers[$0.id], options: options) }
        let layering = Layering(guide: guide)
        let main = Set(layering.mainPath)
        var graph = LayeredGraph(nodes: measured.enumerated().map { index, box in
            var node = LayeredGraph.Node(id: guide.nodes[index].id, width: box.width, height: box.height)
            node.layer = layering.layer[index]
            node.isMain = main.contains(index)
            return node
        })
        let onMain = Set(zip(layering.mainPath, layering.mainPath.dropFirst()).map { "\($0.0)>\($0.1)" })
        graph.splitLongEdges(layering.edges.map {
            ($0.upper, $0.lower, $0.edgeIndex, onMain.contains("\($0.upper)>\($0.lower)"))
        })
        Ordering.run(&graph)
        let labels = LabelPlan(guide: guide, graph: graph, options: options)
        Placement.run(&graph, gap: options.nodeGap, reserve: labels.reserve)
        var routing = Routing(guide: guide, graph: graph, measured: measured, labels: labels, options: options)
        routing.run(backEdges: layering.backEdges)
        var layout = routing.finish(numbers: numbers)
        layout.numberInReadingOrder()
        return layout
    }
}
