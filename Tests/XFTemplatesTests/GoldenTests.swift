import Foundation
import Testing
import XFTestSupport
@testable import XFTemplates

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let templates = folder.appendingPathComponent("site-templates").path
}

/// A typed view model as XFPages passes it: declared fields.
private struct UnitPage: TemplateModel {
    struct Link: TemplateModel {
        var href: String; var label: String; var current: Bool
        static let fields = TemplateFields<Link>(.field("href", \.href), .field("label", \.label), .field("current", \.current))
    }
    struct Unit: TemplateModel {
        var name: String
        static let fields = TemplateFields<Unit>(.field("name", \.name))
    }
    struct Row: TemplateModel {
        var name: String; var slug: String; var cases: Int; var rate: String?
        static let fields = TemplateFields<Row>(.field("name", \.name), .field("slug", \.slug), .field("cases", \.cases),
                                                .field("rate", \.rate))
    }
    var root: String
    var nav: [Link]
    var unit: Unit
    var chart: TrustedMarkup
    var caption: String
    var rows: [Row]

    static let fields = TemplateFields<UnitPage>(.field("root", \.root), .field("nav", \.nav), .field("unit", \.unit),
                                                 .field("chart", \.chart), .field("caption", \.caption), .field("rows", \.rows))
}

private let model = UnitPage(
    root: "../",
    nav: [.init(href: "../index.html", label: "总览", current: false),
          .init(href: "javascript:alert(1)", label: "<script>alert(1)</script>", current: true)],
    unit: .init(name: "城关镇 \"东区\" & 西区"),
    chart: TrustedMarkup("<svg viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"4\"/></svg>"),
    caption: "受理量 ]]> 同比",
    rows: [.init(name: "东关村", slug: "东关 村", cases: 12, rate: "75%"),
           .init(name: "西街社区", slug: "../x\"onmouseover=", cases: 3, rate: nil)])

/// Renders the fixture site's unit page and compares it byte for byte with
/// Tests/Golden/XFTemplatesTests/unit.html (re-record: `XF_RECORD_GOLDEN=1 swift test`).
@Test func unitPageMatchesGolden() throws {
    let set = try TemplateSet(directory: Fixtures.templates)
    Golden.assert(try set.render("unit", model.templateValue), named: "unit.html")
}
