import XFText

/// Folds a tall chart into two columns for a sheet of paper: the chart is cut
/// across between two rows of boxes, and the lower part is drawn to the right of
/// the upper part. Each edge that crosses the cut ends at a numbered connector
/// circle at the bottom of the left column (「转右栏」) and starts again at the
/// same number at the top of the right column (「接左栏」), as flowcharts do on
/// paper. A cut is only made where no box, label, horizontal line or loop-back
/// edge lies across it, so every invariant of the unfolded layout still holds.
extension GuideLayout {
    public func foldedIntoTwoColumns(options: LayoutOptions = .standard) -> GuideLayout? {
        guard columns == 1, connectors.isEmpty else { return nil }
        let gap = 40.0
        var best: (cut: Double, height: Double)?
        for cut in candidateCuts() {
            let crossing = routes.filter { crosses($0, at: cut) }
            guard !crossing.isEmpty, crossing.count <= 3, !crossing.contains(where: \.isBack) else { continue }
            // Each connector needs its circle and caption clear of the other edges crossing there.
            let xs = crossing.compactMap { crossingX($0, at: cut) }.sorted()
            guard zip(xs, xs.dropFirst()).allSatisfy({ $1 - $0 > Self.captionWidth(options) + 12 }) else { continue }
            let upper = cut, lower = height - cut + options.margin + Self.connectorRoom
            let tallest = max(upper + Self.connectorRoom, lower)
            if best == nil || tallest < best!.height { best = (cut, tallest) }
        }
        guard let cut = best?.cut else { return nil }
        return fold(at: cut, gap: gap, options: options)
    }

    /// Room for a connector circle and its caption at a column's end.
    static let connectorRoom = 34.0

    /// Horizontal lines between two rows of boxes where nothing but vertical
    /// edge segments lies, halfway between the rows.
    func candidateCuts() -> [Double] {
        let rows = Set(boxes.map { $0.y }).sorted()
        var cuts: [Double] = []
        for (above, below) in zip(rows, rows.dropFirst()) {
            let bottom = boxes.filter { $0.y <= above }.map { $0.y + $0.height }.max() ?? above
            let top = boxes.filter { $0.y >= below }.map(\.y).min() ?? below
            // The connector circle (radius 10) must clear both rows of boxes.
            guard top - bottom >= 26 else { continue }
            let free = blockedIntervals().reduce([(bottom + 12, top - 12)]) { spans, block in
                spans.flatMap { span -> [(Double, Double)] in
                    if block.1 <= span.0 || block.0 >= span.1 { return [span] }
                    return [(span.0, block.0), (block.1, span.1)].filter { $0.1 - $0.0 > 0 }
                }
            }
            if let widest = free.max(by: { $0.1 - $0.0 < $1.1 - $1.0 }), widest.1 - widest.0 >= 1 {
                cuts.append(((widest.0 + widest.1) / 2).rounded())
            }
        }
        return cuts
    }

    /// Vertical extents a cut must avoid: boxes, labels and horizontal segments.
    func blockedIntervals() -> [(Double, Double)] {
        var spans = boxes.map { ($0.y - 11, $0.y + $0.height + 11) }
        for route in routes {
            for (a, b) in zip(route.points, route.points.dropFirst()) where abs(a.y - b.y) < 0.01 {
                spans.append((a.y - 12, a.y + 12))
            }
            if let first = route.label.first, let last = route.label.last {
                spans.append((first.y - first.fontSize - 2, last.y + first.fontSize * 0.4 + 2))
            }
        }
        return spans
    }

    func crossingX(_ route: Route, at cut: Double) -> Double? {
        zip(route.points, route.points.dropFirst()).first { min($0.y, $1.y) < cut && max($0.y, $1.y) > cut }?.0.x
    }

    func crosses(_ route: Route, at cut: Double) -> Bool {
        zip(route.points, route.points.dropFirst()).contains { min($0.y, $1.y) < cut && max($0.y, $1.y) > cut }
    }

