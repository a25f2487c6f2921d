import Foundation
import Testing
@testable import XFTemplates

@Suite struct EncoderTests {
    private enum Level: String, Encodable { case high = "高", low = "低" }

    private struct Model: Encodable {
        struct Row: Encodable { var name: String; var count: Int }
        var title: String
        var total: Int
        var share: Double
        var big: UInt64
        var small: Int8
        var urgent: Bool
        var phone: String?
        var level: Level
        var rows: [Row]
        var chart: TrustedMarkup
        var counts: [String: Int]
        var link: URL
    }

    private let model = Model(title: "总览", total: 42, share: 0.5, big: UInt64.max, small: -3, urgent: false, phone: nil,
                              level: .high, rows: [.init(name: "甲", count: 1)], chart: TrustedMarkup("<svg/>"),
                              counts: ["乙": 2, "甲": 1, "丙": 3], link: URL(string: "https://example.cn/a")!)

    @Test func structsBecomeOrderedObjects() throws {
        let value = try TemplateValueEncoder().encode(model)
        guard case .object(let object) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(object.keys == ["title", "total", "share", "big", "small", "urgent", "phone", "level", "rows", "chart", "counts", "link"])
        #expect(object["title"] == "总览")
        #expect(object["total"] == .integer(42))
        #expect(object["share"] == .decimal(0.5))
        #expect(object["big"] == .decimal(Double(UInt64.max)))
        #expect(object["small"] == .integer(-3))
        #expect(object["urgent"] == .bool(false))
        #expect(object["phone"] == .null)
        #expect(object["level"] == "高")
        #expect(object["rows"] == [["name": "甲", "count": 1]])
        #expect(object["chart"] == .markup(TrustedMarkup("<svg/>")))
        #expect(object["link"] == "https://example.cn/a")
    }

    @Test func dictionaryKeysAreSortedForStableOutput() throws {
        let value = try TemplateValueEncoder().encode(model)
        guard case .object(let object) = value, case .object(let counts)? = object["counts"] else {
            Issue.record("expected objects")
            return
        }
        #expect(counts.keys == ["丙", "乙", "甲"].sorted())
    }

    @Test func nilOptionalsAreEmptyNotMisspelt() throws {
        let set = try TemplateSet(sources: ["page.html": "[{{phone}}]{{^phone}}无电话{{/phone}}{{#rows}}{{name}}{{/rows}}"])
        #expect(try set.render("page", model: model) == "[]无电话甲")
    }

    @Test func preparedValuesPassThrough() throws {
        struct Wrapper: Encodable { var extra: TemplateValue; var items: [TemplateValue] }
        let value = try TemplateValueEncoder().encode(Wrapper(extra: ["a": 1], items: [true, nil]))
        #expect(value == ["extra": ["a": 1], "items": [true, nil]])
    }

    @Test func objectsKeepInsertionOrderAndReplaceInPlace() {
        var object = TemplateObject([("b", 1), ("a", 2)])
        object["b"] = 3
        object["c"] = 4
        object["a"] = nil
        #expect(object.keys == ["b", "c"])
        #expect(object["b"] == 3 && object["a"] == nil)
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

@Test func declaredFieldsGiveTheTreeInDeclarationOrderAndEncodeTheSame() throws {
    let card = Card(label: "受理", count: 3, note: nil, tags: ["a", "b"], chart: TrustedMarkup("<svg/>"))
    guard case .object(let object) = card.templateValue else { Issue.record("not an object"); return }
    #expect(object.keys == ["label", "count", "note", "tags", "chart"])
    #expect(object["label"] == .string("受理") && object["count"] == .integer(3) && object["note"] == .null)
    #expect(object["tags"] == .list([.string("a"), .string("b")]) && object["chart"] == .markup(TrustedMarkup("<svg/>")))
    // Nested in a plain Encodable model, the encoder takes the prepared tree as it is.
    struct Page: Encodable { var card: Card }
    let page = try TemplateValueEncoder().encode(Page(card: card))
    #expect(page == .object(TemplateObject([("card", card.templateValue)])))
}
