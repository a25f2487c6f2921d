import Foundation
import Testing
import XFSource
@testable import XFTemplates

@Suite struct TemplateObjectTests {
    private struct Row: TemplateModel {
        var name: String
        static let fields = TemplateFields<Row>(.field("name", \.name))
    }

    private struct Page: TemplateModel {
        var phone: String?
        var rows: [Row]
        static let fields = TemplateFields<Page>(.field("phone", \.phone), .field("rows", \.rows))
    }

    @Test func nilOptionalsAreEmptyNotMisspelt() throws {
        let set = try TemplateSet(sources: ["page.html": "[{{phone}}]{{^phone}}无电话{{/phone}}{{#rows}}{{name}}{{/rows}}"])
        #expect(try set.render("page", Page(phone: nil, rows: [Row(name: "甲")]).templateValue) == "[]无电话甲")
    }

    @Test func objectsKeepInsertionOrderAndReplaceInPlace() {
        var object = TemplateObject([("b", 1), ("a", 2)])
        object["b"] = 3
        object["c"] = 4
        object["a"] = nil
        #expect(object.keys == ["b", "c"])
        #expect(object["b"] == 3 && object["a"] == nil)
    }

    /// Built whole, a repeated key keeps its first place and its last value, as
    /// setting the fields one by one does; small and large objects alike.
    @Test func repeatedKeysKeepTheirFirstPlaceAndLastValue() {
        let small = TemplateObject([("a", 1), ("b", 2), ("a", 3)])
        #expect(small.keys == ["a", "b"] && small["a"] == 3 && small["b"] == 2)
        let large = TemplateObject((0..<20).map { ("k\($0 % 18)", TemplateValue.integer($0)) })
        #expect(large.keys.count == 18 && large.keys.first == "k0" && large["k0"] == 18 && large["k1"] == 19 && large["k17"] == 17)
    }

    /// Objects of one view-model type share one key table: a field added to one
    /// of them must not appear in the others.
    @Test func addingAFieldLeavesObjectsSharingItsKeysAlone() {
        guard case .object(var first) = Row(name: "甲").templateValue, case .object(let second) = Row(name: "乙").templateValue else {
            Issue.record("not objects")
            return
        }
        first["extra"] = 1
        first["name"] = "丙"
        #expect(first.keys == ["name", "extra"] && first["extra"] == 1 && first["name"] == "丙")
        #expect(second.keys == ["name"] && second["extra"] == nil && second["name"] == "乙")
        first["name"] = nil
        #expect(first.keys == ["extra"] && second.keys == ["name"] && Row(name: "丁").templateValue.field(named: "name", print: FieldKeys.fingerprint("name")) == "丁")
    }

    /// Small objects are searched in order, large ones through a hash index that
    /// must follow every insertion, replacement and removal.
    @Test func largeObjectsFindEveryFieldAcrossChanges() {
        var object = TemplateObject((0..<20).map { ("k\($0)", TemplateValue.integer($0)) })
        #expect(object["k0"] == 0 && object["k19"] == 19 && object["k20"] == nil)
        object["k5"] = nil
        #expect(object["k5"] == nil && object["k6"] == 6 && object["k19"] == 19)
        object["k5"] = 55
        object["k0"] = 100
        #expect(object.keys.last == "k5" && object["k5"] == 55 && object["k0"] == 100)
        #expect(object.keys.count == 20 && object.keys.first == "k0")
        var shrunk = object
        for index in 1..<20 where index != 5 { shrunk["k\(index)"] = nil }
        #expect(shrunk.keys == ["k0", "k5"] && shrunk["k5"] == 55)
    }
}

/// A view model declared through key paths, as the dashboard's are.
private struct Card: TemplateModel {
    var label: String
    var count: Int
    var note: String?
    var tags: [String]
    var chart: TrustedMarkup

    static let fields = TemplateFields<Card>(.field("label", \.label), .field("count", \.count), .field("note", \.note), .field("tags", \.tags),
                                             .field("chart", \.chart))
}

@Test func declaredFieldsGiveTheTreeInDeclarationOrder() throws {
    let card = Card(label: "受理", count: 3, note: nil, tags: ["a", "b"], chart: TrustedMarkup("<svg/>"))
    guard case .object(let object) = card.templateValue else { Issue.record("not an object"); return }
    #expect(object.keys == ["label", "count", "note", "tags", "chart"])
    #expect(object["label"] == .string("受理") && object["count"] == .integer(3) && object["note"] == .null)
    #expect(object["tags"] == .list([.string("a"), .string("b")]) && object["chart"] == .markup(TrustedMarkup("<svg/>")))
}

/// Lists of view models and of strings are kept as they are (`.rows`, `.strings`)
/// and read in place: every page must render, fail and compare exactly as from
/// the converted tree.
@Suite struct RowsReadInPlaceTests {
    private struct Link: TemplateModel {
        var label: String
        var href: String
        var tags: [String]
        /// Made anew on every read, as a computed field is.
        var marks: [String] { tags.map { $0 + "!" } }
        static let fields = TemplateFields<Link>(.field("label", \.label), .field("href", \.href), .field("tags", \.tags),
                                                 .field("marks", \.marks))
    }

