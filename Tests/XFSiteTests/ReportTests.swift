import Foundation
import Testing
import XFDocuments
import XFIndicators
import XFPages
import XFRecords
import XFTestSupport
@testable import XFSite

/// The period reports of the sample site against the snapshots' indicators.csv.
@Suite struct ReportTests {
    struct CSVRow {
        let period: String, scopeType: String, scope: String, indicator: String
        let numerator: Int, denominator: Int?
    }

    static func csvRows(_ url: URL) throws -> [CSVRow] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return CSVRow(period: f[2], scopeType: f[3], scope: f[4], indicator: f[5], numerator: Int(f[6])!, denominator: Int(f[7]))
        }
    }

    /// `95.7%`: the rate with one decimal, half away from zero, from integers.
    static func display(_ row: CSVRow) -> String {
        guard let d = row.denominator else { return String(row.numerator) }
        guard d > 0 else { return "—" }
        let perMille = (2 * row.numerator * 1000 + d) / (2 * d)
        return "\(perMille / 10).\(perMille % 10)%"
    }

    struct Span: Equatable {
        let indicator: String, part: String, text: String, exact: Int?
    }

    /// The tagged figures of every paragraph of one class.
    static func spans(_ html: String, paragraphClass: String) -> [[Span]] {
        let paragraphs = html.components(separatedBy: "<p class=\"\(paragraphClass)\">").dropFirst().map { $0.components(separatedBy: "</p>")[0] }
        let pattern = try! NSRegularExpression(pattern: "<span class=\"fig\" data-indicator=\"([a-z_]+)\" data-part=\"([a-z]+)\"(?: data-exact=\"([0-9]+)\")?>([^<]*)</span>")
        return paragraphs.map { paragraph in
            pattern.matches(in: paragraph, range: NSRange(paragraph.startIndex..., in: paragraph)).map { match in
                func group(_ i: Int) -> String? { Range(match.range(at: i), in: paragraph).map { String(paragraph[$0]) } }
                return Span(indicator: group(1)!, part: group(2)!, text: group(4)!, exact: group(3).flatMap { Int($0) })
            }
        }
    }

    static func plain(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    /// 镇街 names from units.csv.
    static func towns() throws -> Set<String> {
        let text = try String(contentsOf: Repository.content.appendingPathComponent("units.csv"), encoding: .utf8)
        return Set(text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: ",").map(String.init)
            return f.count > 1 && f[1] == "镇街" ? f[0] : nil
        })
    }

    @Test func figures2024AreTheYtdFiguresOfTheDecemberSnapshot() throws {
        let site = try sampleSite.get().appendingPathComponent("intranet")
        let page = try String(contentsOf: site.appendingPathComponent("reports/2024/index.html"), encoding: .utf8)
        let rows = try Self.csvRows(site.appendingPathComponent("snapshots/2024-12/data/indicators.csv"))
        func row(_ indicator: String) -> CSVRow? {
            rows.first { row in (row.period == "ytd" || row.period == "at") && row.indicator == indicator && row.scopeType == "all" }
        }
        let towns = try Self.towns()
        let paragraphs = Self.spans(page, paragraphClass: "report-paragraph")
        #expect(paragraphs.count == 7)
        var checked = 0
        for span in paragraphs.joined() {
            let source = try #require(row(span.indicator), "\(span.indicator)")
            switch span.part {
            case "value": #expect(span.text == Self.display(source), "\(span.indicator)")
            case "numerator": #expect(span.text == String(source.numerator), "\(span.indicator)")
            case "denominator": #expect(span.text == String(source.denominator ?? -1), "\(span.indicator)")
            case "units":
                let reached = rows.filter { $0.period == "ytd" && $0.indicator == span.indicator && towns.contains($0.scope) && $0.numerator > 0 }
                #expect(span.text == String(reached.count))
            default: Issue.record("unexpected part \(span.part) in the exact paragraph")
            }
            checked += 1
        }
        #expect(checked >= 40)
        // Every other number in the paragraphs is a date (2024年, 12月31日).
        for paragraph in page.components(separatedBy: "<p class=\"report-paragraph\">").dropFirst() {
            let body = paragraph.components(separatedBy: "</p>")[0]
            let untagged = Self.plain(body.replacingOccurrences(of: "<span class=\"fig\"[^>]*>[^<]*</span>", with: "", options: .regularExpression))
            let withoutDates = untagged.replacingOccurrences(of: "[0-9]{4}年|[0-9]{1,2}月|[0-9]{1,2}日", with: "", options: .regularExpression)
            #expect(withoutDates.rangeOfCharacter(from: .decimalDigits) == nil, "untraced number in: \(untagged)")
        }
        #expect(page.contains("本报告数字取自2024年12月数据快照（数据截至2024年12月31日）的本年累计（ytd）数据"))
        // report.csv: the snapshot's ytd and at rows, the period column naming the window.
        let report = try Self.csvRows(site.appendingPathComponent("reports/2024/data/report.csv"))
        let snapshotRows = rows.filter { $0.period != "month" }
        #expect(report.count == snapshotRows.count)
        for (a, b) in zip(report, snapshotRows) {
            #expect(a.period == (b.period == "ytd" ? "year" : "at"))
            #expect(a.indicator == b.indicator && a.scope == b.scope && a.numerator == b.numerator && a.denominator == b.denominator)
        }
        let bytes = try Data(contentsOf: site.appendingPathComponent("reports/2024/data/report.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func idiomsFollowTheRule() throws {
        let site = try sampleSite.get().appendingPathComponent("intranet")
        var idioms = 0
        for period in ["2024", "2024-H1", "2024-Q3", "2025-Q3", "2023"] {
            let page = try String(contentsOf: site.appendingPathComponent("reports/\(period)/index.html"), encoding: .utf8)
            let report = try Self.csvRows(site.appendingPathComponent("reports/\(period)/data/report.csv"))
            let exact = Self.spans(page, paragraphClass: "report-paragraph")
            for variant in Self.spans(page, paragraphClass: "report-idiom") {
                for span in variant where span.part == "idiom" {
                    let source = try #require(report.first { $0.scopeType == "all" && $0.indicator == span.indicator })
                    #expect(span.exact == source.numerator)
                    // The rule, written out again: ≥ 100; hundreds below 1,000, two significant digits from 1,000.
                    let n = source.numerator
                    var unit = 100
                    while n >= unit * 100 { unit *= 10 }
                    let word = span.indicator == "publicity_materials" ? "余" : "多"
                    #expect(n >= 100 && n % unit != 0 && span.text == "\(n / unit * unit)\(word)", "\(period) \(span.indicator) \(n) → \(span.text)")
                    #expect(["publicity_materials", "publicity_consultations"].contains(span.indicator))
                    idioms += 1
                }
                // Apart from the idioms, the variant repeats the exact paragraph's figures.
                let others = variant.filter { $0.part != "idiom" }
                #expect(exact.contains { paragraph in others.allSatisfy(paragraph.contains) })
            }
            // The exact figure is always on the page beside the idiom.
            #expect(!exact.joined().contains { $0.part == "idiom" })
        }
        #expect(idioms >= 4)
    }

    @Test func quarterWindowAddsUpItsMonths() throws {
        let site = try sampleSite.get().appendingPathComponent("intranet")
        let report = try Self.csvRows(site.appendingPathComponent("reports/2025-Q3/data/report.csv"))
        for indicator in ["cases", "persons", "visits", "publicity_materials", "reception_sessions"] {
            var sum = 0
            for month in ["2025-07", "2025-08", "2025-09"] {
                let rows = try Self.csvRows(site.appendingPathComponent("snapshots/\(month)/data/indicators.csv"))
                sum += rows.first { $0.period == "month" && $0.scopeType == "all" && $0.indicator == indicator }!.numerator
            }
            #expect(report.first { $0.period == "quarter" && $0.scopeType == "all" && $0.indicator == indicator }?.numerator == sum, "\(indicator)")
        }
        let page = try String(contentsOf: site.appendingPathComponent("reports/2025-Q3/index.html"), encoding: .utf8)
        #expect(page.contains("统计区间为2025年7月1日至2025年9月30日（季度累计）"))
        #expect(Self.spans(page, paragraphClass: "report-paragraph").joined().contains { $0.part == "change" })
    }

    @Test func runningPeriodIsMarkedAndPagesLinkTheReports() throws {
        let site = try sampleSite.get().appendingPathComponent("intranet")
        let running = try String(contentsOf: site.appendingPathComponent("reports/2025-Q4/index.html"), encoding: .utf8)
        #expect(running.contains("进行中") && running.contains("本期尚未结束"))
        let finished = try String(contentsOf: site.appendingPathComponent("reports/2024-Q4/index.html"), encoding: .utf8)
        #expect(!finished.contains("本期尚未结束"))
        let archive = try String(contentsOf: site.appendingPathComponent("archive.html"), encoding: .utf8)
        #expect(archive.contains("href=\"reports/2024/index.html\"") && archive.contains("href=\"reports/2024-Q3/index.html\""))
        let month = try String(contentsOf: site.appendingPathComponent("snapshots/2024-08/index.html"), encoding: .utf8)
        #expect(month.contains("href=\"../../reports/2024-Q3/index.html\"") && month.contains("href=\"../../reports/2024/index.html\""))
        let downloads = try String(contentsOf: site.appendingPathComponent("downloads.html"), encoding: .utf8)
        #expect(downloads.contains("href=\"reports/2024/report-2024.docx\"") && downloads.contains("href=\"snapshots/2024-12/brief-2024-12.docx\""))
        let brief = try String(contentsOf: site.appendingPathComponent("snapshots/2024-12/brief.html"), encoding: .utf8)
        #expect(brief.contains("href=\"../../snapshots/2024-12/brief-2024-12.docx\""))
    }
}

/// The Word files of the sample site through real programs.
@Suite struct SiteDocumentTests {
    static let soffice = ExternalTool.find("soffice")
    static let pdftotext = ExternalTool.find("pdftotext")

    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    @Test func documentsHoldTheirParts() throws {
        let site = try sampleSite.get().appendingPathComponent("intranet")
        for path in ["reports/2024/report-2024.docx", "snapshots/2024-12/brief-2024-12.docx"] {
            let bytes = try Data(contentsOf: site.appendingPathComponent(path))
            let text = String(decoding: bytes, as: UTF8.self)
            for part in ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/footer1.xml", "word/footer2.xml"] {
                #expect(text.contains(part), "\(path): \(part)")
            }
            #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        }
    }

    @Test func reportsAndBriefsAreTheSameBytesEveryTime() throws {
        let loaded = ContentLoader(directory: Repository.content).load()
        let set = IndicatorEngine(content: loaded.content).run()
        let templates = try SiteTemplates(folder: Repository.templates.path)
        func render() throws -> [String: [UInt8]] {
            let sink = MemorySink()
            _ = try DashboardSite(facts: ContentFacts(loaded.content), snapshots: set, templates: templates).writeReports(to: sink)
            return sink.files.filter { $0.key.hasSuffix(".docx") || $0.key.hasSuffix(".csv") }
        }
        let first = try render()
        #expect(first.count > 20)
        #expect(try render() == first)
    }

    @Test(.enabled(if: soffice != nil && ExternalTool.pdfinfo != nil && pdftotext != nil, "需要 LibreOffice (soffice) 和 poppler-utils"))
    func libreOfficeConvertsEveryBriefToOnePageAndReportsWithTheirSentences() throws {
        let site = try sampleSite.get().appendingPathComponent("intranet")
        let temporary = try TemporaryFolder("docx-pdf")
        defer { temporary.remove() }
        let folder = temporary.url
        let briefs = FileTree.paths(under: site.appendingPathComponent("snapshots")).filter { $0.hasSuffix(".docx") }
        let reports = ["2024", "2024-H1", "2025-Q3", "2025-Q4"]
        #expect(briefs.count == 25)
        var inputs: [URL] = []
        for brief in briefs {
            let target = folder.appendingPathComponent(URL(fileURLWithPath: brief).lastPathComponent)
            try FileManager.default.copyItem(at: site.appendingPathComponent("snapshots/" + brief), to: target)
            inputs.append(target)
        }
        for report in reports {
            let target = folder.appendingPathComponent("report-\(report).docx")
            try FileManager.default.copyItem(at: site.appendingPathComponent("reports/\(report)/report-\(report).docx"), to: target)
            inputs.append(target)
        }
        let profile = folder.appendingPathComponent("profile")
        let result = try ExternalTool.run(Self.soffice!, ["-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore",
                                                    "--convert-to", "pdf", "--outdir", folder.path] + inputs.map(\.path))
        #expect(result.status == 0, "\(result.err)")
        func pdf(_ name: String) -> String { folder.appendingPathComponent(name + ".pdf").path }
        func pages(_ path: String) throws -> String {
            try ExternalTool.run(ExternalTool.pdfinfo!, [path]).out.split(separator: "\n").first { $0.hasPrefix("Pages:") }.map(String.init) ?? ""
        }
        for brief in briefs {
            let name = URL(fileURLWithPath: brief).deletingPathExtension().lastPathComponent
            #expect(try pages(pdf(name)) == "Pages:           1", "\(name) prints on one A4 page")
            let info = try ExternalTool.run(ExternalTool.pdfinfo!, [pdf(name)]).out
            #expect(info.contains("595.") && info.contains("841."), "A4")
        }
        for report in reports {
            let raw = Self.squeezed(try ExternalTool.run(Self.pdftotext!, ["-raw", pdf("report-\(report)"), "-"]).out)
            #expect(raw.contains("—1—"))
            // Page numbers (— 2 —) sit inside a paragraph that runs over a page break.
            let text = raw.replacingOccurrences(of: "—[0-9]+—", with: "", options: .regularExpression)
            let page = try String(contentsOf: site.appendingPathComponent("reports/\(report)/index.html"), encoding: .utf8)
            let paragraphs = page.components(separatedBy: "<p class=\"report-paragraph\">").dropFirst().map {
                ReportTests.plain($0.components(separatedBy: "</p>")[0])
            }
            #expect(paragraphs.count == 7)
            for paragraph in paragraphs { #expect(text.contains(Self.squeezed(paragraph)), "\(report): \(paragraph)") }
        }
        let brief = Self.squeezed(try ExternalTool.run(Self.pdftotext!, ["-raw", pdf("brief-2024-12"), "-"]).out)
        #expect(brief.contains("示例区2024年12月信访工作月报"))
    }
}
