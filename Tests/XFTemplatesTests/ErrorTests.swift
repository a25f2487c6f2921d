import Testing
import XFSource
@testable import XFTemplates

/// Errors carry file, line, column (in characters) and a caret under the spot.
@Suite struct ErrorTests {
    private func loadError(_ sources: [String: String], folder: String? = nil) -> TemplateError? {
        do {
            _ = try TemplateSet(sources: sources, folder: folder)
            return nil
        } catch {
            return error
        }
    }

    @Test func unclosedSectionPointsAtItsOpeningTag() throws {
        let page = "<h1>标题</h1>\n<ul>\n  <li>{{#units}}{{name}}</li>\n</ul>\n"
        let error = try #require(loadError(["page.html": page], folder: "site-templates"))
        #expect(error.code == "template.unclosed-section")
        #expect(error.file == "site-templates/page.html")
        #expect(error.line == 3 && error.column == 7)
        #expect(error.rendered == """
            site-templates/page.html:3:7: 错误：未闭合的区块 {{#units}}。请在区块结束处加上 {{/units}}
              <li>{{#units}}{{name}}</li>
                  ^
            """)
    }

    @Test func caretCountsChineseCharactersAsTwoCells() throws {
        let error = try #require(renderError("单位：{{#a}}"))
        #expect(error.line == 1 && error.column == 4)
        #expect(error.caretLine == "      ^")
        #expect(error.diagnostic.location.position == "page.html:1:4")
        #expect(error.diagnostic.fix == "请在区块结束处加上 {{/a}}")
    }

    @Test func mismatchedCloseNamesTheOpeningLine() throws {
        let error = try #require(renderError("{{#a}}\n{{#b}}\n{{/a}}\n"))
        #expect(error.code == "template.mismatched-close")
        #expect(error.line == 3 && error.column == 1)
        #expect(error.message == "结束标签 {{/a}} 与第 2 行的 {{#b}} 不匹配")
        #expect(renderError("x\n  {{/a}}")?.code == "template.stray-close")
    }

    @Test func unterminatedTagsStopAtTheLineEnd() throws {
        let error = try #require(renderError("<p>{{name</p>\n{{other}}"))
        #expect(error.code == "template.unterminated-tag")
        #expect(error.line == 1 && error.column == 4)
        #expect(error.rendered == """
            page.html:1:4: 错误：标签 {{ 没有结束。请在同一行内用 }} 结束这个标签
            <p>{{name</p>
               ^
            """)
        #expect(renderError("a {{! 注释")?.message == "注释 {{! 没有结束")
        #expect(renderError("{{{x}}")?.code == "template.unterminated-tag")
    }

    @Test func invalidAndEmptyNames() throws {
        let invalid = try #require(renderError("\t{{ 单位 }}"))
        #expect(invalid.code == "template.invalid-name")
        #expect(invalid.line == 1 && invalid.column == 5)
        #expect(invalid.caretLine == "\t   ^")
        #expect(renderError("{{}}")?.code == "template.empty-name")
        #expect(renderError("{{a..b}}")?.code == "template.invalid-name")
    }

    @Test func unknownVariableSuggestsTheClosestName() throws {
        let value: TemplateValue = ["unitName": "城关镇", "unitCount": 3, "title": "x"]
        let error = try #require(renderError("<p>\n  <b>{{unitNme}}</b>", value))
        #expect(error.code == "template.unknown-name")
        #expect(error.line == 2 && error.column == 8)
        #expect(error.rendered == """
            page.html:2:8: 错误：未知的变量 {{unitNme}}。您是否想写 {{unitName}}？
              <b>{{unitNme}}</b>
                   ^
            """)
    }

    @Test func suggestionsFollowDottedPathsAndTheContextStack() throws {
        let value: TemplateValue = ["county": "某县", "units": [["name": "甲", "slug": "a"]]]
        #expect(renderError("{{#units}}{{nmae}}{{/units}}", value)?.hint == "您是否想写 {{name}}？")
        #expect(renderError("{{#units}}{{countyy}}{{/units}}", value)?.hint == "您是否想写 {{county}}？")
        let nested = try #require(renderError("{{unit.name}}", ["unit": ["nmae": "甲"]]))
        #expect(nested.message == "{{unit}} 中没有 name")
        #expect(nested.hint == "您是否想写 {{unit.nmae}}？")
        #expect(renderError("{{unti.name}}", ["unit": ["name": "甲"]])?.hint == "您是否想写 {{unit.name}}？")
        #expect(renderError("{{zzz}}", ["alpha": 1, "beta": 2])?.hint == "可用的名称有：alpha、beta")
        #expect(renderError("{{#unitz}}{{/unitz}}", ["units": []])?.hint == "您是否想写 {{units}}？")
    }

    @Test func unknownPartialSuggestsTheClosestFile() throws {
        let error = try #require(loadError(["page.html": "<body>\n{{> heder}}\n</body>", "partials/header.html": "h",
                                            "partials/footer.html": "f"]))
        #expect(error.code == "template.unknown-partial")
        #expect(error.line == 2 && error.column == 5)
        #expect(error.rendered == """
            page.html:2:5: 错误：找不到局部模板 {{> heder}}（partials/heder.html）。您是否想写 {{> header}}？
            {{> heder}}
                ^
            """)
    }

    @Test func layoutMistakes() throws {
        let layout = "<main>{{$content}}{{/content}}</main>"
        let unknown = try #require(loadError(["layout.html": layout, "page.html": "{{< layot}}"]))
        #expect(unknown.code == "template.unknown-layout" && unknown.hint == "您是否想写 {{< layout}}？")
        let block = try #require(loadError(["layout.html": layout, "page.html": "{{< layout}}\n{{$contnet}}x{{/contnet}}"]))
        #expect(block.code == "template.unknown-block" && block.line == 2 && block.column == 4)
        #expect(block.hint == "您是否想写 {{$content}}？")
        let stray = try #require(loadError(["layout.html": layout, "page.html": "{{< layout}}\n  <p>丢失</p>\n"]))
        #expect(stray.code == "template.content-outside-block" && stray.line == 2 && stray.column == 3)
        let nested = loadError(["base.html": "x", "layout.html": "{{< base}}", "page.html": "{{< layout}}"])
        #expect(nested?.code == "template.nested-layout")
    }

    @Test func partialRecursionIsLimited() throws {
        let error = try #require(renderError("{{> loop}}", ["x": 1], partials: ["loop": "a\n{{> loop}}"]))
        #expect(error.code == "template.partial-depth")
        #expect(error.file == "partials/loop.html")
        #expect(error.line == 2 && error.column == 5)
    }

    @Test func unknownPageAndPrintingListsAreErrors() throws {
        let set = try TemplateSet(sources: ["index.html": "x", "unit.html": "y"])
        #expect(throws: TemplateError.self) { try set.render("units", [:]) }
        do {
            _ = try set.render("units", [:])
        } catch {
            #expect(error.rendered == "units: 错误：没有名为 units 的页面模板。您是否想写 unit？")
        }
        #expect(renderError("{{units}}", ["units": [1]])?.code == "template.not-printable")
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: TemplateError.self) { try TemplateSet(directory: "/nonexistent/site-templates") }
    }
}

@Suite struct LoadingTests {
    @Test func filesOutsideTheTwoFoldersAreRejected() {
        #expect(throws: TemplateError.self) { try TemplateSet(sources: ["pages/unit.html": "x"]) }
    }

    @Test func invalidUTF8IsReportedAndByteOrderMarkIgnored() throws {
        let invalid = TemplateFiles.File(path: "page.html", label: "site-templates/page.html", bytes: [0x61, 0xFF, 0x62])
        #expect(throws: TemplateError.self) { try TemplateSet(files: [invalid]) }
        let marked = TemplateFiles.File(path: "page.html", label: "page.html", bytes: [0xEF, 0xBB, 0xBF] + Array("{{#a}}".utf8))
        do {
            _ = try TemplateSet(files: [marked])
            Issue.record("expected an unclosed section")
        } catch {
            #expect(error.line == 1 && error.column == 1)
        }
    }
}
