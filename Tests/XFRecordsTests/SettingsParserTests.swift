import Testing
import Glibc
import XFCalendar
import XFSettings
import XFSource
@testable import XFRecords

@Suite struct SettingsParserTests {
    func parse(_ text: String) -> (SiteSettings, [Diagnostic]) { SettingsParser.parse(text, file: "site.toml") }

    @Test func readsEveryKeyAndTargetSection() {
        let (settings, diagnostics) = parse("""
        \u{FEFF}# 站点设置
        title = "示例区信访工作数据看板"   # 页面标题
        region = '示例区'
        organisation = "示例区信访局"
        cutoff = 2025-10-15
        base_url = "http://10.0.0.8/xinfang/"

        [targets.timely_acceptance]
        green = 0.98
        yellow = 0.9

        [ targets.repeat_share ]
        green = 0.05
        yellow = 0.1
        direction = "lower"\r
        """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
        #expect(settings.title == "示例区信访工作数据看板")
        #expect(settings.region == "示例区" && settings.organisation == "示例区信访局")
        #expect(settings.cutoff == CivilDate(year: 2025, month: 10, day: 15))
        #expect(settings.baseURL == "http://10.0.0.8/xinfang/")
        #expect(settings.targets == [
            TargetSetting(id: "timely_acceptance", green: 0.98, yellow: 0.9,
                          location: SourceLocation(file: "site.toml", line: 8, characterColumn: 10)),
            TargetSetting(id: "repeat_share", green: 0.05, yellow: 0.1, higherIsBetter: false,
                          location: SourceLocation(file: "site.toml", line: 12, characterColumn: 11)),
        ])
        #expect(settings.minDenominator == 10)
    }

    @Test func emptyFileGivesDefaults() {
        let (settings, diagnostics) = parse("")
        #expect(diagnostics.isEmpty && settings == SiteSettings())
    }

    @Test func unknownKeySuggestsTheClosestWithPosition() {
        let (_, diagnostics) = parse("title = \"看板\"\n  regoin = \"示例区\"\n")
        #expect(diagnostics.count == 1)
        let d = diagnostics[0]
        #expect(d.code == "settings.unknown-key" && d.location == SourceLocation(file: "site.toml", line: 2, characterColumn: 3))
        #expect(d.fix == "是否应为「region」？")
        #expect(d.rendered == "site.toml:2:3 值「regoin」 错误：不认识的设置「regoin」。 修改方法：是否应为「region」？")
    }

    @Test func unknownSectionIsReportedAndTargetIDsAreKeptRaw() {
        // Whether a target id names a rate is checked against the catalogue (XFIndicators' TargetTests).
        let (settings, diagnostics) = parse("[targets.timely_acceptence]\ngreen = 0.5\n[target.ontime_closing]\ngreen = 0.5\n")
        #expect(diagnostics.map(\.code) == ["settings.unknown-section"])
        #expect(diagnostics[0].fix == "是否应为 [targets.ontime_closing]？")
        #expect(settings.targets.map(\.id) == ["timely_acceptence"])  // keys in bad sections are not applied
        #expect(settings.targets[0].location.characterColumn == 10)
    }

    @Test func minDenominatorIsAWholeNumber() {
        #expect(parse("min_denominator = 20").0.minDenominator == 20)
        let (settings, diagnostics) = parse("min_denominator = 0.5\nmin_denominator = \"8\"")
        #expect(diagnostics.map(\.code) == ["settings.range", "settings.duplicate-key", "settings.type"])
        #expect(settings.minDenominator == 10)
    }

    @Test func typeAndValueErrorsHaveFixes() {
        let (settings, diagnostics) = parse("""
        cutoff = "2025-10-15"
        region = 示例区
        title = “看板”
        [targets.satisfaction]
        green = 95%
        yellow = 1.5
        direction = "up"
        """)
        #expect(diagnostics.map(\.code) == ["settings.type", "settings.syntax", "settings.syntax",
                                            "settings.syntax", "settings.range", "settings.value"])
        #expect(diagnostics.map(\.location.line) == [1, 2, 3, 5, 6, 7])
        #expect(diagnostics[0].rendered == "site.toml:1:10 值「2025-10-15」 错误：「cutoff」应为日期，这里是文字。 修改方法：例如 cutoff = 2025-10-15（不加引号）")
        #expect(diagnostics[2].message == "使用了中文引号。")
        #expect(diagnostics[3].fix == "写成小数，例如 95% 写成 0.95。")
        #expect(settings.region == "示例区")  // default kept
    }

    @Test func impossibleDateAndMissingValue() {
        let (_, diagnostics) = parse("cutoff = 2025-02-30\ntitle =\nregion = \"示例区\" extra\n")
        #expect(diagnostics.map(\.message) == ["日期「2025-02-30」不存在。", "等号后面缺少值。", "值后面有多余的内容。"])
        #expect(diagnostics.map { $0.location.characterColumn } == [10, 8, 16])
    }

    @Test func thresholdsOutOfOrderAndDuplicates() {
        let (_, diagnostics) = parse("""
        title = "甲"
        title = "乙"
        [targets.exam_pass]
        green = 0.8
        yellow = 0.9
        """)
        #expect(diagnostics.map(\.code) == ["settings.duplicate-key"])  // order: TargetTests
    }

    @Test func stringEscapes() {
        let (settings, diagnostics) = parse(#"title = "信访\"看板\"\u4E00\\""# + "\norganisation = \"坏\\q\"")
        #expect(settings.title == "信访\"看板\"一\\")
        #expect(diagnostics.map(\.message) == ["无效的转义「\\q」。"])
        #expect(diagnostics[0].location.characterColumn == 18)
    }

    @Test func chineseKeyIsAnUnknownKey() {
        let (_, diagnostics) = parse("标题 = \"看板\"")
        #expect(diagnostics.first?.code == "settings.unknown-key")
        #expect(diagnostics.first?.fix.hasPrefix("可用的名称：title") == true)
    }
}

@Test func sampleSiteSettingsParseCleanly() {
    // The sample shipped in content/site.toml must stay valid.
    let root = String(#filePath).split(separator: "/").dropLast(3).joined(separator: "/")
    let path = "/" + root + "/content/site.toml"
    guard let file = fopen(path, "r") else { Issue.record("missing \(path)"); return }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while case let n = fread(&buffer, 1, buffer.count, file), n > 0 { bytes += buffer[0 ..< n] }
    let (settings, diagnostics) = SettingsParser.parse(String(decoding: bytes, as: UTF8.self), file: "site.toml")
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
    #expect(settings.region == "示例区" && settings.organisation == "示例区信访局")
    #expect(settings.targets.first { $0.id == "repeat_share" }?.higherIsBetter == false)
}

@Test func publicURLEndsWithASlashAndMustBeHTTP() {
    let (settings, problems) = SettingsParser.parse("public_url = \"https://www.example.org/xinfang/public\"\n", file: "site.toml")
    #expect(problems.isEmpty && settings.publicURL == "https://www.example.org/xinfang/public/")
    let (bad, errors) = SettingsParser.parse("public_url = \"www.example.org/public/\"\n", file: "site.toml")
    #expect(bad.publicURL == nil && errors.map(\.code) == [.settingsValue])
    #expect(errors.first?.location.line == 1 && errors.first?.fix.contains("public_url = ") == true)
}
