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
        var titleSize: Double { self == .a3 ? 11 : 8 }
        /// The body size: 10.8 pt on A3 and 9.4 pt on A4, above the 10 pt and
        /// 9 pt floors for print; nothing on a sheet is set smaller.
        var noteSize: Double { self == .a3 ? 3.8 : 3.3 }
    }

    /// Page margin in millimetres, as `@page { margin }` in `public.css`.
    static let margin = 10.0

    public let paper: Paper

    public init(_ paper: Paper) { self.paper = paper }

    var printableWidth: Double { paper.size.width - 2 * Self.margin }
    var printableHeight: Double { paper.size.height - 2 * Self.margin }

    /// Where the notes go: under the chart across the sheet (two columns), or in a
    /// column beside a tall, narrow chart, which then gets the full height.
    public enum NotesPlacement: String, Sendable { case below, beside }

    /// The chart layout and where the notes go on this sheet.
    public struct Plan: Sendable {
        public let layout: GuideLayout
        public let notes: NotesPlacement
    }

    /// Share of the printable width the side column of notes takes.
    static let besideShare = 0.3
    static let gap = 6.0

    /// Millimetres taken by the title block, subtitle and intro, estimated from
    /// text widths (full-width glyphs 1 em, ASCII about 0.55 em).
    func headerHeight(for guide: Guide) -> Double {
        let introSize = paper.noteSize * 1.15
        let introLines = guide.intro.reduce(0.0) { $0 + lines(of: $1, size: introSize, width: printableWidth) }
        return paper.titleSize * 1.3 + (guide.subtitle == nil ? 0 : paper.titleSize * 0.75)
            + introLines * introSize * 1.4 + 8
    }

    /// Printed size of the QR code's square (quiet zone included), in millimetres; must match public.css.
    var codeSize: Double { paper == .a3 ? 34 : 26 }

    /// The foot: the two lines of organisation and law versions, or the QR code beside them.
    func footerHeight(hasCode: Bool) -> Double { max(paper.noteSize * 4, hasCode ? codeSize + 2 : 0) }

    func lines(of text: String, size: Double, width: Double) -> Double {
        max(1, (TextWidth.em(text) * size / width).rounded(.up))
    }

    /// Height of the notes block set in `columns` columns of a block `width` wide.
    func notesHeight(_ notes: [String], width: Double, columns: Int) -> Double {
        guard !notes.isEmpty else { return 0 }
        let columnWidth = (width - Double(columns - 1) * 8) / Double(columns)
        let count = notes.reduce(0.0) { $0 + lines(of: $1, size: paper.noteSize, width: columnWidth) + 0.3 }
        return (count / Double(columns)).rounded(.up) * paper.noteSize * 1.4 + paper.noteSize * 2.5
    }

    /// The layout that prints at the larger scale, with the notes where they leave
    /// the chart the most room.
    public func plan(for guide: Guide, notes: [String], hasCode: Bool = false) -> Plan {
        let band = guide.isPending ? paper.noteSize * 3 : 0
        let bodyHeight = printableHeight - headerHeight(for: guide) - footerHeight(hasCode: hasCode) - band
        let candidates = [GuideLayout.layout(guide, options: .standard), GuideLayout.layout(guide, options: .wide)]
        var boxes: [(NotesPlacement, width: Double, height: Double)] = [
            (.below, printableWidth, bodyHeight - notesHeight(notes, width: printableWidth, columns: 2)),
        ]
        let sideWidth = printableWidth * Self.besideShare
        if !notes.isEmpty, notesHeight(notes, width: sideWidth, columns: 1) <= bodyHeight {
            boxes.append((.beside, printableWidth - sideWidth - Self.gap, bodyHeight))
        }
        func scale(_ layout: GuideLayout, _ box: (NotesPlacement, width: Double, height: Double)) -> Double {
            min(box.width / layout.width, max(1, box.height) / layout.height)
        }
        // In order of preference, so that near-ties keep the standard layout (the
        // one on the web page) and the notes below.
        var best = Plan(layout: candidates[0], notes: .below)
        var bestScale = scale(candidates[0], boxes[0])
        for box in boxes {
            for layout in candidates where scale(layout, box) > bestScale * 1.05 {
                best = Plan(layout: layout, notes: box.0)
                bestScale = scale(layout, box)
            }
        }
        return best
    }
}
