import Testing
import Foundation
import XFTable
@testable import XFGuides

/// The guides shipped in `content/guides/`, read from the repository itself.
enum ShippedGuides {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content/guides")

    static func files() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".guide") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func load(_ url: URL) -> (Guide?, [Diagnostic]) {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return GuideSource.parse(text, file: "guides/" + url.lastPathComponent)
    }

    static func all() -> [Guide] { files().compactMap { load($0).0 } }

    static func laidOut(_ name: String, options: LayoutOptions = .standard, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (Guide, GuideLayout) {
        let guide = try #require(load(folder.appendingPathComponent(name)).0, sourceLocation: sourceLocation)
        return (guide, GuideLayout.layout(guide, options: options))
    }
}

/// Writes every shipped guide into one HTML page for a visual check when
/// `XF_GUIDE_PREVIEW` names the output file. Not an assertion.
@Test func writePreviewWhenAsked() throws {
    guard let path = ProcessInfo.processInfo.environment["XF_GUIDE_PREVIEW"] else { return }
    var html = "<!doctype html><meta charset=utf-8><body style='margin:0;font-family:sans-serif'>"
    for guide in ShippedGuides.all() {
        let wide = ProcessInfo.processInfo.environment["XF_GUIDE_WIDE"] != nil
        let layout = GuideLayout.layout(guide, options: wide ? .wide : .standard)
        html += "<h2>\(guide.title)</h2>" + GuideSVG.render(layout, idPrefix: guide.slug)
        if ProcessInfo.processInfo.environment["XF_GUIDE_OUTLINE"] != nil {
            html += GuideOutline.html(guide, idPrefix: guide.slug)
        }
    }
    try html.write(toFile: path, atomically: true, encoding: .utf8)
}
