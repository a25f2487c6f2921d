import Foundation
import Testing
import XFTestSupport
import XFPublish

/// The pre-publish scan: what it finds, what it must not find.
struct PersonalDataScanTests {
    func found(_ text: String, allowed: [String] = []) -> [String] {
        PersonalDataScanner(allowedNumbers: allowed).scan(Array(text.utf8)).map(\.text)
    }

    @Test func residentIDsWithAValidCheckDigitAndBirthDate() {
        #expect(found("东关街道11010519491231002X，") == ["11010519491231002X"])
        #expect(found("<td>320106198501010018</td>") == ["320106198501010018"])
        #expect(found("11010519491231002x") == ["11010519491231002x"])
        #expect(found("110105194912310021") == [])  // wrong check digit
        #expect(found("110105194913310024") == [])  // month 13
        #expect(found("旧证110105491231002号") == ["110105491231002"])
        #expect(found("110105491331002") == [])
    }

    @Test func mobilesAndLandlines() {
        #expect(found("电话13912345678。") == ["13912345678"])
        #expect(found("139-1234-5678 和 139 1234 5678") == ["139-1234-5678", "139 1234 5678"])
        #expect(found("010-62345678、(0755)82345678、0755 8234567、075582345678")
                == ["010-62345678", "(0755)82345678", "0755 8234567", "075582345678"])
        #expect(found("010-12345678") == [])  // local numbers start with 2–9
        #expect(found("12912345678") == [])  // no 12x mobile prefix
    }

    @Test func caseNumbersDatesFiguresAndHashesAreNotNumbers() {
        let quiet = """
        XF2025-0002351,2025-06-13,20250613,2025年6月13日,1234567890123456789012,0.13912345678,
        139123456789,u-3fa2c1d0,A13912345678,13912345678B,1.5,M10 20L30 40,95.7%,1192批2197人次,
        points="139 1234 56" 2024-05-01T08:00 12345 110
        """
        #expect(found(quiet) == [])
    }

    @Test func theBureausOwnNumbersPass() {
        let allowed = ["0755-82345678", "12345", "139 1234 5678"]
        #expect(found("热线 0755-82345678，075582345678，13912345678", allowed: allowed) == [])
        #expect(found("0755-87654321", allowed: allowed) == ["0755-87654321"])
    }

    @Test func numbersAreShownMasked() {
        let hits = PersonalDataScanner().scan(Array("13912345678 11010519491231002X 010-62345678".utf8))
        #expect(hits.map(\.masked) == ["139****5678", "110***********002X", "010****5678"])
        #expect(hits.map(\.kind) == [.mobile, .residentID, .landline])
    }
}

/// Through the real executable: a number typed into a published field stops the
/// build and names the cell; the previous site stays.
@Suite(.enabled(if: xfsiteExecutable != nil, "需要已编译的 xfsite（先运行 swift build）"))
struct PersonalDataBuildTests {
    let xfsite = xfsiteExecutable!

    func content(_ name: String) throws -> URL {
        let root = try TemporaryFolder(name).url
        try FileManager.default.copyItem(at: Repository.recordFixtures.appendingPathComponent("clean"), to: root.appendingPathComponent("content"))
        return root
    }

    @Test func anIDNumberInAUnitNameFailsTheBuildNamingTheCell() throws {
        let root = try content("pd-unit")
        #expect(try runXfsite(xfsite, ["build", "--content", "content", "--output", "site"], in: root).status == 0)
        let before = treeSnapshot(root.appendingPathComponent("site"))
        let units = root.appendingPathComponent("content/units.csv")
        let text = try String(contentsOf: units, encoding: .utf8).replacingOccurrences(of: "东关街道,", with: "东关街道11010519491231002X,")
        try Data(text.utf8).write(to: units)
        for file in ["cases/2024-01.csv", "cases/2024-02.csv"] {
            let url = root.appendingPathComponent("content/" + file)
            let rows = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: ",东关街道,", with: ",东关街道11010519491231002X,")
            try Data(rows.utf8).write(to: url)
        }
        let result = try runXfsite(xfsite, ["build", "--content", "content", "--output", "site"], in: root)
        #expect(result.status == 1)
        #expect(result.err.contains("身份证号 110***********002X"))
        #expect(result.err.contains("来自 units.csv:3 列「名称」"))
        #expect(result.err.contains("intranet/"))
        #expect(!result.err.contains("11010519491231002X"))
        #expect(treeSnapshot(root.appendingPathComponent("site")) == before)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".site.staging").path))
    }

    @Test func aPhoneNumberInAnActivityTitleNeverReachesTheSite() throws {
        let root = try content("pd-activity")
        let publicity = root.appendingPathComponent("content/publicity")
        try FileManager.default.createDirectory(at: publicity, withIntermediateDirectories: true)
        try Data("日期,活动名称,形式,地点\n2024-01-05,普法宣传咨询电话139-1234-5678,集中宣传,城关镇广场\n".utf8)
            .write(to: publicity.appendingPathComponent("宣传.csv"))
        let result = try runXfsite(xfsite, ["build", "--content", "content", "--output", "site"], in: root)
        if result.status == 0 {
            // Activity titles are not shown on any page today: then no file may hold the number.
            let site = treeSnapshot(root.appendingPathComponent("site"))
            #expect(!site.values.contains { String(decoding: $0, as: UTF8.self).contains("1234-5678") })
        } else {
            #expect(result.err.contains("手机号码 139****5678"))
            #expect(result.err.contains("来自 publicity/宣传.csv:2 列「活动名称」"))
        }
        // A number the bureau publishes itself, listed in site.toml, passes.
        let units = root.appendingPathComponent("content/units.csv")
        let text = try String(contentsOf: units, encoding: .utf8).replacingOccurrences(of: ",城关\n", with: ",城关 0755-82345678\n")
        try Data(text.utf8).write(to: units)
        let refused = try runXfsite(xfsite, ["build", "--content", "content", "--output", "site"], in: root)
        #expect(refused.status == 1)
        #expect(refused.err.contains("固定电话 075*****5678") && refused.err.contains("units.csv:2 列「简称」"))
        try Data("allowed_numbers = \"0755-82345678\"\n".utf8).write(to: root.appendingPathComponent("content/site.toml"))
        #expect(try runXfsite(xfsite, ["build", "--content", "content", "--output", "site"], in: root).status == 0)
    }
}
