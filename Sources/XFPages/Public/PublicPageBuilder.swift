import Foundation
import XFGuides
import XFQRCode
import XFTemplates

/// Turns the guides into the view models of the public pages.
struct PublicPageBuilder {
    let organisation: String
    let guides: [Guide]
    /// Where `public/` is published, ending in `/`; nil: no QR codes.
    let publicURL: String?
    /// Each guide's sheet plan per paper, worked out once: the poster, the guide's
    /// own page and the booklet print the same A4 plan.
    private var plans: [String: PrintSheet.Plan] = [:]

    init(organisation: String, guides: [Guide], publicURL: String?) {
        self.organisation = organisation
        self.guides = guides
        self.publicURL = publicURL
        for guide in guides {
            let notes = GuideNoteView.all(guide).map(\.printedText), steps = SheetStepView.all(guide).map(\.printedText)
            for paper in PrintSheet.Paper.allCases {
                plans[Self.key(guide, paper)] = PrintSheet(paper).plan(for: guide, notes: notes, steps: steps,
                                                                        hasCode: qrCode(guide) != nil)
            }
        }
    }

    static func key(_ guide: Guide, _ paper: PrintSheet.Paper) -> String { "\(guide.slug)/\(paper.rawValue)" }

    /// The address of a guide's online page, printed and encoded on its sheets.
    func onlineAddress(_ guide: Guide) -> String? {
        publicURL.map { $0 + "\(guide.slug)/index.html" }
    }

    /// The QR code to the guide's page; nil without `public_url` (or for an
    /// address too long to encode, which `check` reports).
    func qrCode(_ guide: Guide) -> SheetQRView? {
        guard let address = onlineAddress(guide), let code = try? QRCode(address) else { return nil }
        return SheetQRView(svg: TrustedMarkup(QRCodeSVG.render(code, label: "二维码：\(guide.title)网上页面 \(address)")), address: address)
    }

    var siteTitle: String { "\(organisation)信访导引" }

    func masthead(depth: Int, pageTitle: String) -> PublicMasthead {
        let root = String(repeating: "../", count: depth)
        return PublicMasthead(organisation: organisation, siteTitle: siteTitle, root: root,
                              stylesheet: root + "assets/public.css", pageTitle: pageTitle)
    }

    /// The index's short description: the subtitle, else the first intro paragraph.
    static func description(_ guide: Guide) -> String {
        guide.subtitle ?? guide.intro.first ?? ""
    }

    func printLinks(_ guide: Guide, from prefix: String) -> [PublicLink] {
        [PublicLink(href: prefix + PrintSheet.Paper.a3.pageName, label: "打印A3海报"),
         PublicLink(href: prefix + PrintSheet.Paper.a4.pageName, label: "打印A4单页")]
    }

    func index() -> PublicIndexPage {
        let cards = guides.enumerated().map { position, guide in
            GuideCardView(href: "\(guide.slug)/index.html", number: String(position + 1), title: guide.title,
                          description: Self.description(guide), steps: guide.nodes.count,
                          printLinks: printLinks(guide, from: "\(guide.slug)/"))
        }
        return PublicIndexPage(masthead: masthead(depth: 0, pageTitle: siteTitle), guides: cards,
                               hasGuides: !cards.isEmpty, bookletHref: "booklet.html")
    }

    func guidePage(at position: Int) -> PublicGuidePage {
        let guide = guides[position]
        let layout = GuideLayout.layout(guide, options: .standard)
        let notes = GuideNoteView.all(guide)
        func neighbour(_ index: Int) -> PublicLink? {
            guides.indices.contains(index) ? PublicLink(href: "../\(guides[index].slug)/index.html", label: guides[index].title) : nil
        }
        return PublicGuidePage(
            masthead: masthead(depth: 1, pageTitle: "\(guide.title) - \(siteTitle)"),
            title: guide.title, subtitle: guide.subtitle, intro: guide.intro,
            chart: TrustedMarkup(GuideSVG.render(layout, idPrefix: guide.slug)),
            phoneChart: TrustedMarkup(GuideSVG.render(layout, idPrefix: guide.slug + "-phone")),
            outline: GuideOutline.items(guide, idPrefix: guide.slug),
            notes: notes, hasNotes: !notes.isEmpty, pendingNotice: Self.pendingNotice(guide),
            versionLine: guide.versionLine, printSheet: sheet(guide, paper: .a4, idPrefix: guide.slug + "-print"),
            printLinks: printLinks(guide, from: "") + [PublicLink(href: "../booklet.html", label: "打印全部导引（A4合订本）")],
            previous: neighbour(position - 1), next: neighbour(position + 1))
    }

    static func pendingNotice(_ guide: Guide) -> String? {
        let pending = guide.texts.reduce(0) { $0 + $1.components(separatedBy: Guide.pendingMark).count - 1 }
        guard pending > 0 else { return nil }
        return "本图有\(pending)处标有“\(Guide.pendingMark)”：所引条文序号或时限尚待与法规原文核对，办理时以有关机关的书面告知为准。"
    }

    func sheet(_ guide: Guide, paper: PrintSheet.Paper, idPrefix: String? = nil) -> PrintSheetView {
        let notes = GuideNoteView.all(guide)
        let qr = qrCode(guide)
        let plan = plans[Self.key(guide, paper)]!
        let steps = SheetStepView.all(guide, numbers: plan.layout.stepNumbers)
        let shownNotes = plan.stepList ? [] : notes, shownSteps = plan.stepList ? steps : []
        return PrintSheetView(paper: paper.rawValue, title: guide.title, subtitle: guide.subtitle, intro: guide.intro,
                              chart: TrustedMarkup(GuideSVG.render(plan.layout, idPrefix: idPrefix ?? guide.slug)),
                              notes: shownNotes, hasNotes: !shownNotes.isEmpty, steps: shownSteps, hasSteps: !shownSteps.isEmpty,
                              stepsLaw: SheetStepView.commonLaw(guide),
                              notesPlacement: plan.notes.rawValue,
                              organisation: organisation, versionLine: guide.versionLine, pending: guide.isPending, qr: qr)
    }

    func printPage(_ guide: Guide, paper: PrintSheet.Paper) -> PublicPrintPage {
        PublicPrintPage(masthead: masthead(depth: 1, pageTitle: "\(guide.title)（\(paper.rawValue)打印）"),
                        paper: paper.rawValue, paperClass: paper.rawValue.lowercased(),
                        sheets: [sheet(guide, paper: paper)], backHref: "index.html")
    }

    func booklet() -> PublicPrintPage {
        PublicPrintPage(masthead: masthead(depth: 0, pageTitle: "全部导引图（A4合订本） - \(siteTitle)"),
                        paper: "A4", paperClass: "a4", sheets: guides.map { sheet($0, paper: .a4) }, backHref: "index.html")
    }
}
