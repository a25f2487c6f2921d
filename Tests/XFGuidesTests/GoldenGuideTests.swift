import Foundation
import Testing
import XFTestSupport
@testable import XFGuides

/// Golden files for the SVG and the outline of every shipped guide, so that any
/// change to layout or rendering shows up as a reviewable diff
/// (Tests/Golden/XFGuidesTests; re-record: `XF_RECORD_GOLDEN=1 swift test`).
/// Open the `.svg` files in a browser to look at the charts.
@Test(arguments: ShippedGuides.files().map(\.lastPathComponent))
func shippedGuideMatchesItsGoldenFiles(_ name: String) throws {
    let (guide, layout) = try ShippedGuides.laidOut(name)
    Golden.assert(GuideSVG.render(layout, idPrefix: guide.slug), named: guide.slug + ".svg")
    Golden.assert(OutlineDump.text(GuideOutline.items(guide, idPrefix: guide.slug)), named: guide.slug + ".outline.txt")
}

/// The step list as indented plain text, one entry per line with its parts, so a
/// change in order, nesting or content reads as a line diff.
enum OutlineDump {
    static func text(_ items: [OutlineItem], depth: Int = 0) -> String {
        items.map { item in
            var line = String(repeating: "  ", count: depth) + (item.when.map { "[\($0)] " } ?? "")
            if let jump = item.jump { line += "\(jump.verb) \(jump.href) “\(item.text)”" }
            else { line += "\(item.anchor ?? "") 【\(item.kind ?? "")】\(item.text)" }
            var parts = item.limit.map { ["时限：" + $0] } ?? []
            parts += item.basis.map { "依据：" + $0 } + item.notes.map { "备注：" + $0 }
            let pad = String(repeating: "  ", count: depth + 2)
            return ([line] + parts.map { pad + $0 }).joined(separator: "\n") + "\n" + text(item.children, depth: depth + 1)
        }.joined()
    }
}
