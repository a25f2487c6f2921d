import Foundation
import Testing
import XFTestSupport
@testable import XFSite

/// Personal data in the exports (DATA.md lists the columns) and any unknown column
/// never reaches any output file of either tree, nor any message.
@Test func personalDataColumnsNeverReachAnyOutputFile() throws {
    let folder = try TemporaryFolder("personal").url
    try FileManager.default.copyItem(at: Repository.recordFixtures.appendingPathComponent("clean"), to: folder.appendingPathComponent("content"))
    let content = folder.appendingPathComponent("content")
    let personal = ["信访人", "姓名", "身份证号", "联系电话", "电话号码", "住址", "地址", "诉求内容", "事项摘要", "内容摘要", "备注"]
    func canary(_ column: Int, _ row: Int) -> String { "PIICANARY\(column)X\(row)" }
    var text = "信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位,受理情况,受理日期," + personal.joined(separator: ",") + "\n"
    for row in 1...40 {
        let cells = personal.indices.map { column in
            // Free text with commas, quotes and line breaks, as real 诉求内容 has.
            column == 7 ? "\"\(canary(column, row))，要求\"\"尽快\"\"处理\n第二行\"" : canary(column, row)
        }
        text += "P-\(row),2024-02-\(String(format: "%02d", row % 27 + 1)),来访,申诉求决,城乡建设,城关镇,受理,2024-02-28,"
            + cells.joined(separator: ",") + "\n"
    }
    try Data(text.utf8).write(to: content.appendingPathComponent("cases/2024-02p.csv"))
    let output = folder.appendingPathComponent("site")
    let check = runTool(["check", "--content", content.path, "--format", "json"])
    let build = runTool(["build", "--content", content.path, "--output", output.path, "--templates", Repository.templates.path])
    #expect(build.code == .success, "\(build.err)")
    #expect(!(check.out + check.err + build.out + build.err).contains("PIICANARY"))
    let files = FileTree.paths(under: output)
    #expect(files.contains { $0.hasPrefix("intranet/") } && files.contains { $0.hasPrefix("public/") })
    // The cases themselves did arrive: P-1 is in the data files, its personal data is not.
    let january = try String(contentsOf: output.appendingPathComponent("intranet/snapshots/2024-02/data/indicators.csv"), encoding: .utf8)
    #expect(january.contains("cases,"))
    for path in files {
        let bytes = try Data(contentsOf: output.appendingPathComponent(path))
        #expect(bytes.range(of: Data("PIICANARY".utf8)) == nil, "\(path) 含有个人信息")
    }
}
