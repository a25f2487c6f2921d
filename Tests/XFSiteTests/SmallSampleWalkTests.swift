import Foundation
import Testing
import XFTestSupport

/// Every page of the sample site: a rate shown as 样本不足 carries no target colour,
/// no 环比/同比 and no ranking place or movement (INDICATORS.md, added 2026-12).
@Test func noSmallSampleCarriesAColourAChangeOrARank() throws {
    let root = try sampleSite.get().appendingPathComponent("intranet")
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        .compactMap { $0 as? URL }.filter { $0.pathExtension == "html" }
    #expect(files.count > 100)
    var seen = 0
    var problems: [String] = []
    for file in files {
        let html = try String(contentsOf: file, encoding: .utf8)
        guard html.contains("样本不足") else { continue }
        let page = String(file.path.dropFirst(root.path.count + 1))
        func check(_ open: String, _ close: String, where holds: (Substring) -> Bool, forbidden: [String]) {
            for element in elements(html, open: open, close: close) where holds(element) {
                seen += 1
                for word in forbidden where element.contains(word) {
                    problems.append("\(page): \(word) in \(element.prefix(160))")
                }
            }
        }
        let changeWords = ["上升", "下降", "持平"]
        let bands = ["band-green", "band-yellow", "band-red", "xf-band-"]
        // Table cells (unit tables, archive, KPI tables, brief rows, chart data tables).
        check("<td", "</td>", where: { $0.contains("样本不足（") }, forbidden: bands + changeWords)
        // Whole rows: a brief row or a ranking row holding a small sample has no change, place or movement.
        check("<tr", "</tr>", where: { $0.contains("样本不足（") && !$0.contains("<th scope=\"row\"><a") },
              forbidden: changeWords + ["↑", "↓", "<td>新</td>"] + (1 ... 60).map { "<tr><td>\($0)</td>" })
        // KPI cards whose value is a small sample.
        check("<article class=\"kpi", "</article>", where: { $0.contains("<span class=\"num\">样本不足</span>") },
              forbidden: bands + changeWords)
        // Ranked bars: no band, no place, no movement.
        check("<g class=\"xf-chart-bar", "</g>", where: { $0.contains("样本不足（") }, forbidden: bands + ["第", "↑", "↓"])
        // Sentences: no change right after a small sample.
        for phrase in ["件）（同比", "件）（环比", "件）、同比", "件）、环比", "人）（同比"] where html.contains(phrase) {
            problems.append("\(page): \(phrase)")
        }
    }
    #expect(seen > 50, "the sample should show small samples on many pages")
    #expect(problems.isEmpty, "\(problems.prefix(10))")
}

/// The substrings from each `open` to the next `close` (no nesting of the same tag is assumed).
private func elements(_ html: String, open: String, close: String) -> [Substring] {
    var found: [Substring] = []
    var rest = html[...]
    while let start = rest.range(of: open) {
        guard let end = rest[start.upperBound...].range(of: close) else { break }
        found.append(rest[start.lowerBound ..< end.upperBound])
        rest = rest[end.upperBound...]
    }
    return found
}
