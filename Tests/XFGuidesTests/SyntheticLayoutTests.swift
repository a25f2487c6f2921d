import Testing
@testable import XFGuides
import XFSource

/// Guides generated from a fixed seed: trees with extra fan-ins, long edges and
/// loops, to push the layout harder than the shipped guides do.
enum SyntheticGuide {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let words = ["登记", "受理", "转送交办有权处理的机关", "调查核实，依法作出处理", "出具信访处理意见书",
                        "向人民法院提起诉讼", "15日内", "申请行政复议（60日内）", "复查", "复核终结"]

    static func make(seed: UInt64, nodes count: Int, extraEdges: Int, backEdges: Int) -> String {
        var random = Generator(state: seed)
        let kinds = ["步骤", "判断", "法定途径", "步骤", "终点"]
        var lines = ["标题：合成导引图 \(seed)", "起点 n0：开始"]
        for index in 1..<count {
            lines.append("\(kinds[random.next(kinds.count)]) n\(index)：\(words[random.next(words.count)])\(index)")
        }
        func label() -> String { random.next(2) == 0 ? "：" + words[random.next(words.count)] : "" }
        var edges = Set<String>()
        for index in 1..<count {
            let parent = random.next(index)
            edges.insert("n\(parent) -> n\(index)")
            lines.append("n\(parent) -> n\(index)" + label())
        }
        for _ in 0..<extraEdges {
            let a = random.next(count - 1), b = a + 1 + random.next(count - a - 1)
            guard edges.insert("n\(a) -> n\(b)").inserted else { continue }
            lines.append("n\(a) -> n\(b)" + label())
        }
        for _ in 0..<backEdges {
            let a = random.next(count - 1), b = a + 1 + random.next(count - a - 1)
            guard edges.insert("n\(b) ~> n\(a)").inserted else { continue }
            lines.append("n\(b) ~> n\(a)" + label())
        }
        return lines.joined(separator: "\n")
    }
}

@Test(arguments: Array(UInt64(1)...120))
func syntheticLayoutKeepsItsInvariants(seed: UInt64) throws {
    let text = SyntheticGuide.make(seed: seed, nodes: 6 + Int(seed % 17), extraEdges: Int(seed % 7), backEdges: Int(seed % 4))
    let (parsed, diagnostics) = GuideSource.parse(text, file: "synthetic.guide")
    let guide = try #require(parsed, "\(diagnostics.map(\.rendered))")
    let layout = GuideLayout.layout(guide)
    let boxes = layout.boxes
    for i in boxes.indices {
        for j in boxes.indices where j > i {
            #expect(!LayoutGeometry.overlaps(boxes[i], boxes[j]), "\(boxes[i].id) overlaps \(boxes[j].id)")
        }
    }
    for segment in LayoutGeometry.segments(layout) {
        #expect(segment.a.x == segment.b.x || segment.a.y == segment.b.y)
        for box in boxes {
            #expect(!LayoutGeometry.cuts(segment, box), "edge \(layout.routes[segment.route].from) → \(layout.routes[segment.route].to) cuts \(box.id)")
        }
    }
    for route in layout.routes where !route.isBack {
        #expect(zip(route.points, route.points.dropFirst()).allSatisfy { $0.y <= $1.y }, "\(route.from) → \(route.to) goes up")
    }
    let rects = LayoutGeometry.labelRects(layout)
    for (index, label) in rects.enumerated() {
        for other in rects.dropFirst(index + 1) {
            #expect(!LayoutGeometry.intersects(label.rect, other.rect), "labels of \(layout.routes[label.route].from)→\(layout.routes[label.route].to) and \(layout.routes[other.route].from)→\(layout.routes[other.route].to)")
        }
    }
    for label in rects {
        for box in boxes {
            #expect(!LayoutGeometry.intersects(label.rect, LayoutGeometry.rect(box)), "label of \(layout.routes[label.route].from) → \(layout.routes[label.route].to) covers \(box.id)")
        }
    }
    if LayoutGeometry.isTree(guide) { #expect(LayoutGeometry.crossingCount(layout) == 0) }
    #expect(Set(boxes.filter(\.isMain).map(\.centerX)).count == 1)
    #expect(GuideSVG.render(layout, idPrefix: "s") == GuideSVG.render(GuideLayout.layout(guide), idPrefix: "s"))
}
