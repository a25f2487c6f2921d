@testable import XFTemplates

/// Renders one page template, with optional partials, for syntax and escaping tests.
func render(_ page: String, _ value: TemplateValue = [:], partials: [String: String] = [:]) throws(TemplateError) -> String {
    var sources = ["page.html": page]
    for (name, text) in partials { sources["partials/\(name).html"] = text }
    return try TemplateSet(sources: sources).render("page", value)
}

/// The error a template or its rendering produces, or nil when it succeeds.
func renderError(_ page: String, _ value: TemplateValue = [:], partials: [String: String] = [:]) -> TemplateError? {
    do {
        _ = try render(page, value, partials: partials)
        return nil
    } catch {
        return error
    }
}
