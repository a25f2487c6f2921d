import XFTemplates

/// One page of the dashboard as a value: where it lives, which template shows it,
/// and the model it shows. Pages compute; the `Renderer` writes.
protocol DashboardPage {
    associatedtype Model: TemplateRepresentable
    /// The template in `site-templates/` (without `.html`).
    static var template: String { get }
    /// Inside `intranet/`.
    var path: String { get }
    func model() -> Model
}

extension DashboardPage {
    /// `../` from this page back to `intranet/`: every link on it starts with this.
    var root: String { SitePaths.root(of: path) }
}

/// A page's top-level template values: its chrome (which holds `root`), the band
/// legend every page may show, then the page's own fields, each named once here.
enum PageModel {
    static func make(_ chrome: PageChrome, _ fields: KeyValuePairs<String, any TemplateRepresentable>) -> TemplateValue {
        make(chrome: chrome.templateValue, fields)
    }

    /// With the chrome already a template value (shared by a month's drill-downs).
    static func make(chrome: TemplateValue, _ fields: KeyValuePairs<String, any TemplateRepresentable>) -> TemplateValue {
        // Built whole: one key table per page, not one per added field.
        var all: [(String, TemplateValue)] = [("chrome", chrome), ("legend", BandLegend.value)]
        all.reserveCapacity(fields.count + 2)
        for (key, value) in fields { all.append((key, value.templateValue)) }
        return .object(TemplateObject(all))
    }
}
