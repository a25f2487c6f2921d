import Foundation
import Testing
@testable import XFGuides
import XFSource

/// The shipped guides against the statute check (STATUTES.md): none of the
/// citations found WRONG comes back, none is left 待核实, every law cited has
/// its version and every guide a check date.
enum WrongCitations {
    struct Entry { var guide: String; var scope: String; var text: String }

    static let entries: [Entry] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/wrong-citations.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let parts = line.split(separator: "\t").map(String.init)
            return parts.count == 3 ? Entry(guide: parts[0], scope: parts[1], text: parts[2]) : nil
        }
    }()
}

@Test func theWrongCitationsFixtureIsLoaded() {
    #expect(WrongCitations.entries.count == 14)
}

@Test(arguments: ShippedGuides.files().map(\.lastPathComponent))
func noShippedGuideHoldsACitationFoundWrong(_ name: String) throws {
    let guide = try #require(ShippedGuides.load(ShippedGuides.folder.appendingPathComponent(name)).0)
    for entry in WrongCitations.entries where name.hasPrefix(entry.guide + "-") {
        if entry.scope == "*" {
            #expect(!guide.texts.contains { $0.contains(entry.text) }, "\(name) 仍含有已核实为错误的「\(entry.text)」")
        } else {
            let node = try #require(guide.node(entry.scope), "\(name) 没有节点 \(entry.scope)：请同步修改 wrong-citations.tsv")
            let texts = [node.text] + (node.timeLimit.map { [$0] } ?? []) + node.basis.map { "依据：" + $0 }
            #expect(!texts.contains { $0.contains(entry.text) }, "\(name) 的 \(entry.scope) 仍引用已核实为错误的「\(entry.text)」")
        }
    }
}

@Test func theClerksReadmeHoldsNoCitationFoundWrong() throws {
    let readme = try String(contentsOf: ShippedGuides.folder.appendingPathComponent("README.md"), encoding: .utf8)
    for entry in WrongCitations.entries where entry.guide == "README" { #expect(!readme.contains(entry.text)) }
}

@Test(arguments: ShippedGuides.files().map(\.lastPathComponent))
func shippedGuidesAreVerifiedVersionedAndDated(_ name: String) throws {
    let source = try String(contentsOf: ShippedGuides.folder.appendingPathComponent(name), encoding: .utf8)
    #expect(!source.contains(Guide.pendingMark), "\(name) 仍有「待核实」")
    let guide = try #require(ShippedGuides.load(ShippedGuides.folder.appendingPathComponent(name)).0)
    #expect(!guide.isPending)
    #expect(guide.checked == GuideDate(year: 2026, month: 12, day: 1))
    let cited = Set(guide.texts.flatMap(LawVersion.titles))
    #expect(cited.isSubset(of: Set(guide.laws.map(\.name))), "\(name)：\(cited.subtracting(guide.laws.map(\.name)))")
    #expect(guide.versionLine?.hasPrefix("本图依据《") == true)
    #expect(guide.versionLine?.hasSuffix("核对日期2026年12月1日。") == true)
}

@Test func uncheckedMarksUnversionedLawsAndOldCheckDatesAreWarnings() throws {
    let text = """
    标题：测试
    法规：《甲法》2020年修正
    核对日期：2024-11-30
    起点 a：开始
      依据：《甲法》第一条；《乙条例》第二条
      备注：时限待核实。
    终点 b：结束
    a -> b
    """
    let (parsed, diagnostics) = GuideSource.parse(text, file: "guides/01-测试.guide")
    let guide = try #require(parsed)
    let warnings = diagnostics.filter { $0.severity == .warning }
    #expect(warnings.count == diagnostics.count)
    let unversioned = try #require(warnings.first { $0.code == "guide.law-without-version" })
    #expect(unversioned.value == "乙条例" && unversioned.location.line == 5)
    let pending = try #require(warnings.first { $0.code == "guide.unverified" })
    #expect(pending.location.line == 6 && pending.location.characterColumn == 8)
    #expect(guide.isPending && guide.laws.map(\.version) == ["2020年修正"])
    #expect(GuideSource.reviewAge(guide, today: GuideDate(year: 2025, month: 11, day: 30)!) == nil)
    let old = try #require(GuideSource.reviewAge(guide, today: GuideDate(year: 2025, month: 12, day: 1)!))
    #expect(old.code == "guide.check-date-old" && old.location.line == 3)
    let undated = GuideSource.parse(text.replacingOccurrences(of: "核对日期：2024-11-30\n", with: ""), file: "x.guide").1
    #expect(undated.contains { $0.code == "guide.no-check-date" })
    let badDate = GuideSource.parse(text.replacingOccurrences(of: "2024-11-30", with: "2024-02-30"), file: "x.guide").1
    #expect(badDate.contains { $0.code == "guide.bad-date" && $0.severity == .error })
}
