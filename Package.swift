// swift-tools-version:6.0
// XinfangSite: a static dashboard site builder for petition bureaus.
// The targets follow the pipeline, one module per stage, in a one-way flow:
//   XFTable (bytes → rows) → XFRecords (rows → domain records)
//   → XFIndicators (records → figures per snapshot)
//   → XFCharts / XFGuides (with XFText: CJK text width, wrapping, escaping)
//     (figures and guide sources → SVG)
//   → XFTemplates + XFPages (view models → HTML), XFDocuments (document model → .docx)
//   → XFPublish (atomic write)
// XFSite holds the commands; the `xfsite` executable is a thin shell over it.
import PackageDescription

let package = Package(
    name: "xfsite",
    products: [
        .executable(name: "xfsite", targets: ["xfsite"]),
        .library(name: "XFSite", targets: ["XFSite"]),
    ],
    targets: [
        .target(name: "XFTable"),
        .target(name: "XFText"),
        .target(name: "XFRecords", dependencies: ["XFTable"]),
        .target(name: "XFIndicators", dependencies: ["XFRecords"]),
        .target(name: "XFCharts", dependencies: ["XFText"]),
        .target(name: "XFGuides", dependencies: ["XFTable", "XFText"]),
        .target(name: "XFTemplates", dependencies: ["XFTable", "XFText"]),
        .target(name: "XFDocuments"),
        .target(name: "XFPages", dependencies: ["XFIndicators", "XFCharts", "XFGuides", "XFTemplates", "XFDocuments"]),
        .target(name: "XFPublish", dependencies: ["XFTable"]),
        .target(name: "XFSite", dependencies: ["XFRecords", "XFIndicators", "XFGuides", "XFPages", "XFPublish"]),
        .executableTarget(name: "xfsite", dependencies: ["XFSite"]),
        .executableTarget(name: "xfsite-sample", dependencies: ["XFRecords"]),
        .executableTarget(name: "xfsite-bench", dependencies: ["XFSite"]),

        // Shared by the test targets only: golden files, external tools, temporary
        // folders, seeded randomness, date literals.
        .target(name: "XFTestSupport", dependencies: ["XFRecords"], path: "Tests/XFTestSupport"),
        .testTarget(name: "XFTableTests", dependencies: ["XFTable", "XFTestSupport"]),
        .testTarget(name: "XFTextTests", dependencies: ["XFText", "XFTestSupport"]),
        .testTarget(name: "XFRecordsTests", dependencies: ["XFRecords", "XFTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "XFIndicatorsTests", dependencies: ["XFIndicators", "XFTestSupport"]),
        .testTarget(name: "XFChartsTests", dependencies: ["XFCharts", "XFTestSupport"]),
        .testTarget(name: "XFGuidesTests", dependencies: ["XFGuides", "XFTestSupport"]),
        .testTarget(name: "XFTemplatesTests", dependencies: ["XFTemplates", "XFTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "XFDocumentsTests", dependencies: ["XFDocuments", "XFTestSupport"]),
        .testTarget(name: "XFPagesTests", dependencies: ["XFPages", "XFTestSupport"]),
        .testTarget(name: "XFSiteTests", dependencies: ["XFSite", "XFTestSupport"]),
    ]
)
