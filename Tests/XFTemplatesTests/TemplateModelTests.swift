import Foundation
import Testing
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
