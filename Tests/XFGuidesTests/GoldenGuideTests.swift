import Testing
import Foundation
@testable import XFGuides

/// Golden files for the SVG and the outline of every shipped guide, so that any
/// change to layout or rendering shows up as a reviewable diff. Re-record with
/// `XF_RECORD_GOLDEN=1 swift test --filter GoldenGuide` and review `git diff`;
/// open the `.svg` files in a browser to look at the charts.
enum GoldenFiles {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden/XFGuides")

    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["XF_RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = (0..<min(expectedLines.count, actualLines.count)).first { expectedLines[$0] != actualLines[$0] }
            ?? min(expectedLines.count, actualLines.count)
        let was = first < expectedLines.count ? String(expectedLines[first]) : "(end)"
        let now = first < actualLines.count ? String(actualLines[first]) : "(end)"
        Issue.record("\(name) changed at line \(first + 1):\n- \(was)\n+ \(now)\nRe-record with XF_RECORD_GOLDEN=1 if intended.",
                     sourceLocation: sourceLocation)
    }
}

@Test(arguments: ShippedGuides.files().map(\.lastPathComponent))
func shippedGuideMatchesItsGoldenFiles(_ name: String) throws {
    let (guide, layout) = try ShippedGuides.laidOut(name)
    try GoldenFiles.check(GuideSVG.render(layout, idPrefix: guide.slug), name: guide.slug + ".svg")
    try GoldenFiles.check(OutlineDump.text(GuideOutline.items(guide, idPrefix: guide.slug)), name: guide.slug + ".outline.txt")
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
