import Testing
import Foundation
import XFSource
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
