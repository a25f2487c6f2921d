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

    /// The layouts a page or a sheet can use, by name: the screen's standard, the
    /// print sheets' wide and narrow boxes, numbered boxes without details (at the
    /// A3 and the A4 type, and A4's largest type with wide edge labels), each folded
    /// into two columns; `…-roomy` folds are made on layouts with room for a cut left
    /// above each layer in turn.
    static let variants = ["standard", "wide", "folded", "narrow-folded", "numbered", "numbered-folded",
                           "numbered-a4-folded", "numbered-roomy", "numbered-a4-roomy", "numbered-a4large-roomy"]

    static func layouts(_ name: String, variant: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> (Guide, [(LayoutOptions, GuideLayout)]) {
        var options: LayoutOptions = variant == "wide" ? .wide : variant.hasPrefix("narrow") ? .narrow : .standard
        if variant.hasPrefix("numbered") {
            options = variant.contains("a4large") ? options.numbered(fontSize: 20, smallFontSize: 20, labelMaxEm: 12)
                : variant.contains("a4") ? options.numbered(fontSize: 16, smallFontSize: 16) : options.numbered()
        }
        let (guide, layout) = try laidOut(name, options: options, sourceLocation: sourceLocation)
        if variant.hasSuffix("roomy") {
            let layers = Set(layout.boxes.map(\.y)).count
            return (guide, (1..<layers).compactMap { layer in
                var roomy = options
                roomy.foldRoomAbove = layer
                return GuideLayout.layout(guide, options: roomy).foldedIntoTwoColumns(options: roomy).map { (roomy, $0) }
            })
        }
        guard variant.hasSuffix("folded") else { return (guide, [(options, layout)]) }
        return (guide, layout.foldedIntoTwoColumns(options: options).map { [(options, $0)] } ?? [])
    }
}