    private func fold(at cut: Double, gap: Double, options: LayoutOptions) -> GuideLayout {
        let margin = options.margin
        func isUpper(_ y: Double) -> Bool { y < cut }
        // Horizontal extent of each part, from its boxes, labels and lines.
        func extent(_ upper: Bool) -> (min: Double, max: Double) {
            var xs: [Double] = []
            for box in boxes where isUpper(box.y) == upper { xs += [box.x, box.x + box.width] }
            for route in routes {
                for point in route.points where isUpper(point.y) == upper { xs.append(point.x) }
                if let first = route.label.first, isUpper(first.y) == upper {
                    let width = route.label.map { TextWidth.em($0.text) * $0.fontSize }.max() ?? 0
                    xs += [first.x, first.x + width]
                }
            }
            return (xs.min() ?? 0, xs.max() ?? 0)
        }
        let left = extent(true), right = extent(false)
        // Connectors are numbered from left to right, the order they are read in.
        let crossing = routes.indices.filter { crosses(routes[$0], at: cut) }.sorted { crossingX(routes[$0], at: cut)! < crossingX(routes[$1], at: cut)! }
        let numbers = Dictionary(uniqueKeysWithValues: crossing.enumerated().map { ($1, $0 + 1) })
        let captionEnd = crossing.map { crossingX(routes[$0], at: cut)! + Self.captionWidth(options) }.max() ?? 0
        let dx = max(left.max, captionEnd, margin) + gap - right.min
        let topOfLower = margin + Self.connectorRoom
        let dy = topOfLower - cut
        func moved(_ point: Point) -> Point { isUpper(point.y) ? point : Point(x: point.x + dx, y: point.y + dy) }
        func movedLine(_ line: TextLine) -> TextLine {
            guard !isUpper(line.y) else { return line }
            var line = line
            line.x += dx
            line.y += dy
            return line
        }
        var folded = self
        folded.columns = 2
        folded.boxes = boxes.map { box in
            guard !isUpper(box.y) else { return box }
            var box = box
            box.x += dx
            box.y += dy
            box.column = 1
            box.lines = box.lines.map(movedLine)
            return box
        }
        var newRoutes: [Route] = []
        var connectors: [Connector] = []
        let radius = 10.0
        let small = options.smallFontSize
        for (routeIndex, route) in self.routes.enumerated() {
            guard let number = numbers[routeIndex] else {
                var route = route
                route.points = route.points.map(moved)
                route.label = route.label.map(movedLine)
                newRoutes.append(route)
                continue
            }
            // Split on the vertical segment that crosses the cut.
            let points = route.points
            let index = points.indices.dropLast().first { min(points[$0].y, points[$0 + 1].y) < cut && max(points[$0].y, points[$0 + 1].y) > cut }!
            let x = route.points[index].x
            let bottomOfUpper = cut
            var head = route
            head.points = Array(route.points[...index]) + [Point(x: x, y: bottomOfUpper - radius)]
            head.label = route.label.filter { isUpper($0.y) }
            head.endsAtConnector = true
            var tail = route
            let resume = Point(x: x + dx, y: topOfLower - Self.connectorRoom / 2 + radius)
            tail.points = [resume] + route.points[(index + 1)...].map(moved)
            tail.label = route.label.filter { !isUpper($0.y) }.map(movedLine)
            newRoutes += [head, tail]
            let captionAbove = TextLine(text: "转右栏", x: x + radius + 4, y: bottomOfUpper + small * 0.35, fontSize: small, role: .label)
            let captionBelow = TextLine(text: "接左栏", x: x + dx + radius + 4, y: resume.y - radius + small * 0.35, fontSize: small, role: .label)
            connectors.append(Connector(number: number, x: x, y: bottomOfUpper, radius: radius, caption: captionAbove))
            connectors.append(Connector(number: number, x: x + dx, y: resume.y - radius, radius: radius, caption: captionBelow))
        }
        folded.routes = newRoutes
        folded.connectors = connectors
        var rightEdges: [Double] = folded.boxes.map { $0.x + $0.width }
        rightEdges += newRoutes.flatMap(\.points).map(\.x)
        for route in newRoutes {
            guard let first = route.label.first else { continue }
            let width = route.label.map { TextWidth.em($0.text) * $0.fontSize }.max() ?? 0
            rightEdges.append(first.x + width)
        }
        rightEdges += connectors.map { $0.caption.x + TextWidth.em($0.caption.text) * $0.caption.fontSize }
        let maxX = rightEdges.max() ?? 0
        var bottoms: [Double] = folded.boxes.map { $0.y + $0.height }
        bottoms += newRoutes.flatMap(\.points).map(\.y)
        bottoms.append(cut + radius + 2)
        let maxY = bottoms.max() ?? 0
        folded.width = (maxX + margin).rounded(.up)
        folded.height = (maxY + margin).rounded(.up)
        folded.numberInReadingOrder()
        return folded
    }

    static func captionWidth(_ options: LayoutOptions) -> Double {
        TextWidth.em("转右栏") * options.smallFontSize + 10 + 4
    }
}
