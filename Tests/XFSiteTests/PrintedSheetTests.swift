import Foundation
import Testing
import XFSettings
import XFTestSupport
import XFGuides
import XFPages
import XFRecords
@testable import XFSite

private let publicURL = "https://www.example.org/xinfang/public/"

private let printTools: (chromium: String, pdftoppm: String, zbarimg: String, python: String)? = {
    guard let chromium = ExternalTool.chromium, let pdftoppm = ExternalTool.find("pdftoppm"),
          let zbarimg = ExternalTool.find("zbarimg"), let python = ExternalTool.python,
          (try? ExternalTool.run(python, ["-c", "import pdfplumber"]).status) == 0 else { return nil }
    return (chromium, pdftoppm, zbarimg, python)
}()

/// Pages of a PDF, its smallest type and the smallest node text, in points, as
/// pdfplumber reads them. Node text is the only text GuideSVG fills #111111.
private let smallestSize = """
import sys, logging, pdfplumber
logging.disable(logging.WARNING)
with pdfplumber.open(sys.argv[1]) as pdf:
    chars = [c for p in pdf.pages for c in p.chars if c['text'].strip()]
    node = [c['size'] for c in chars if tuple(round(x, 3) for x in (c.get('non_stroking_color') or ())) == (0.067, 0.067, 0.067)]
    print(len(pdf.pages), min(c['size'] for c in chars), min(node) if node else 0)
"""

/// Every poster and booklet page of the shipped guides, printed by headless
/// Chromium with `public_url` set: one sheet each, the QR code decodes (zbarimg)
/// to exactly the guide's address, and the smallest printed type is measured.
@Suite(.serialized) struct PrintedSheetTests {
    @Test(.enabled(if: printTools != nil, "需要 chromium、poppler-utils（pdftoppm）、zbar-tools（zbarimg）和 pdfplumber：.ci/install-test-tools"))
    func eachSheetPrintsOnOnePageWithAReadableQRCodeAndLegibleType() throws {
        let tools = try #require(printTools)
        let library = GuideFolder.load(contentDirectory: Repository.content)
        var settings = SiteSettings()
        settings.publicURL = publicURL
        let root = try writtenPublicSite(settings: settings, folder: "printed-sheets")
        let profile = try TemporaryFolder("chromium-print").url
        let script = root.appendingPathComponent("smallest.py")
        try Data(smallestSize.utf8).write(to: script)
        var report: [String] = []
        for guide in library.guides {
            for paper in PrintSheet.Paper.allCases {
                let page = paper.pageName, sheet = PrintSheet(paper)
                let html = root.appendingPathComponent("public/\(guide.slug)/\(page)")
                let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
                _ = try ExternalTool.run(tools.chromium, ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                                    "--user-data-dir=\(profile.path)", "--print-to-pdf=\(pdf.path)", html.absoluteString])
                let measured = try ExternalTool.run(tools.python, [script.path, pdf.path]).out
                    .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                #expect(measured.first == "1", "\(guide.slug) \(page) 打印成 \(measured.first ?? "?") 页")
                let smallest = measured.count == 3 ? Double(measured[1]) ?? 0 : 0
                let node = measured.count == 3 ? Double(measured[2]) ?? 0 : 0
                report.append("\(guide.slug) \(page) 最小字号 \(String(format: "%.1f", smallest)) pt，方框文字 \(String(format: "%.1f", node)) pt")
                let name = "\(guide.slug) \(page)"
                #expect(smallest >= sheet.textFloor, "\(name) 最小字号 \(smallest) pt，低于 \(sheet.textFloor) pt")
                #expect(node >= sheet.nodeFloor, "\(name) 方框文字 \(node) pt，低于 \(sheet.nodeFloor) pt")
                let png = pdf.deletingPathExtension().path
                _ = try ExternalTool.run(tools.pdftoppm, ["-r", "200", "-png", "-singlefile", pdf.path, png])
                let decoded = try ExternalTool.run(tools.zbarimg, ["--raw", "-q", png + ".png"]).out
                #expect(decoded.trimmingCharacters(in: .newlines) == "\(publicURL)\(guide.slug)/index.html", "\(guide.slug) \(page)")
            }
        }
        print(report.joined(separator: "\n"))
    }
}
