import Testing
@testable import XFTemplates

/// A memo may only change how fast a page renders, never a byte of it.
@Suite struct RenderMemoTests {
    let templates: TemplateSet
    let shared: TemplateValue = [
        "links": [["href": "a.html", "label": "甲"], ["href": "b.html", "label": "乙"]],
        "bar": ["title": "十月"],
    ]

    init() throws {
        templates = try TemplateSet(sources: [
            "page.html": """
            <h1>{{title}}</h1>
            {{#chrome}}<ul>{{#links}}<li><a href="{{href}}">{{label}}</a></li>{{/links}}</ul>{{/chrome}}
            {{#chrome}}{{#bar}}<p>{{title}}</p>{{/bar}}{{/chrome}}
            {{#chrome}}<a href="{{prefix}}{{#bar}}{{title}}{{/bar}}">x</a>{{/chrome}}
            """,
        ])
    }

    /// The chrome shared by every page, with the page's own fields around it (as `PageModel.make`).
    func page(_ title: String, prefix: String) -> TemplateValue {
        ["title": .string(title), "chrome": shared.setting("prefix", to: .string(prefix))]
    }

    @Test func pagesRenderTheSameWithAndWithoutTheMemo() throws {
        let memo = RenderMemo(sharing: [shared])
        for (title, prefix) in [("一", "../"), ("二", "../../"), ("三", "javascript:")] {
            let plain = try templates.renderBytes("page", page(title, prefix: prefix))
            let memoised = try templates.renderBytes("page", page(title, prefix: prefix), memo: memo)
            #expect(String(decoding: memoised, as: UTF8.self) == String(decoding: plain, as: UTF8.self))
        }
    }

    /// `{{title}}` inside `{{#bar}}` is found in `bar`; the page's own `title` differs,
    /// so a section reading the page's title must not be reused.
    @Test func aSectionReadingOutsideItsValueIsNotReused() throws {
        let outer = try TemplateSet(sources: ["page.html": "{{#chrome}}{{#links}}{{title}}:{{label}};{{/links}}{{/chrome}}"])
        let memo = RenderMemo(sharing: [shared])
        let first = try outer.render("page", page("一", prefix: ""))
        _ = try outer.renderBytes("page", page("一", prefix: ""), memo: memo)
        let second = try outer.renderBytes("page", page("二", prefix: ""), memo: memo)
        #expect(first == "一:甲;一:乙;")
        #expect(String(decoding: second, as: UTF8.self) == "二:甲;二:乙;")
    }

    /// A link begun before a shared section is checked as a whole on every page:
    /// `javascript` + the section's `:alert(1)` is refused even after `ok:alert(1)` was fine.
    @Test func aLinkBegunBeforeASharedSectionIsCheckedOnEveryPage() throws {
        let shared: TemplateValue = ["bar": ["tail": ":alert(1)"]]
        let link = try TemplateSet(sources: ["page.html": "{{#chrome}}<a href=\"{{prefix}}{{#bar}}{{tail}}{{/bar}}\">x</a>{{/chrome}}"])
        let memo = RenderMemo(sharing: [shared])
        for prefix in ["ok", "javascript", "ok"] {
            let chrome: TemplateValue = ["chrome": shared.setting("prefix", to: .string(prefix))]
            let memoised = String(decoding: try link.renderBytes("page", chrome, memo: memo), as: UTF8.self)
            #expect(memoised == (try link.render("page", chrome)))
            #expect(!memoised.contains("javascript:"))
        }
    }
}
