import Foundation
import Testing
import XFTestSupport
import XFPages
@testable import XFSite

/// A content folder whose every case, reception and publicity value is a canary:
/// none of it may reach `site/public/`.
private func canaryContent() throws -> URL {
    let folder = try TemporaryFolder("canary").url
    for sub in ["cases", "receptions", "publicity", "guides"] {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(path))
    }
    try write("site.toml", "title = \"金丝雀看板\"\norganisation = \"金丝雀县信访局\"\n")
    try write("units.csv", "名称,类型,简称\n金丝雀镇,镇街,雀镇\n画眉部门局,部门,画眉\n")
    var cases = "信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位,信访人,联系电话\n"
    for number in 1...canaryCaseCount {
        let unit = number % 2 == 0 ? "金丝雀镇" : "画眉部门局"
        cases += "QUEUECANARY\(String(format: "%05d", number)),2024-03-\(String(format: "%02d", number % 27 + 1)),来访,申诉求决,城乡建设,\(unit),黄鹂某某,13900001111\n"
    }
    try write("cases/2024-03.csv", cases)
    try write("receptions/领导接访.csv", "日期,接访领导,批次,人次,交办件数,责任单位\n2024-03-05,百灵副县长,7,9,3,金丝雀镇\n")
    try write("publicity/普法宣传.csv", "日期,活动名称,形式,地点,镇街,参与单位数,发放资料,接受咨询,展板,参训人数,考试人数,合格人数\n"
              + "2024-03-06,鹦鹉普法集市,集中宣传,鹦鹉广场,金丝雀镇,2,5813,93,4,0,0,0\n")
    let guides = Repository.content.appendingPathComponent("guides")
    for name in try FileManager.default.contentsOfDirectory(atPath: guides.path) where name.hasSuffix(".guide") {
        try FileManager.default.copyItem(at: guides.appendingPathComponent(name),
                                         to: folder.appendingPathComponent("guides/\(name)"))
    }
    return folder
}

private let canaryCaseCount = 3917
private let canaries = ["QUEUECANARY", "金丝雀镇", "雀镇", "画眉", "黄鹂", "13900001111", "百灵", "鹦鹉",
                        "金丝雀看板", "2024-03", "2024年3月", "3,917"]
/// Figures from the data; larger than any chart coordinate, matched as whole numbers.
private let canaryFigures = ["3917", "5813"]

private func containsNumber(_ text: String, _ number: String) -> Bool {
    text.range(of: "(?<![0-9.])\(number)(?![0-9])", options: .regularExpression) != nil
}

@Test func publicTreeHoldsNothingFromCasesReceptionsOrPublicity() throws {
    let content = try canaryContent()
    let output = content.appendingPathComponent("site")
    let build = runTool(["build", "--content", content.path, "--output", output.path, "--templates", Repository.templates.path])
    #expect(build.code == .success, "\(build.err)")
    // The canaries did reach the site: the intranet data files carry the units.
    let intranet = FileTree.paths(under: output).filter { !$0.hasPrefix("public/") }
    #expect(intranet.contains { path in
        (try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8))?.contains("金丝雀镇") == true
    })
    let public_ = FileTree.paths(under: output.appendingPathComponent("public"))
    #expect(public_.count == 1 + 1 + 7 * 3 + 1)
    for path in public_ {
        let text = try String(contentsOf: output.appendingPathComponent("public/\(path)"), encoding: .utf8)
        for canary in canaries {
            #expect(!text.contains(canary), "public/\(path) 含有「\(canary)」")
        }
        for figure in canaryFigures {
            #expect(!containsNumber(text, figure), "public/\(path) 含有数字 \(figure)")
        }
        #expect(path.hasSuffix(".css") || text.contains("金丝雀县信访局"), "public/\(path) 缺少发布单位")
    }
}
