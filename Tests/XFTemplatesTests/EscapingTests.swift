import Testing
import XFSource
@testable import XFTemplates

/// Each context gets its own rule; every test feeds the same hostile strings.
@Suite struct EscapingTests {
    static let script = "<script>alert(1)</script>"
    static let breakout = "\"onmouseover=alert(1) x=\""
    static let jsURL = "javascript:alert(1)"
    static let entity = "&amp;"
    static let cdataEnd = "]]>"
    static let traversal = "../"

    static var hostile: TemplateValue {
        ["s": .string(script), "q": .string(breakout), "j": .string(jsURL), "e": .string(entity),
         "c": .string(cdataEnd), "t": .string(traversal)]
    }

    @Test func htmlText() throws {
        #expect(try render("<p>{{s}}|{{q}}|{{j}}|{{e}}|{{c}}|{{t}}</p>", Self.hostile)
            == "<p>&lt;script&gt;alert(1)&lt;/script&gt;|\"onmouseover=alert(1) x=\"|javascript:alert(1)|&amp;amp;|]]&gt;|../</p>")
    }

    @Test func attributeValuesInEitherQuote() throws {
        #expect(try render("<p title=\"{{s}}\" class='{{q}}' data-x=\"{{e}}{{c}}{{t}}\">", Self.hostile)
            == "<p title=\"&lt;script&gt;alert(1)&lt;/script&gt;\" class='&quot;onmouseover=alert(1) x=&quot;' data-x=\"&amp;amp;]]&gt;../\">")
    }

    @Test func urlAttributesRefuseScriptSchemes() throws {
        let value: TemplateValue = ["j": .string(Self.jsURL), "upper": " JavaScript:alert(1)", "data": "data:text/html,<b>",
                                    "vb": "vbscript:msgbox", "half": "script:alert(1)", "ok": "https://example.cn/a b?q=1&r=2"]
        #expect(try render("<a href=\"{{j}}\">", value) == "<a href=\"#\">")
        #expect(try render("<a href=\"{{upper}}\">", value) == "<a href=\"#\">")
        #expect(try render("<img src=\"{{data}}\">", value) == "<img src=\"#\">")
        #expect(try render("<form action=\"{{vb}}\">", value) == "<form action=\"#\">")
        // The scheme is judged on the whole value: static `java` plus a variable.
        #expect(try render("<a href=\"java{{half}}\">", value) == "<a href=\"java#\">")
        #expect(try render("<a href=\"{{ok}}\">", value) == "<a href=\"https://example.cn/a%20b?q=1&amp;r=2\">")
        // Schemes of every length up to the 16 bytes read, and past them: only the three are refused.
        for (scheme, refused) in [("javascrip", false), ("javascriptx", false), ("vbscript", true), ("xdata", false), ("DATA", true),
                                  ("aaaaaaaaaaaaaaaa", false), ("javascriptjavascript", false), ("", false)] {
            #expect(try render("<a href=\"{{u}}\">", ["u": .string(scheme + ":x")]) == (refused ? "<a href=\"#\">" : "<a href=\"\(scheme):x\">"))
        }
        // After a path the same text is harmless and stays.
        #expect(try render("<a href=\"/search?q={{j}}\">", value) == "<a href=\"/search?q=javascript:alert(1)\">")
    }

    @Test func urlAttributesPercentEncodeUnsafeBytes() throws {
        #expect(try render("<a href='{{s}}'>", Self.hostile) == "<a href='%3Cscript%3Ealert(1)%3C/script%3E'>")
        #expect(try render("<a href=\"{{q}}\">", Self.hostile) == "<a href=\"%22onmouseover=alert(1)%20x=%22\">")
        #expect(try render("<a href=\"{{t}}{{e}}\">", Self.hostile) == "<a href=\"../&amp;amp;\">")
        #expect(try render("<a href=\"{{p}}\">", ["p": "50%25 和 100%"]) == "<a href=\"50%25%20%E5%92%8C%20100%25\">")
    }

    @Test func svgTextAndAttributesDropXMLForbiddenCharacters() throws {
        let value: TemplateValue = ["s": .string(Self.script), "c": .string(Self.cdataEnd), "q": .string(Self.breakout),
                                    "ctl": "a\u{01}b\u{0B}c\u{FFFE}d\te", "j": .string(Self.jsURL)]
        let page = "<svg><text x=\"{{q}}\">{{s}}{{c}}{{ctl}}</text><a xlink:href=\"{{j}}\"><title data-c=\"{{ctl}}\"/></a></svg><p>{{ctl}}</p>"
        #expect(try render(page, value) == "<svg><text x=\"&quot;onmouseover=alert(1) x=&quot;\">&lt;script&gt;alert(1)&lt;/script&gt;]]&gt;abcd\te</text>"
            + "<a xlink:href=\"#\"><title data-c=\"abcd\te\"/></a></svg><p>a\u{01}b\u{0B}c\u{FFFE}d\te</p>")
    }

    @Test func trustedMarkupIsTheOnlyRawOutput() throws {
        let svg = TrustedMarkup("<svg><rect/></svg>")
        #expect(try render("<div>{{{chart}}}{{& chart}}</div>", ["chart": .markup(svg)]) == "<div><svg><rect/></svg><svg><rect/></svg></div>")
        let plain = renderError("<div>\n  {{{chart}}}</div>", ["chart": .string(Self.script)])
        #expect(plain?.code == "template.untrusted-raw")
        #expect(plain?.line == 2 && plain?.column == 6)
        #expect(plain?.message == "{{{chart}}} 只能输出 TrustedMarkup 值，这里的值是文字")
        let escaped = renderError("{{chart}}", ["chart": .markup(svg)])
        #expect(escaped?.code == "template.markup-escaped")
        #expect(renderError("<p title=\"{{{chart}}}\">", ["chart": .markup(svg)])?.code == "template.markup-outside-text")
    }

    @Test func variablesWhereEscapingCannotHelpAreParseErrors() {
        #expect(renderError("<script>var x = \"{{s}}\";</script>")?.code == "template.variable-in-script")
        #expect(renderError("<STYLE>p { color: {{c}} }</STYLE>")?.code == "template.variable-in-script")
        #expect(renderError("<p class={{c}}>")?.code == "template.unquoted-attribute")
        #expect(renderError("<p class=x{{c}}>")?.code == "template.unquoted-attribute")
        #expect(renderError("<{{tag}}>")?.code == "template.variable-in-tag")
        #expect(renderError("<p {{attrs}}>")?.code == "template.variable-in-tag")
        #expect(renderError("<p onclick=\"go('{{x}}')\">")?.code == "template.variable-in-event")
        #expect(renderError("<!-- {{x}} -->")?.code == "template.variable-in-comment")
    }

    @Test func afterScriptAndStyleTheTextContextResumes() throws {
        #expect(try render("<script>if (a<b) {}</script><p>{{s}}</p>", Self.hostile)
            == "<script>if (a<b) {}</script><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
        #expect(try render("<style>p{}</style >{{c}}", Self.hostile) == "<style>p{}</style >]]&gt;")
    }

    @Test func conditionalAttributesAreAllowedInsideTags() throws {
        let page = "<a href=\"x\"{{#current}} aria-current=\"page\"{{/current}} class=\"{{#on}}on{{/on}}\">"
        #expect(try render(page, ["current": true, "on": false]) == "<a href=\"x\" aria-current=\"page\" class=\"\">")
    }

    @Test func sectionsMayNotCrossMarkupBoundaries() {
        #expect(renderError("{{#x}}<p class=\"{{/x}}\">")?.code == "template.section-crosses-markup")
        #expect(renderError("<p title=\"{{#x}}a\" class=\"{{/x}}\">")?.code == "template.section-crosses-markup")
    }
}

@Test func partialsIncludedUnderSVGFollowXMLRules() throws {
    let page = "<svg>{{> label}}</svg>{{> label}}"
    let output = try render(page, ["t": "a\u{01}<b>"], partials: ["label": "<text>{{t}}</text>"])
    #expect(output == "<svg><text>a&lt;b&gt;</text></svg><text>a\u{01}&lt;b&gt;</text>")
}
