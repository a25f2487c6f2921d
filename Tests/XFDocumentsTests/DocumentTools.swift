import Foundation
import XFTestSupport

/// The real programs the document checks run: LibreOffice (soffice) to convert
/// to PDF, poppler (pdfinfo, pdftotext), python3 with python-docx, unzip. A check
/// whose tool is missing is reported as skipped (`.enabled(if:)`).
enum DocumentTools {
    static let soffice = ExternalTool.find("soffice")
    static let pdfinfo = ExternalTool.find("pdfinfo")
    static let pdftotext = ExternalTool.find("pdftotext")
    static let python = ExternalTool.python
    static let unzip = ExternalTool.find("unzip")

    /// python3 with python-docx importable.
    static let hasPythonDocx: Bool = {
        guard let python, let result = try? ExternalTool.run(python, ["-c", "import docx"]) else { return false }
        return result.status == 0
    }()

    /// Converts .docx files to PDF with LibreOffice in one run (its own profile,
    /// so it never meets a user's running instance); returns the PDFs' URLs.
    static func convertToPDF(_ files: [URL], in folder: URL) throws -> (ExternalTool.Output, [URL]) {
        let profile = folder.appendingPathComponent("lo-profile")
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        let output = try ExternalTool.run(soffice!, ["-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore",
                                        "--convert-to", "pdf", "--outdir", folder.path] + files.map(\.path),
                             environment: environment)
        return (output, files.map { folder.appendingPathComponent($0.deletingPathExtension().lastPathComponent + ".pdf") })
    }

    /// Page count and size (points) from pdfinfo.
    static func pdfPages(_ pdf: URL) throws -> (pages: Int, width: Double, height: Double) {
        let info = try ExternalTool.run(pdfinfo!, [pdf.path]).out
        var pages = 0, width = 0.0, height = 0.0
        for line in info.split(separator: "\n") {
            if line.hasPrefix("Pages:") { pages = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0 }
            if line.hasPrefix("Page size:") {
                let parts = line.dropFirst(10).split(separator: " ")
                if parts.count >= 3 { width = Double(parts[0]) ?? 0; height = Double(parts[2]) ?? 0 }
            }
        }
        return (pages, width, height)
    }

    /// The PDF's text with all white space removed (lines break anywhere in CJK).
    static func pdfText(_ pdf: URL) throws -> String {
        String(try ExternalTool.run(pdftotext!, ["-raw", pdf.path, "-"]).out.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// What python-docx reads: page size and margins in mm, style fonts (Latin
    /// and East-Asian slots) and sizes, odd/even footers, and every paragraph's text.
    static let pythonDocxProbe = """
    import sys, json, docx
    from docx.oxml.ns import qn
    d = docx.Document(sys.argv[1])
    s = d.sections[0]
    mm = lambda v: round(v.mm, 1)
    def fonts(style):
        rf = style.element.rPr.find(qn('w:rFonts')) if style.element.rPr is not None else None
        return {'name': style.font.name, 'eastAsia': rf.get(qn('w:eastAsia')) if rf is not None else None,
                'size': style.font.size.pt if style.font.size else None}
    out = {'width': mm(s.page_width), 'height': mm(s.page_height), 'top': mm(s.top_margin), 'left': mm(s.left_margin),
           'right': mm(s.right_margin), 'bottom': mm(s.bottom_margin),
           'oddEven': d.settings.odd_and_even_pages_header_footer,
           'oddFooter': s.footer.paragraphs[0].text, 'evenFooter': s.even_page_footer.paragraphs[0].text,
           'oddAlign': str(s.footer.paragraphs[0].alignment), 'evenAlign': str(s.even_page_footer.paragraphs[0].alignment),
           'styles': {n: fonts(d.styles[n]) for n in ['Normal', 'Title', 'Heading 1', 'Heading 2', 'XF 表格', 'XF 表头', 'Footer']},
           'grid': {k: s._sectPr.find(qn('w:docGrid')).get(qn('w:' + k)) for k in ['type', 'linePitch', 'charSpace']},
           'paragraphs': [p.text for p in d.paragraphs],
           'tables': [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}
    print(json.dumps(out, ensure_ascii=False))
    """

    static func pythonDocx(_ file: URL) throws -> [String: Any] {
        let result = try ExternalTool.run(python!, ["-c", pythonDocxProbe, file.path])
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        else { throw ProbeFailed(message: result.err) }
        return object
    }

    struct ProbeFailed: Error { let message: String }
}
