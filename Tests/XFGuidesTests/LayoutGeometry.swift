import XFText
@testable import XFGuides

/// Geometry checks over a finished layout, shared by the invariant tests.
enum LayoutGeometry {
    typealias Segment = (a: GuideLayout.Point, b: GuideLayout.Point, route: Int)

    static func segments(_ layout: GuideLayout) -> [Segment] {
        layout.routes.enumerated().flatMap { index, route in
            zip(route.points, route.points.dropFirst()).map { ($0, $1, index) }
        }
    }

    static func overlaps(_ a: GuideLayout.Box, _ b: GuideLayout.Box) -> Bool {
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    }

    /// Whether an axis-parallel segment enters the box interior (1 px inside the border).
    static func cuts(_ s: Segment, _ box: GuideLayout.Box) -> Bool {
        let inset = 1.0
        let (minX, maxX) = (box.x + inset, box.x + box.width - inset)
        let (minY, maxY) = (box.y + inset, box.y + box.height - inset)
        let (x1, x2) = (min(s.a.x, s.b.x), max(s.a.x, s.b.x))
        let (y1, y2) = (min(s.a.y, s.b.y), max(s.a.y, s.b.y))
        return x1 < maxX && x2 > minX && y1 < maxY && y2 > minY
    }

    /// A proper crossing: one horizontal and one vertical segment meeting strictly
    /// inside both. Shared stems and buses overlap collinearly and do not count.
    static func crosses(_ s: Segment, _ t: Segment) -> Bool {
        let sHorizontal = s.a.y == s.b.y, tHorizontal = t.a.y == t.b.y
        guard sHorizontal != tHorizontal else { return false }
        let (h, v) = sHorizontal ? (s, t) : (t, s)
        let y = h.a.y, x = v.a.x
        return x > min(h.a.x, h.b.x) + 0.5 && x < max(h.a.x, h.b.x) - 0.5
            && y > min(v.a.y, v.b.y) + 0.5 && y < max(v.a.y, v.b.y) - 0.5
    }

    static func crossingCount(_ layout: GuideLayout) -> Int {
        let all = segments(layout)
        var count = 0
        for i in all.indices {
            for j in all.indices where j > i && all[i].route != all[j].route && crosses(all[i], all[j]) { count += 1 }
        }
        return count
    }

    struct Rect { var minX, minY, maxX, maxY: Double }

    /// The area covered by each edge label's text.
    static func labelRects(_ layout: GuideLayout) -> [(route: Int, rect: Rect)] {
        layout.routes.enumerated().compactMap { index, route in
            guard let first = route.label.first else { return nil }
            let size = first.fontSize
            let width = route.label.map { TextWidth.em($0.text) * size }.max() ?? 0
            return (index, Rect(minX: first.x, minY: first.y - size, maxX: first.x + width, maxY: route.label.last!.y + size * 0.3))
        }
    }

    static func intersects(_ a: Rect, _ b: Rect) -> Bool {
        a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
    }

    /// A line as drawn: its segment and half its stroke width each side.
    static func rect(_ s: Segment) -> Rect {
        Rect(minX: min(s.a.x, s.b.x) - 0.8, minY: min(s.a.y, s.b.y) - 0.8, maxX: max(s.a.x, s.b.x) + 0.8, maxY: max(s.a.y, s.b.y) + 0.8)
    }

    static func rect(_ box: GuideLayout.Box) -> Rect { Rect(minX: box.x, minY: box.y, maxX: box.x + box.width, maxY: box.y + box.height) }

    /// Every node has at most one incoming edge and nothing loops back.
    static func isTree(_ guide: Guide) -> Bool {
        !guide.edges.contains(where: \.isBack)
            && Set(guide.edges.map(\.to)).count == guide.edges.count
    }
}
