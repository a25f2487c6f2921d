import XFGuides
import XFTemplates

// View models of the public pages. They carry only settings and guide text:
// nothing here can hold a case, a reception or a figure.

/// What every public page shows in its header and footer.
struct PublicMasthead: Encodable {
    let organisation: String
    let siteTitle: String
    /// From this page to `public/`: `""` or `"../"`.
    let root: String
    let stylesheet: String
    let pageTitle: String
}

struct PublicLink: Encodable {
    let href: String
    let label: String
}

/// A note of a step; the ones still to be checked against the statutes say so.
struct GuideNoteView: Encodable {
    let step: String
    let text: String
    let pending: Bool

    static func all(_ guide: Guide) -> [GuideNoteView] {
        guide.nodes.flatMap { node in
            node.notes.map { GuideNoteView(step: node.text, text: $0, pending: $0.contains(Guide.pendingMark)) }
        }
    }

    /// One line as printed under a poster, for the space estimate.
    var printedText: String { "\(step)：\(text)" }
}

/// A numbered step of a sheet whose boxes hold only their text: the number as in
/// its box, and the details the box leaves out.
struct SheetStepView: Encodable {
    let mark: String
    let text: String
    let limit: String?
    let basis: String?
    let notes: [String]
    let pending: Bool

    /// The numbered steps in the order of their numbers; `numbers` from the sheet's
    /// layout (without them, source order). When every basis cites one law, the
    /// entries give only the articles and `commonLaw` names the law once above them.
    static func all(_ guide: Guide, numbers: [String: Int] = [:]) -> [SheetStepView] {
        let law = commonLaw(guide)
        let steps = guide.numberedSteps.enumerated().map { ($1, numbers[$1.id] ?? $0 + 1) }.sorted { $0.1 < $1.1 }
        return steps.map { node, number in
            let cited = node.basis.map { basis in law.map { String(basis.dropFirst($0.count)) } ?? basis }
            let basis = cited.isEmpty ? nil : cited.joined(separator: "；")
            let texts = [node.text] + (node.timeLimit.map { [$0] } ?? []) + node.basis + node.notes
            return SheetStepView(mark: Guide.stepMark(number), text: node.text, limit: node.timeLimit, basis: basis,
                                 notes: node.notes, pending: texts.contains { $0.contains(Guide.pendingMark) })
        }
    }

    /// The one law every basis of the numbered steps starts with and no basis cites
    /// another beside, as 《…》; nil when they cite several.
    static func commonLaw(_ guide: Guide) -> String? {
        let bases = guide.numberedSteps.flatMap(\.basis)
        guard let first = bases.first, first.hasPrefix("《"), let close = first.firstIndex(of: "》") else { return nil }
        let law = String(first[...close])
        let single = bases.allSatisfy { $0.hasPrefix(law) && $0.dropFirst(law.count).first != nil && !$0.dropFirst(law.count).contains("《") }
        return single ? law : nil
    }

    /// The entry as printed, for the space estimate.
    var printedText: String {
        ([mark + " " + text] + (limit.map { ["时限：" + $0] } ?? []) + (basis.map { ["依据：" + $0] } ?? []) + notes)
            .joined(separator: "　")
    }
}

/// The QR code to a guide's online page and the address printed beneath it.
struct SheetQRView: Encodable {
    let svg: TrustedMarkup
    let address: String
}

struct GuideCardView: Encodable {
    let href: String
    let number: String
    let title: String
    let description: String
    let steps: Int
    let printLinks: [PublicLink]
}

struct PublicIndexPage: Encodable {
    let masthead: PublicMasthead
    let guides: [GuideCardView]
    let hasGuides: Bool
    let bookletHref: String
}

struct PublicGuidePage: Encodable {
    let masthead: PublicMasthead
    let title: String
    let subtitle: String?
    let intro: [String]
    let chart: TrustedMarkup
    /// A second copy under 「查看流程图」 for phones, with its own ids.
    let phoneChart: TrustedMarkup
    let outline: [OutlineItem]
    let notes: [GuideNoteView]
    let hasNotes: Bool
    /// Said above the notes when some are still to be checked; nil otherwise.
    let pendingNotice: String?
    /// 「本图依据……，核对日期……」 at the foot.
    let versionLine: String?
    /// The one-sheet A4 version, shown only when the page itself is printed.
    let printSheet: PrintSheetView
    let printLinks: [PublicLink]
    let previous: PublicLink?
    let next: PublicLink?
}

/// One printed sheet: a guide's poster, its booklet page, or a page of the booklet.
struct PrintSheetView: Encodable {
    let paper: String
    let title: String
    let subtitle: String?
    let intro: [String]
    let chart: TrustedMarkup
    let notes: [GuideNoteView]
    let hasNotes: Bool
    /// The numbered steps, in the notes' place, when the boxes leave the details out.
    let steps: [SheetStepView]
    let hasSteps: Bool
    /// The law all the listed bases cite, named once in the list's heading; nil otherwise.
    let stepsLaw: String?
    /// `below` or `beside`; picks the sheet's arrangement in `public.css`.
    let notesPlacement: String
    let organisation: String
    let versionLine: String?
    /// Some statement is still marked 待核实: the sheet carries a 「核对中，请勿张贴」 band.
    let pending: Bool
    let qr: SheetQRView?
}

struct PublicPrintPage: Encodable {
    let masthead: PublicMasthead
    let paper: String
    /// `a3` or `a4`: picks the `@page` rule and the sheet size in `public.css`.
    let paperClass: String
    let sheets: [PrintSheetView]
    let backHref: String
}
