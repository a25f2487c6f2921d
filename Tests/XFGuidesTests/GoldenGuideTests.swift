import Testing
import XFTestSupport
@testable import XFGuides

/// Golden files for the SVG and the outline of every shipped guide, so that any
/// change to layout or rendering shows up as a reviewable diff
/// (Tests/Golden/XFGuidesTests; re-record: `XF_RECORD_GOLDEN=1 swift test`).
/// Open the `.svg` files in a browser to look at the charts.
@Test(arguments: ShippedGuides.files().map(\.lastPathComponent))
func shippedGuideMatchesItsGoldenFiles(_ name: String) throws {
    let (guide, layout) = try ShippedGuides.laidOut(name)
    Golden.assert(GuideSVG.render(layout, idPrefix: guide.slug), named: guide.slug + ".svg")
    Golden.assert(GuideOutline.html(guide, idPrefix: guide.slug), named: guide.slug + ".html")
}
