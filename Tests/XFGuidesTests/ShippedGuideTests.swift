import Foundation
import Testing
import XFSource
import XFText
@testable import XFGuides

@Test func sevenGuidesAreShipped() {
    #expect(ShippedGuides.files().count == 7)
    #expect(Set(ShippedGuides.all().map(\.slug)).count == 7)
}

@Test(arguments: ShippedGuides.files().map(\.lastPathComponent))
func shippedGuideParsesCleanly(_ name: String) {
    let (guide, diagnostics) = ShippedGuides.load(ShippedGuides.folder.appendingPathComponent(name))
    #expect(guide != nil)
    #expect(diagnostics.map(\.rendered) == [])
}

@Test(arguments: ShippedGuides.files().map(\.lastPathComponent), ShippedGuides.variants)
func shippedGuideLayoutKeepsItsInvariants(_ name: String, variant: String) throws {
    let (guide, layouts) = try ShippedGuides.layouts(name, variant: variant)
    for (_, layout) in layouts { checkInvariants(guide, layout) }
}

func checkInvariants(_ guide: Guide, _ layout: GuideLayout) {
    let folded = layout.columns == 2
    if folded {
        #expect(layout.connectors.count % 2 == 0 && !layout.connectors.isEmpty)
    }
    let boxes = layout.boxes
    for i in boxes.indices {
        for j in boxes.indices where j > i {
            #expect(!LayoutGeometry.overlaps(boxes[i], boxes[j]), "\(boxes[i].id) overlaps \(boxes[j].id)")
        }
        #expect(boxes[i].x >= 0 && boxes[i].y >= 0 && boxes[i].x + boxes[i].width <= layout.width
                && boxes[i].y + boxes[i].height <= layout.height, "\(boxes[i].id) lies outside the drawing")
    }
    for segment in LayoutGeometry.segments(layout) {
        #expect(segment.a.x == segment.b.x || segment.a.y == segment.b.y, "edges are orthogonal")
        for box in boxes {
            #expect(!LayoutGeometry.cuts(segment, box), "an edge of \(layout.routes[segment.route].from) cuts box \(box.id)")
        }
    }
    for route in layout.routes where !route.isBack {
        let points = route.points
        #expect(zip(points, points.dropFirst()).allSatisfy { $0.y <= $1.y }, "forward edge \(route.from) → \(route.to) goes up")
        let last = points[points.count - 1], before = points[points.count - 2]
        #expect(last.x == before.x && last.y > before.y, "forward edge \(route.from) → \(route.to) must end pointing down")
        if route.endsAtConnector {
            #expect(layout.connectors.contains { abs($0.x - last.x) < 0.01 && abs($0.y - $0.radius - last.y) < 0.01 }, "a cut edge ends at its connector")
        }
    }
    let labels = LayoutGeometry.labelRects(layout)
    for (index, label) in labels.enumerated() {
        for box in boxes {
            #expect(!LayoutGeometry.intersects(label.rect, LayoutGeometry.rect(box)), "label of edge \(label.route) covers box \(box.id)")
        }
        for other in labels.dropFirst(index + 1) {
            #expect(!LayoutGeometry.intersects(label.rect, other.rect), "labels of edges \(label.route) and \(other.route) overlap")
        }
    }
    if LayoutGeometry.isTree(guide) { #expect(LayoutGeometry.crossingCount(layout) == 0) }
    checkReadingOrder(layout)
    let main = boxes.filter(\.isMain)
    #expect(main.count >= 3)
    #expect(Set(main.map(\.centerX)).count == (folded ? 2 : 1), "the main path is one vertical line in each column")
}

@Test(arguments: ShippedGuides.files().map(\.lastPathComponent), ["standard", "wide", "numbered", "numbered-a4-folded"])
func shippedGuideTextFitsAndBreaksCleanly(_ name: String, variant: String) throws {
    let (_, layouts) = try ShippedGuides.layouts(name, variant: variant)
    for (options, layout) in layouts { checkText(layout, options) }
}

func checkText(_ layout: GuideLayout, _ options: LayoutOptions) {
    for box in layout.boxes {
        let inner = box.width - 2 * options.padding - 2 * NodeBox.sideInset(for: box.kind, height: box.height)
        for line in box.lines {
            #expect(TextWidth.em(line.text) * line.fontSize <= inner + 0.01, "「\(line.text)」 is wider than box \(box.id)")
            #expect(line.y > box.y && line.y < box.y + box.height, "「\(line.text)」 lies outside box \(box.id)")
        }
        checkBreaks(box.lines.filter { $0.role == .text }.map(\.text))
        checkBreaks(box.lines.filter { $0.role == .basis }.map(\.text))
    }
    for route in layout.routes { checkBreaks(route.label.map(\.text)) }
}

/// No line starts with closing or ends with opening punctuation; numbers keep their units.
func checkBreaks(_ lines: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let closing = Set("，。、；：！？）》」』】”’".unicodeScalars), opening = Set("（《「『【“‘".unicodeScalars)
    let units = Set("日月年天个条款项%".unicodeScalars)
    for line in lines {
        #expect(!closing.contains(line.unicodeScalars.first!), "「\(line)」 starts with closing punctuation", sourceLocation: sourceLocation)
        #expect(!opening.contains(line.unicodeScalars.last!), "「\(line)」 ends with opening punctuation", sourceLocation: sourceLocation)
    }
    for (upper, lower) in zip(lines, lines.dropFirst()) {
        let end = upper.unicodeScalars.last!, start = lower.unicodeScalars.first!
        let digit = ("0"..."9").contains(end)
        #expect(!(digit && units.contains(start)), "「\(upper)｜\(lower)」 splits a number from its unit", sourceLocation: sourceLocation)
        #expect(!(digit && ("0"..."9").contains(start)), "「\(upper)｜\(lower)」 splits a number", sourceLocation: sourceLocation)
    }
}

