import Testing
@testable import XFTemplates

@Suite struct SyntaxTests {
    @Test func variablesAndDottedPaths() throws {
        let value: TemplateValue = ["title": "城关镇", "unit": ["name": "信访局", "count": 12, "rate": 0.25]]
        #expect(try render("<h1>{{title}}</h1>{{ unit.name }}:{{unit.count}}/{{unit.rate}}", value)
            == "<h1>城关镇</h1>信访局:12/0.25")
    }

    @Test func wholeDecimalsPrintWithoutPointAndNullPrintsNothing() throws {
        #expect(try render("[{{a}}][{{b}}]", ["a": 3.0, "b": nil]) == "[3][]")
    }

    @Test func sectionIteratesListsAndDotIsTheItem() throws {
        #expect(try render("{{#names}}<li>{{.}}</li>{{/names}}", ["names": ["甲", "乙", "丙"]])
            == "<li>甲</li><li>乙</li><li>丙</li>")
    }

    @Test func sectionOnObjectPushesContextAndLookupWalksUp() throws {
        let value: TemplateValue = ["county": "某县", "unit": ["name": "城关镇"]]
        #expect(try render("{{#unit}}{{name}}·{{county}}{{/unit}}", value) == "城关镇·某县")
    }

    @Test func innerNamesShadowOuterOnes() throws {
        let value: TemplateValue = ["name": "外", "items": [["name": "内"], ["other": 1]]]
        #expect(try render("{{#items}}{{name}};{{/items}}", value) == "内;外;")
    }

    @Test func sectionsSkipFalsyValues() throws {
        let value: TemplateValue = ["yes": true, "no": false, "empty": [], "blank": "", "none": nil, "zero": 0, "obj": [:]]
        let template = "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#blank}}B{{/blank}}{{#none}}U{{/none}}{{#zero}}0{{/zero}}{{#obj}}O{{/obj}}"
        #expect(try render(template, value) == "Y0")
    }

    @Test func invertedSectionsRenderForFalseMissingEmpty() throws {
        let value: TemplateValue = ["yes": true, "no": false, "empty": [], "blank": "", "list": [1]]
        let template = "{{^yes}}1{{/yes}}{{^no}}2{{/no}}{{^missing}}3{{/missing}}{{^empty}}4{{/empty}}{{^blank}}5{{/blank}}{{^list}}6{{/list}}"
        #expect(try render(template, value) == "2345")
    }

    @Test func commentsRenderNothingAndMaySpanLines() throws {
        #expect(try render("a{{! 说明 }}b{{!\n多行\n}}c") == "abc")
    }

    @Test func partialsSeeTheCurrentContext() throws {
        let value: TemplateValue = ["units": [["name": "甲"], ["name": "乙"]]]
        let page = "<ul>{{#units}}{{> row}}{{/units}}</ul>"
        #expect(try render(page, value, partials: ["row": "<li>{{name}}</li>"]) == "<ul><li>甲</li><li>乙</li></ul>")
    }

    @Test func standaloneTagLinesLeaveNoBlankLines() throws {
        let page = """
        <ul>
          {{! 单位列表 }}
          {{#units}}
          <li>{{.}}</li>
          {{/units}}
          {{^units}}
          <li>无</li>
          {{/units}}
          {{> footer}}
        </ul>

        """
        let output = try render(page, ["units": ["甲", "乙"]], partials: ["footer": "<li>尾</li>\n"])
        #expect(output == "<ul>\n  <li>甲</li>\n  <li>乙</li>\n<li>尾</li>\n</ul>\n")
    }

    @Test func tagsSharingALineWithTextAreNotStandalone() throws {
        #expect(try render("a {{#x}}b{{/x}}\n", ["x": true]) == "a b\n")
        #expect(try render("{{#x}}\r\nb\r\n{{/x}}\r\n", ["x": true]) == "b\r\n")
    }

    @Test func layoutBlocksReplaceDefaults() throws {
        let set = try TemplateSet(sources: [
            "layout.html": "<title>{{$title}}默认标题{{/title}}</title>\n<main>\n{{$content}}\n{{/content}}\n</main>\n",
            "page.html": "{{< layout}}\n{{! 页面 }}\n{{$content}}\n<p>{{text}}</p>\n{{/content}}\n",
        ])
        #expect(try set.render("page", ["text": "正文"]) == "<title>默认标题</title>\n<main>\n<p>正文</p>\n</main>\n")
        #expect(try set.render("page.html", ["text": "正文"]).contains("<p>正文</p>"))
    }

    @Test func layoutBlocksReachIntoPartialsOfTheLayout() throws {
        let set = try TemplateSet(sources: [
            "layout.html": "<body>{{> header}}{{$content}}{{/content}}</body>",
            "partials/header.html": "<h1>{{$heading}}站点{{/heading}}</h1>",
            "page.html": "{{< layout}}{{$heading}}{{name}}{{/heading}}{{$content}}<p>内容</p>{{/content}}",
        ])
        #expect(try set.render("page", ["name": "统计"]) == "<body><h1>统计</h1><p>内容</p></body>")
    }

    @Test func recursivePartialsRenderTrees() throws {
        let value: TemplateValue = ["name": "县", "children": [["name": "镇", "children": [["name": "村", "children": []]]]]]
        let output = try render("{{> node}}", value, partials: ["node": "{{name}}({{#children}}{{> node}}{{/children}})"])
        #expect(output == "县(镇(村()))")
    }

    @Test func directoryLoadingFindsPagesAndPartials() throws {
        let set = try TemplateSet(directory: Fixtures.templates)
        #expect(set.names == ["layout", "unit"])
        #expect(set.partialNames == ["chart", "nav", "unit-row"])
    }
}
