// swift-tools-version:6.0
// XinfangSite: a static dashboard site builder for petition bureaus.
// The targets follow the pipeline, one module per stage, in a one-way flow:
//   XFTable (bytes → rows) → XFRecords (rows → domain records)
//   → XFIndicators (records → figures per snapshot)
//   → XFCharts / XFGuides / XFQRCode (with XFText: CJK text width, wrapping,
//     escaping, the SVG writer) (figures, guide sources, addresses → SVG)
//   → XFTemplates + XFPages (view models → HTML) → XFPublish (atomic write)
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
        .target(name: "XFQRCode", dependencies: ["XFText"]),
        .target(name: "XFTemplates", dependencies: ["XFTable", "XFText"]),
        .target(name: "XFPages", dependencies: ["XFIndicators", "XFCharts", "XFGuides", "XFQRCode", "XFTemplates"]),
        .target(name: "XFPublish", dependencies: ["XFTable"]),
        .target(name: "XFSite", dependencies: ["XFRecords", "XFIndicators", "XFGuides", "XFPages", "XFPublish"]),
        .executableTarget(name: "xfsite", dependencies: ["XFSite"]),
        .executableTarget(name: "xfsite-sample", dependencies: ["XFRecords"]),
        .executableTarget(name: "xfsite-bench", dependencies: ["XFSite"]),

        .testTarget(name: "XFTableTests", dependencies: ["XFTable"]),
        .testTarget(name: "XFTextTests", dependencies: ["XFText"]),
        .testTarget(name: "XFRecordsTests", dependencies: ["XFRecords"], exclude: ["Fixtures"]),
        .testTarget(name: "XFIndicatorsTests", dependencies: ["XFIndicators"]),
        .testTarget(name: "XFChartsTests", dependencies: ["XFCharts"], exclude: ["Golden"]),
        .testTarget(name: "XFGuidesTests", dependencies: ["XFGuides"], exclude: ["Fixtures"]),
        .testTarget(name: "XFQRCodeTests", dependencies: ["XFQRCode"]),
        .testTarget(name: "XFTemplatesTests", dependencies: ["XFTemplates"], exclude: ["Fixtures"]),
        .testTarget(name: "XFPagesTests", dependencies: ["XFPages"]),
        .testTarget(name: "XFSiteTests", dependencies: ["XFSite"]),
    ]
)
