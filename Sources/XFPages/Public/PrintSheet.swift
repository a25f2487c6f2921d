import XFGuides
import XFText

/// A printed sheet: paper size, printable area, and the choice between the
/// standard and the wide chart layout, whichever prints larger on this sheet.
///
/// The sheet's CSS is a flex column of fixed height: header, chart, notes. The
/// chart takes the height left over and its SVG scales to fit (the `viewBox`
/// keeps the proportions), so the page cannot spill onto a second sheet. The
/// estimate here only picks the layout; the browser does the fitting.
public struct PrintSheet: Sendable, Hashable {
    public enum Paper: String, Sendable, CaseIterable {
        case a3 = "A3", a4 = "A4"

        /// Portrait paper in millimetres.
        var size: (width: Double, height: Double) {
            switch self {
            case .a3: (297, 420)
            case .a4: (210, 297)
            }
        }

        /// The file name of this paper's print page inside a guide's folder.
        public var pageName: String {
            switch self {
            case .a3: "poster-a3.html"
            case .a4: "booklet-a4.html"
            }
        }

        /// Type sizes in millimetres; must match `public.css`.
        var titleSize: Double { self == .a3 ? 11 : 7 }
        var noteSize: Double { self == .a3 ? 3.6 : 2.7 }
    }

    /// Page margin in millimetres, as `@page { margin }` in `public.css`.
    static let margin = 10.0

    public let paper: Paper

    public init(_ paper: Paper) { self.paper = paper }

    var printableWidth: Double { paper.size.width - 2 * Self.margin }
    var printableHeight: Double { paper.size.height - 2 * Self.margin }

    /// Millimetres taken by the title block, the notes (two columns) and the footer,
    /// estimated from text widths: full-width glyphs 1 em, ASCII about 0.55 em.
    func reservedHeight(for guide: Guide, notes: [String]) -> Double {
        let introLines = guide.intro.reduce(0.0) { sum, paragraph in
            sum + max(1, (TextWidth.em(paragraph) * paper.noteSize * 1.15 / printableWidth).rounded(.up))
        }
        let header = paper.titleSize * 1.3 + (guide.subtitle == nil ? 0 : paper.titleSize * 0.75)
            + introLines * paper.noteSize * 1.15 * 1.5 + 8
        let columnWidth = (printableWidth - 8) / 2
        let lineHeight = paper.noteSize * 1.4
        let lines = notes.reduce(0.0) { sum, note in
            sum + max(1, (TextWidth.em(note) * paper.noteSize / columnWidth).rounded(.up))
        }
        let notesHeight = notes.isEmpty ? 0 : (lines / 2).rounded(.up) * lineHeight + paper.noteSize * 2.5
        let footer = paper.noteSize * 2
        return header + notesHeight + footer
    }

    /// The layout that prints at the larger scale in the space left for the chart.
    public func layout(for guide: Guide, notes: [String]) -> GuideLayout {
        let width = printableWidth
        let height = max(40, printableHeight - reservedHeight(for: guide, notes: notes))
        let candidates = [GuideLayout.layout(guide, options: .standard), GuideLayout.layout(guide, options: .wide)]
        func scale(_ layout: GuideLayout) -> Double { min(width / layout.width, height / layout.height) }
        // Ties keep the standard layout, whose boxes are the ones on the web page.
        return candidates.dropFirst().reduce(candidates[0]) { best, next in scale(next) > scale(best) * 1.02 ? next : best }
    }
}
