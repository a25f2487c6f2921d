import Foundation
import Testing
import XFCalendar
import XFTestSupport
import XFIndicators
@testable import XFPages
@testable import XFSite

/// A copy of the clean two-month fixture in a temporary folder, with a site folder beside it.
private struct Workspace {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var site: URL { root.appendingPathComponent("site") }

    init() throws {
        root = try TemporaryFolder("rev").url
        try FileManager.default.copyItem(at: Repository.recordFixtures.appendingPathComponent("clean"), to: content)
    }

    func build() -> (ExitCode, String) {
        let console = CapturingConsole()
        let code = CommandLineTool.run(["build", "--content", content.path, "--output", site.path], console: console)
        return (code, console.output + console.errors)
    }

    func log() throws -> RevisionLog {
        try RevisionLog.decode(Array(Data(contentsOf: site.appendingPathComponent(SitePaths.revisionLog))))
    }
}

@Test func correctedFiguresOfPublishedMonthsBecomeDatedRevisionNotes() throws {
    let workspace = try Workspace()
    let first = workspace.build()
    #expect(first.0 == .success)
    #expect(try workspace.log().entries.isEmpty)

    // A later export corrects XF-001: it was a letter, not a visit.
    let header = "信访件编号,登记日期,信访形式,人数,内容分类,问题领域,责任单位,受理情况,受理日期,办结日期,评价,评价日期,是否化解,处理途径,初信初访"
    let row = "XF-001,2024-01-03,来信,6,申诉求决,城乡建设,城关镇,受理,2024-01-10,2024-02-20,满意,2024-02-25,是,信访程序,是"
    try Data("\(header)\n\(row)\n".utf8).write(to: workspace.content.appendingPathComponent("cases/2024-02z.csv"))
    let second = workspace.build()
    #expect(second.0 == .success)
    #expect(second.1.contains("修订：2024-01 有"))
    #expect(second.1.contains("示例区 来信件数 1 → 2"))
    let entries = try workspace.log().entries
    #expect(entries.map(\.month.description) == ["2024-01", "2024-02"])
    #expect(entries.allSatisfy { $0.revisedOn == "2024-02-29" })
    let january = try #require(entries.first)
    #expect(january.changes.contains { $0.indicator == .visits && $0.scope == "示例区" && $0.period == .month && $0.before == "1" && $0.after == "0" })

    let page = try String(contentsOf: workspace.site.appendingPathComponent("intranet/snapshots/2024-01/index.html"), encoding: .utf8)
    #expect(page.contains("修订说明（2024-02-29）"))
    #expect(page.contains("<tr><td>示例区</td><td>本月</td><td>来信件数</td><td class=\"num\">1</td><td class=\"num\">2</td></tr>"))
    let untouched = try String(contentsOf: workspace.site.appendingPathComponent("intranet/snapshots/2024-02/index.html"), encoding: .utf8)
    #expect(untouched.contains("修订说明（2024-02-29）"))

    // Rebuilding the same content adds nothing and keeps the notes.
    let third = workspace.build()
    #expect(!third.1.contains("修订："))
    #expect(try workspace.log().entries == entries)
}

@Test func aMonthThatWasPartialIsNotARevision() throws {
    let workspace = try Workspace()
    let march = "信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位\nXF-100,2024-03-05,来信,建议意见,其他,城关镇\n"
    try Data(march.utf8).write(to: workspace.content.appendingPathComponent("cases/2024-03.csv"))
    #expect(workspace.build().0 == .success)
    let later = "信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位\nXF-101,2024-03-28,来访,建议意见,其他,城关镇\n"
    try Data(later.utf8).write(to: workspace.content.appendingPathComponent("cases/2024-03b.csv"))
    let rebuilt = workspace.build()
    #expect(rebuilt.0 == .success)
    #expect(try workspace.log().entries.isEmpty, "March grew from 3-05 to 3-28: more data, not a correction")
}
