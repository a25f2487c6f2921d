import XFGuides
import XFTemplates

// View models of the public pages, each a `TemplateModel` like the dashboard's.
// They carry only settings and guide text: nothing here can hold a case, a
// reception or a figure.

/// The outline is built in XFGuides, which knows nothing of templates.
extension OutlineItem: TemplateModel {
    public static let fields = TemplateFields<OutlineItem>(
        .field("anchor", \.anchor), .field("when", \.when), .field("kind", \.kind), .field("text", \.text),
        .field("limit", \.limit), .field("basis", \.basis), .field("notes", \.notes), .field("children", \.children),
        .field("hasChildren", \.hasChildren), .field("jump", \.jump))
}

extension OutlineItem.Jump: TemplateModel {
    public static let fields = TemplateFields<OutlineItem.Jump>(.field("verb", \.verb), .field("href", \.href))
}

/// What every public page shows in its header and footer.
struct PublicMasthead: TemplateModel {
    let organisation: String
    let siteTitle: String
    /// From this page to `public/`: `""` or `"../"`.
    let root: String
    let stylesheet: String
    let pageTitle: String

    static let fields = TemplateFields<PublicMasthead>(
        .field("organisation", \.organisation), .field("siteTitle", \.siteTitle), .field("root", \.root),
        .field("stylesheet", \.stylesheet), .field("pageTitle", \.pageTitle))
}

struct PublicLink: TemplateModel {
    let href: String
    let label: String

    static let fields = TemplateFields<PublicLink>(
        .field("href", \.href), .field("label", \.label))
}

/// A note of a step; the ones still to be checked against the statutes say so.
struct GuideNoteView: TemplateModel {
    let step: String
    let text: String
    let pending: Bool

    static let fields = TemplateFields<GuideNoteView>(
        .field("step", \.step), .field("text", \.text), .field("pending", \.pending))

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
struct SheetStepView: TemplateModel {
    let mark: String
    let text: String
    let limit: String?
    let basis: String?
    let notes: [String]
    let pending: Bool

    static let fields = TemplateFields<SheetStepView>(
        .field("mark", \.mark), .field("text", \.text), .field("limit", \.limit), .field("basis", \.basis),
        .field("notes", \.notes), .field("pending", \.pending))

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
struct SheetQRView: TemplateModel {
    let svg: TrustedMarkup
    let address: String

    static let fields = TemplateFields<SheetQRView>(
        .field("svg", \.svg), .field("address", \.address))
}

struct GuideCardView: TemplateModel {
    let href: String
    let number: String
    let title: String
    let description: String
    let steps: Int
    let printLinks: [PublicLink]

    static let fields = TemplateFields<GuideCardView>(
        .field("href", \.href), .field("number", \.number), .field("title", \.title),
        .field("description", \.description), .field("steps", \.steps), .field("printLinks", \.printLinks))
}

struct PublicIndexPage: TemplateModel {
    let masthead: PublicMasthead
    let guides: [GuideCardView]
    let hasGuides: Bool
    let bookletHref: String

    static let fields = TemplateFields<PublicIndexPage>(
        .field("masthead", \.masthead), .field("guides", \.guides), .field("hasGuides", \.hasGuides),
        .field("bookletHref", \.bookletHref))
}

struct PublicGuidePage: TemplateModel {
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

    static let fields = TemplateFields<PublicGuidePage>(
        .field("masthead", \.masthead), .field("title", \.title), .field("subtitle", \.subtitle),
        .field("intro", \.intro), .field("chart", \.chart), .field("phoneChart", \.phoneChart),
        .field("outline", \.outline), .field("notes", \.notes), .field("hasNotes", \.hasNotes),
        .field("pendingNotice", \.pendingNotice), .field("versionLine", \.versionLine),
        .field("printSheet", \.printSheet), .field("printLinks", \.printLinks), .field("previous", \.previous),
        .field("next", \.next))
}

/// One printed sheet: a guide's poster, its booklet page, or a page of the booklet.
struct PrintSheetView: TemplateModel {
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

    static let fields = TemplateFields<PrintSheetView>(
        .field("paper", \.paper), .field("title", \.title), .field("subtitle", \.subtitle), .field("intro", \.intro),
        .field("chart", \.chart), .field("notes", \.notes), .field("hasNotes", \.hasNotes), .field("steps", \.steps),
        .field("hasSteps", \.hasSteps), .field("stepsLaw", \.stepsLaw), .field("notesPlacement", \.notesPlacement),
        .field("organisation", \.organisation), .field("versionLine", \.versionLine), .field("pending", \.pending),
        .field("qr", \.qr))
}

struct PublicPrintPage: TemplateModel {
    let masthead: PublicMasthead
    let paper: String
    /// `a3` or `a4`: picks the `@page` rule and the sheet size in `public.css`.
    let paperClass: String
    let sheets: [PrintSheetView]
    let backHref: String

    static let fields = TemplateFields<PublicPrintPage>(
        .field("masthead", \.masthead), .field("paper", \.paper), .field("paperClass", \.paperClass),
        .field("sheets", \.sheets), .field("backHref", \.backHref))
}