@Test func layoutIsDeterministic() {
    for guide in ShippedGuides.all() {
        let first = GuideSVG.render(GuideLayout.layout(guide), idPrefix: guide.slug)
        let second = GuideSVG.render(GuideLayout.layout(guide), idPrefix: guide.slug)
        #expect(first == second)
        #expect(GuideOutline.items(guide, idPrefix: guide.slug) == GuideOutline.items(guide, idPrefix: guide.slug))
    }
}

/// The example in the clerks' README must itself be a valid guide.
@Test func readmeExampleParses() throws {
    let readme = try String(contentsOf: ShippedGuides.folder.appendingPathComponent("README.md"), encoding: .utf8)
    let example = try #require(readme.split(separator: "```").dropFirst().first)
    let (guide, diagnostics) = GuideSource.parse(String(example), file: "README.md")
    #expect(diagnostics.isEmpty)
    #expect(guide?.nodes.count == 5)
    #expect(guide?.edges.filter(\.isBack).count == 1)
}

/// Every edge label hangs beside a vertical line of its own edge, 5 units to its
/// right and level with it, and no other edge runs along that stretch of line:
/// a reader can tell which edge a label names.
@Test(arguments: ShippedGuides.files().map(\.lastPathComponent), ShippedGuides.variants)
func edgeLabelsTouchTheirOwnEdge(_ name: String, variant: String) throws {
    let (_, layouts) = try ShippedGuides.layouts(name, variant: variant)
    for (_, layout) in layouts { try checkLabels(name, layout) }
}

func checkLabels(_ name: String, _ layout: GuideLayout) throws {
    func verticals(_ route: GuideLayout.Route) -> [(x: Double, low: Double, high: Double)] {
        zip(route.points, route.points.dropFirst()).compactMap { a, b in
            abs(a.x - b.x) < 0.01 && abs(a.y - b.y) > 0.01 ? (a.x, min(a.y, b.y), max(a.y, b.y)) : nil
        }
    }
    for (index, route) in layout.routes.enumerated() {
        guard let first = route.label.first, let last = route.label.last else { continue }
        let top = first.y - first.fontSize, bottom = last.y + first.fontSize * 0.3
        let own = verticals(route).filter { abs($0.x - (first.x - LabelPlan.gapToLine)) < 0.6 || abs($0.x - (first.x + 5 - 10)) < 0.01 }
        let touching = own.first { $0.low < bottom && $0.high > top }
            ?? verticals(route).first { abs($0.x + 5 - first.x) < 0.6 && $0.low < bottom + 12 && $0.high > top - 12 }
        let segment = try #require(touching, "\(name): the label 「\(first.text)」 of \(route.from) → \(route.to) is not beside its own edge")
        let low = max(segment.low, top), high = min(segment.high, bottom)
        for (otherIndex, other) in layout.routes.enumerated() where otherIndex != index {
            let shared = verticals(other).contains { abs($0.x - segment.x) < 0.01 && $0.low < high - 0.5 && $0.high > low + 0.5 }
            #expect(!shared, "\(name): the label 「\(first.text)」 of \(route.from) → \(route.to) sits on a line shared with \(other.from) → \(other.to)")
        }
    }
}

/// Numbered boxes are numbered 1, 2, 3 … in the order a reader meets them: column
/// by column, row by row, left to right; the cue line prints the same number; and
/// the connectors of a fold are numbered from left to right.
func checkReadingOrder(_ layout: GuideLayout) {
    let numbered = layout.boxes.filter { $0.number != nil }.sorted { $0.number! < $1.number! }
    #expect(numbered.map(\.number!) == numbered.indices.map { $0 + 1 })
    for (a, b) in zip(numbered, numbered.dropFirst()) {
        let inOrder = a.column < b.column || (a.column == b.column && (a.centerY < b.centerY - 0.5
            || (abs(a.centerY - b.centerY) <= 0.5 && a.x < b.x)))
        #expect(inOrder, "\(a.id) is numbered before \(b.id) but comes after it")
    }
    for box in numbered {
        #expect(box.lines.first { $0.role == .cue }?.text.hasPrefix(Guide.stepMark(box.number!)) == true, "\(box.id) prints its number")
    }
    let leaving = layout.connectors.filter { $0.caption.text == "转右栏" }.sorted { $0.x < $1.x }
    #expect(leaving.map(\.number) == leaving.indices.map { $0 + 1 })
}

/// Guide 02's 督办 loop returns to 办理 through the gap between the two rows it
/// joins, so it does not block a fold's cut in the gap above 办理, where the
/// chart folds into two columns of about equal height.
@Test func loopToTheRowAboveStaysBetweenTheTwoRows() throws {
    for options in [LayoutOptions.standard, LayoutOptions.standard.numbered(fontSize: 20, smallFontSize: 20, labelMaxEm: 12)] {
        let (_, layout) = try ShippedGuides.laidOut("02-信访事项处理导引图.guide", options: options)
        let loop = try #require(layout.routes.first { $0.isBack })
        let handle = try #require(layout.boxes.first { $0.id == "handle" })
        #expect(loop.points.allSatisfy { $0.y >= handle.y + handle.height - 0.01 }, "the loop stays below 办理")
        #expect(loop.points.last!.y == handle.y + handle.height, "and enters it from below")
        var roomy = options
        roomy.foldRoomAbove = 5
        let folded = try #require(GuideLayout.layout(layout.guide, options: roomy).foldedIntoTwoColumns(options: roomy))
        #expect(folded.boxes.first { $0.id == "handle" }?.column == 1, "a roomy layout folds right above 办理")
    }
}
