import Testing
import XFCalendar
@testable import XFPages
import XFRecords

@Test func slugsAreSafeUniqueAndStableForHostileNames() {
    let long = String(repeating: "很长的单位名称", count: 15)
    let names = hostileNames + [long, "", "城关镇", "城关镇"]
    let slugs = ScopeSlugs.slugs(for: names, prefix: "u-")
    #expect(Set(slugs).count == names.count)
    for slug in slugs {
        #expect(slug.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D })
        #expect(slug.hasPrefix("u-"))
        #expect(slug.count <= 12)
    }
    // A repeated name gets a deterministic suffix; the first keeps the plain slug.
    #expect(slugs[names.count - 1] == slugs[names.count - 2] + "-2")
    // Stable across runs and platforms: FNV-1a 32 of the UTF-8 bytes.
    #expect(ScopeSlugs.fnv1a32("") == 0x811C_9DC5)
    #expect(ScopeSlugs.fnv1a32("a") == 0xE40C_292C)
    #expect(ScopeSlugs.slugs(for: ["a"], prefix: "u-") == ["u-e40c292c"])
    // A slug depends on the name only, not on the unit's position.
    #expect(ScopeSlugs.slugs(for: ["x", "城关镇"], prefix: "u-")[1] == ScopeSlugs.slugs(for: ["城关镇"], prefix: "u-")[0])
}

@Test func pagePathsGiveTheRootPrefixOfTheirDepth() {
    #expect(SitePaths.root(of: SitePaths.home) == "")
    #expect(SitePaths.root(of: "snapshots/2024-10/index.html") == "../../")
    #expect(SitePaths.root(of: "snapshots/2024-10/units/u-1/index.html") == "../../../../")
    // Drill-downs are files of the month's `units/` folder, not folders of their own.
    let month = Month(year: 2024, month: 10)
    #expect(SitePaths.unit(month, slug: "u-1") == "snapshots/2024-10/units/u-1.html")
    #expect(SitePaths.domain(month, slug: "d-1") == "snapshots/2024-10/domains/d-1.html")
    #expect(SitePaths.root(of: SitePaths.unit(month, slug: "u-1")) == "../../../")
}
