import Foundation
import Testing
import XFTestSupport
@testable import XFSite


private func run(_ arguments: [String]) -> (code: ExitCode, out: String, err: String) { runTool(arguments) }

@Test func checkReportsCleanDataWithEncodingsAndExitsZero() {
    let result = run(["check", "--content", Repository.recordFixtures.appendingPathComponent("messy").path])
    #expect(result.code == .success)
    #expect(result.out.contains("cases/2024-01.csv  GB18030"))
    #expect(result.out.contains("按信访件编号合并后 4 件"))
    #expect(result.out.contains("数据截止日期：2024-02-29"))
    #expect(result.out.contains("检查结果：数据无误。"))
    #expect(!result.out.contains("张某某"))
}

@Test func checkExitsOneOnDataErrorsAndJSONCarriesPositions() throws {
    let folder = try TemporaryFolder("cli").url
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("cases"), withIntermediateDirectories: true)
    try Data("名称\n城关镇\n".utf8).write(to: folder.appendingPathComponent("units.csv"))
    try Data("信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位\nA1,2023-02-29,来访,申诉求决,城乡建设,城关镇\n".utf8)
        .write(to: folder.appendingPathComponent("cases/a.csv"))
    let text = run(["check", "--content", folder.path])
    #expect(text.code == .dataError)
    #expect(text.out.contains("cases/a.csv:2 列「登记日期」值「2023-02-29」 错误：不是有效的日期"))
    let json = run(["check", "--content", folder.path, "--format", "json"])
    #expect(json.code == .dataError)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let problems = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(problems.count == 1)
    #expect(problems[0]["line"] as? Int == 2)
    #expect(problems[0]["column"] as? String == "登记日期")
    #expect(object["errors"] as? Int == 1)
}

@Test func usageErrorsExit64WithASuggestion() {
    let option = run(["check", "--contnet", "x"])
    #expect(option.code == .usage)
    #expect(option.err.contains("您是否想写 --content？"))
    let command = run(["chek"])
    #expect(command.code == .usage)
    #expect(command.err.contains("您是否想写 xfsite check？"))
    #expect(run(["check", "--format", "xml"]).code == .usage)
    #expect(run([]).code == .usage)
}

@Test func helpAndVersion() {
    #expect(run(["--version"]).out == "xfsite \(CommandLineTool.version)\n")
    let help = run(["--help"])
    #expect(help.code == .success && help.out.contains("check") && help.out.contains("build"))
    let checkHelp = run(["check", "--help"])
    #expect(checkHelp.out.contains("--content <文件夹>") && checkHelp.out.contains("（默认：content）"))
}

@Test func guideProblemsShowTheLineWithACaret() throws {
    let folder = try TemporaryFolder("guide-caret").url
    try FileManager.default.copyItem(at: Repository.recordFixtures.appendingPathComponent("clean"), to: folder.appendingPathComponent("content"))
    let guides = folder.appendingPathComponent("content/guides")
    try FileManager.default.createDirectory(at: guides, withIntermediateDirectories: true)
    try Data("标题：测试\n起点 start：开始\n步骤 register：登记\nstart -> regster：15日内\n".utf8)
        .write(to: guides.appendingPathComponent("01-测试.guide"))
    let result = run(["check", "--content", folder.appendingPathComponent("content").path])
    #expect(result.code == .dataError)
    let lines = result.out.split(separator: "\n").map(String.init)
    let problem = try #require(lines.firstIndex { $0.hasPrefix("guides/01-测试.guide:4:10") })
    #expect(lines[problem].contains("是不是「register」"))
    #expect(lines[problem + 1] == "    start -> regster：15日内")
    #expect(lines[problem + 2] == "             ^")
}