    private struct Menu: TemplateModel {
        var title: String
        var links: [Link]
        var groups: [[Link]]
        static let fields = TemplateFields<Menu>(.field("title", \.title), .field("links", \.links), .field("groups", \.groups))
    }

    private let menu = Menu(title: "菜单", links: [Link(label: "甲", href: "a.html", tags: ["x", "y"]),
                                                  Link(label: "乙<", href: "javascript:b", tags: [])],
                            groups: [[Link(label: "丙", href: "c.html", tags: ["z"])], []])

    /// The same tree with every list converted, as before rows existed.
    private func converted(_ link: Link) -> TemplateValue {
        ["label": .string(link.label), "href": .string(link.href), "tags": .list(link.tags.map { .string($0) }),
         "marks": .list(link.marks.map { .string($0) })]
    }

    private var convertedMenu: TemplateValue {
        ["title": .string(menu.title), "links": .list(menu.links.map(converted)),
         "groups": .list(menu.groups.map { .list($0.map(converted)) })]
    }

    @Test func listsOfModelsAndStringsAreKeptAsThey() {
        guard case .object(let object) = menu.templateValue else { Issue.record("not an object"); return }
        guard case .rows(let rows) = object["links"] else { Issue.record("links not rows"); return }
        #expect(rows.count == 2 && rows.keys.keys == ["label", "href", "tags", "marks"])
        guard case .strings(let tags) = rows.value(at: 0, field: 2) else { Issue.record("tags not strings"); return }
        #expect(tags == ["x", "y"])
        #expect(rows.value(at: 1, of: "label", print: FieldKeys.fingerprint("label")) == "乙<")
        #expect(rows.value(at: 1, of: "nothing", print: FieldKeys.fingerprint("nothing")) == nil)
        // Compared by their items, whichever way a list is held.
        #expect(menu.templateValue == convertedMenu)
        #expect(TemplateValue.strings(["a"]) == .list(["a"]) && TemplateValue.strings(["a"]) != .list(["b"]))
        #expect(TemplateValue.strings([]) == .list([]) && TemplateValue.strings([]) != .null)
    }

    @Test func rowsRenderAsTheirObjects() throws {
        let page = """
            <h1>{{title}}</h1>{{#links}}<a href="{{href}}">{{label}}·{{title}}</a>{{#tags}}[{{.}}]{{/tags}}{{^tags}}无{{/tags}}\
            {{#marks}}{{.}}{{/marks}}{{/links}}{{^links}}空{{/links}}{{#groups}}({{#.}}{{label}}{{/.}}){{/groups}}
            """
        let fromRows = try render(page, menu.templateValue)
        #expect(fromRows == (try render(page, convertedMenu)))
        #expect(fromRows == "<h1>菜单</h1><a href=\"a.html\">甲·菜单</a>[x][y]x!y!<a href=\"#\">乙&lt;·菜单</a>无(丙)()")
        #expect(try render("{{^links}}空{{/links}}", Menu(title: "", links: [], groups: []).templateValue) == "空")
    }

    @Test func rowsFailAsTheirObjects() throws {
        for page in ["{{#links}}{{lable}}{{/links}}", "{{#links}}{{.}}{{/links}}", "{{links}}", "{{#links}}{{tags}}{{/links}}",
                     "{{#links}}{{{label}}}{{/links}}"] {
            let fromRows = try #require(renderError(page, menu.templateValue))
            let fromObjects = try #require(renderError(page, convertedMenu))
            #expect(fromRows.code == fromObjects.code)
            #expect(fromRows.rendered == fromObjects.rendered)
        }
        #expect(renderError("{{#links}}{{.}}{{/links}}", menu.templateValue)?.code == "template.not-printable")
        #expect(renderError("{{#links}}{{{label}}}{{/links}}", menu.templateValue)?.code == "template.untrusted-raw")
        #expect(renderError("{{#links}}{{lable}}{{/links}}", menu.templateValue)?.hint == "您是否想写 {{label}}？")
    }

    /// A month's chrome held as rows renders the same through the memo, and a
    /// computed list (a new array per read) is never taken for a shared one.
    @Test func sharedRowsRenderTheSameThroughTheMemo() throws {
        let set = try TemplateSet(sources: [
            "page.html": "{{heading}}{{#menu}}{{#links}}<a href=\"{{href}}\">{{label}}</a>{{#marks}}{{.}}{{/marks}}{{/links}}{{/menu}}",
        ])
        let shared = menu.templateValue
        let memo = RenderMemo(sharing: [shared])
        for heading in ["一", "二", "三"] {
            let page: TemplateValue = ["heading": .string(heading), "menu": shared]
            let memoised = try set.renderBytes("page", page, memo: memo)
            #expect(String(decoding: memoised, as: UTF8.self) == (try set.render("page", page)))
            #expect(String(decoding: memoised, as: UTF8.self) == heading + "<a href=\"a.html\">甲</a>x!y!<a href=\"#\">乙&lt;</a>")
        }
    }
}
