import Foundation
import XFCalendar
import XFSettings
import XFTestSupport
import XFIndicators
import XFRecords
@testable import XFPages
import XFVocabulary

/// The project's real template folder, so tests render what the build renders.
let templatesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../site-templates").standardizedFileURL.path

/// Builds every dashboard page of `content` into memory.
func buildPages(_ content: Content) throws -> (sink: MemorySink, set: SnapshotSet) {
    let set = IndicatorEngine(content: content).run()
    let sink = MemorySink()
    let site = DashboardSite(facts: ContentFacts(content), snapshots: set, templates: try SiteTemplates(folder: templatesFolder))
    _ = try site.write(to: sink)
    return (sink, set)
}

/// Units and domains with names that try to break out of HTML, attributes and paths.
let hostileNames = ["<script>alert(1)</script>", "\"quoted\" & 'x'", "../../etc", "CON"]

/// Three months of cases over hostile-named units and domains, some of them late.
func hostileContent() -> Content {
    var content = Content(units: hostileNames.enumerated().map { Unit(name: $0.element, kind: $0.offset % 2 == 0 ? .town : .department) },
                          domains: hostileNames.map { Domain(name: $0) })
    content.settings.region = "<b>区</b>"
    content.settings.title = "看板 <i>&</i>"
    var id = 0
    for (offset, registered) in ["2024-01-05", "2024-01-20", "2024-02-03", "2024-02-25", "2024-03-02"].enumerated() {
        for unit in hostileNames.indices {
            var record = CaseRecord(registered: day(registered), unit: unit, domain: (unit + offset) % hostileNames.count,
                                    channel: Channel.allCases[(unit + offset) % 4], category: .claim)
            if (unit + offset) % 3 != 0 {
                record.acceptance = .accepted
                record.accepted = day(registered).adding(days: 3)
                if offset % 2 == 0 { record.closed = day(registered).adding(days: 20) }
            }
            content.cases.upsert(id: "<id\(id)>&\"", record)
            id += 1
        }
    }
    content.receptions = [Reception(date: day("2024-03-04"), leader: "<领导>", batches: 3, persons: 5, assigned: 1, unit: 0)]
    content.cutoff = day("2024-03-20")
    return content
}
