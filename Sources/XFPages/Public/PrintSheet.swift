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
        /// The body size: 10.8 pt on A3 and 9.1 pt on A4, above the 10 pt and
        /// 9 pt floors for print; nothing on a sheet is set smaller.
        var noteSize: Double { self == .a3 ? 3.8 : 3.2 }
    }

    /// Page margin in millimetres, as `@page { margin }` in `public.css`.
    static let margin = 10.0

    public let paper: Paper

    public init(_ paper: Paper) { self.paper = paper }

    var printableWidth: Double { paper.size.width - 2 * Self.margin }
    /// The sheet's height, as `.sheet-A3` and `.sheet-A4` in `public.css`: 2 mm short of
    /// the printable height, so that rounding never pushes a sheet onto a second page.
    var printableHeight: Double { paper.size.height - 2 * Self.margin - 2 }

    /// Where the notes go: under the chart across the sheet (two columns), or in a
    /// column beside a tall, narrow chart, which then gets the full height.
    public enum NotesPlacement: String, Sendable { case below, beside }

    /// The chart layout and where the notes go on this sheet.
    public struct Plan: Sendable {
        public let layout: GuideLayout
        public let notes: NotesPlacement
        /// The boxes hold only their cue and text; the numbered steps, with their
        /// 时限, 依据 and notes, are listed in the notes' place.
        public var stepList = false
        /// The estimated printed size of one SVG unit.
        public var millimetresPerUnit = 0.0
    }

    /// The printed type the issue asks for, in points: node text on an A3 poster at
    /// least 14 pt, and nothing on the sheet under 10 pt (A3) or 9 pt (A4).
    public var nodeFloor: Double { paper == .a3 ? 14 : 9 }
    public var textFloor: Double { paper == .a3 ? 10 : 9 }

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
    var codeSize: Double { paper == .a3 ? 34 : 22 }

    /// The foot: the organisation line and the law versions, or the QR code beside
    /// them (its caption takes up to 60 mm beside the code), under a rule.
    func footerHeight(for guide: Guide, hasCode: Bool) -> Double {
        let width = printableWidth - (hasCode ? codeSize + 2 + 60 + 6 : 0)
        let count = 1 + (guide.versionLine.map { lines(of: $0, size: paper.noteSize, width: width) } ?? 0)
        let text = count * (paper.noteSize * 1.4 + 0.5)
        return max(text, hasCode ? codeSize : 0) + 2.8
    }

    func lines(of text: String, size: Double, width: Double) -> Double {
        max(1, (TextWidth.em(text) * size / width).rounded(.up))
    }

    /// Height of the notes block set in `columns` columns of a block `width` wide.
    /// Entries may run on into the next column (at least two lines on each side),
    /// so the columns come out even to a line or two. Lines are counted a little
    /// short of the full width, since Chinese line breaking does not fill every
    /// line to its end.
    func notesHeight(_ notes: [String], width: Double, columns: Int) -> Double {
        guard !notes.isEmpty else { return 0 }
        let columnWidth = (width - Double(columns - 1) * 8) / Double(columns)
        let line = paper.noteSize * 1.4
        let total = notes.reduce(0.0) { $0 + lines(of: $1, size: paper.noteSize, width: columnWidth * 0.96) * line + 0.6 }
        let slack = columns > 1 ? 1.5 * line : 0
        return total / Double(columns) + slack + paper.noteSize * 2.5
    }

    /// What the browser does with the chart: the larger of the sizes at which it
    /// fits the box's width and height.
    static func scale(_ layout: GuideLayout, width: Double, height: Double) -> Double {
        min(width / layout.width, max(1, height) / layout.height)
    }

    /// How far above the type floors a chart prints at `scale` millimetres per unit:
    /// 1 means its node text or its small text sits exactly on its floor.
    func margin(_ options: LayoutOptions, scale: Double) -> Double {
        let points = scale * 72 / 25.4
        return min(options.fontSize * points / nodeFloor, options.smallFontSize * points / textFloor)
    }

    /// Layouts worth trying: standard, wide and narrow boxes, each also folded into
    /// two columns, which a tall chart needs to print large.
    static func candidates(_ guide: Guide, _ variants: [LayoutOptions], roomy: Bool) -> [(LayoutOptions, GuideLayout)] {
        let unfolded = variants.map { ($0, GuideLayout.layout(guide, options: $0)) }
        // Folded at the best cut of the plain layout or, when that is not enough, of
        // one with room left for a cut between two given layers (a gap holding
        // labels has none otherwise).
        let layers = roomy ? Set(unfolded[0].1.boxes.map(\.y)).count : 1
        let spaced = variants.flatMap { options in
            (1..<max(1, layers)).map { layer in
                var options = options
                options.foldRoomAbove = layer
                return (options, GuideLayout.layout(guide, options: options))
            }
        }
        return unfolded + (unfolded + spaced).compactMap { options, layout in
            layout.foldedIntoTwoColumns(options: options).map { (options, $0) }
        }
    }

    /// The option sets a sheet chooses from: the details in the boxes, or numbered
    /// boxes with the details in the list. Numbered boxes are set tighter, and their
    /// type in the proportion of this paper's floors: on A3 the node text to the
    /// small text (cue, edge labels) as 14 to 10; on the A4 page, where one floor
    /// holds for both, the small text nearly as large as the node text.
    public var variants: (details: [LayoutOptions], numbered: [LayoutOptions]) {
        let sizes: [LayoutOptions] = [.standard, .wide, .narrow]
        // The last A4 set also widens the edge labels: fewer lines make the tall gaps
        // between rows shorter, which a long chart folded into two columns needs.
        let type: [(node: Double, small: Double, labelEm: Double?)] = paper == .a3
            ? [(16, 12, nil), (17, 12, nil), (20, 14.5, nil)]
            : [(16, 14, nil), (16, 16, nil), (20, 20, nil), (20, 20, 12)]
        let numbered = type.flatMap { type in
            sizes.map { $0.numbered(fontSize: type.node, smallFontSize: type.small, labelMaxEm: type.labelEm) }
        }
        return (sizes, numbered)
    }

    /// The sheet's plan: numbered boxes with the details listed beside or below the
    /// chart, or, for a guide with no step to number, the boxes as on the web page
    /// with the notes; in each case the layout and the place of the list that print
    /// largest. `notes` and `steps` are the two lists as printed, for their height.
    public func plan(for guide: Guide, notes: [String], steps: [String] = [], hasCode: Bool = false) -> Plan {
        let band = guide.isPending ? paper.noteSize * 3 : 0
        let bodyHeight = printableHeight - headerHeight(for: guide) - footerHeight(for: guide, hasCode: hasCode) - band
        func best(_ variants: [LayoutOptions], list: [String], stepList: Bool, roomy: Bool = false) -> (plan: Plan, margin: Double) {
            var boxes: [(NotesPlacement, width: Double, height: Double)] = [
                (.below, printableWidth, bodyHeight - notesHeight(list, width: printableWidth, columns: 2)),
            ]
            let sideWidth = printableWidth * Self.besideShare
            if !list.isEmpty, notesHeight(list, width: sideWidth, columns: 1) <= bodyHeight {
                boxes.append((.beside, printableWidth - sideWidth - Self.gap, bodyHeight))
            }
            // In order of preference, so that near-ties keep the standard layout (the
            // one on the web page) and the list below.
            let candidates = Self.candidates(guide, variants, roomy: roomy)
            var found: (plan: Plan, margin: Double)?
            for box in boxes {
                for (options, layout) in candidates {
                    let scale = Self.scale(layout, width: box.width, height: box.height)
                    let margin = min(margin(options, scale: scale), Self.enough)
                    if found == nil || margin > found!.margin * 1.05 {
                        found = (Plan(layout: layout, notes: box.0, stepList: stepList, millimetresPerUnit: scale), margin)
                    }
                }
            }
            return found!
        }
        // One style on paper: posters hung side by side, and a guide's poster and its
        // A4 page, read alike. Every guide with a step to number gets numbered boxes.
        guard !guide.numberedSteps.isEmpty else { return best(variants.details, list: notes, stepList: false).plan }
        var numbered = best(variants.numbered, list: steps, stepList: true)
        if numbered.margin < Self.safety {
            let roomy = best(variants.numbered, list: steps, stepList: true, roomy: true)
            if roomy.margin > numbered.margin { numbered = roomy }
        }
        return numbered.plan
    }

    /// Type this far above the floors is large enough: past it, bigger type only
    /// means narrower boxes and words broken across lines, so the first layout in
    /// order of preference that reaches it is taken.
    static let enough = 1.3

    /// How far above the floors the estimate must be to trust it (the estimate is a
    /// few per cent off what the browser does), before trying roomier folds.
    static let safety = 1.04
}
