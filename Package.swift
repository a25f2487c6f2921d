// swift-tools-version:6.0
// XinfangSite: a static dashboard site builder for petition bureaus.
// The targets follow the pipeline, one module per stage, in a one-way flow:
//   XFCalendar (civil dates and months, the day count; depends on nothing)
//   XFSource (files, text decoding, diagnostics and their codes, carets)
//   → XFTable (bytes → rows), XFWorkbook (.xlsx/.xls → rows; with XFZip, the ZIP
//     pieces documents share) → XFRecords (rows → domain records)
//   → XFIndicators (records → figures per snapshot; the indicators.csv format; the revision log)
//   → XFCharts / XFGuides / XFQRCode (with XFText: CJK text width, wrapping,
//     escaping, the SVG writer) (figures, guide sources, addresses → SVG)
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
        .target(name: "XFText"),
        .target(name: "XFCalendar"),
        .target(name: "XFSource", dependencies: ["XFText"]),
        .target(name: "XFTable", dependencies: ["XFSource"]),
        // The ZIP container's shared pieces (CRC-32, the stored-entry writer) for reading workbooks and writing documents.
        .target(name: "XFZip"),
        .target(name: "XFWorkbook", dependencies: ["XFCalendar", "XFSource", "XFZip"]),
        .target(name: "XFRecords", dependencies: ["XFCalendar", "XFSource", "XFTable", "XFWorkbook"]),
        .target(name: "XFIndicators", dependencies: ["XFCalendar", "XFSource", "XFTable", "XFRecords"]),
        .target(name: "XFCharts", dependencies: ["XFText"]),
        .target(name: "XFGuides", dependencies: ["XFSource", "XFText"]),
        .target(name: "XFQRCode", dependencies: ["XFText"]),
        .target(name: "XFTemplates", dependencies: ["XFSource", "XFText"]),
        .target(name: "XFDocuments", dependencies: ["XFZip"]),
        .target(name: "XFPages", dependencies: ["XFCalendar", "XFSource", "XFRecords", "XFIndicators", "XFCharts",
                                                "XFGuides", "XFQRCode", "XFTemplates", "XFText", "XFDocuments"]),
        .target(name: "XFPublish", dependencies: ["XFSource"]),
        // The default templates and guides, generated into Swift at build time.
        .target(name: "XFBuiltin", plugins: ["EmbedFiles"]),
        .plugin(name: "EmbedFiles", capability: .buildTool(), path: "Sources/EmbedFilesPlugin"),
        .target(name: "XFSite", dependencies: ["XFCalendar", "XFSource", "XFText", "XFTable", "XFWorkbook", "XFRecords", "XFIndicators", "XFGuides", "XFTemplates",
                                               "XFPages", "XFPublish", "XFBuiltin"]),
        .executableTarget(name: "xfsite", dependencies: ["XFSite"]),
        .executableTarget(name: "xfsite-sample", dependencies: ["XFCalendar", "XFRecords"]),
        .executableTarget(name: "xfsite-bench", dependencies: ["XFSource", "XFRecords", "XFIndicators", "XFPages", "XFPublish", "XFSite"]),

        // Shared by the test targets only: golden files, external tools, temporary
        // folders, seeded randomness, date literals.
        .target(name: "XFTestSupport", dependencies: ["XFCalendar", "XFRecords"], path: "Tests/XFTestSupport"),
        .testTarget(name: "XFSourceTests", dependencies: ["XFSource"]),
        .testTarget(name: "XFTableTests", dependencies: ["XFSource", "XFTable", "XFTestSupport"]),
        .testTarget(name: "XFTextTests", dependencies: ["XFText"]),
        .testTarget(name: "XFWorkbookTests", dependencies: ["XFSource", "XFZip", "XFWorkbook", "XFTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "XFRecordsTests", dependencies: ["XFCalendar", "XFSource", "XFTable", "XFZip", "XFWorkbook", "XFRecords", "XFTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "XFQRCodeTests", dependencies: ["XFQRCode"]),
        .testTarget(name: "XFIndicatorsTests", dependencies: ["XFCalendar", "XFSource", "XFRecords", "XFIndicators", "XFTestSupport"]),
        .testTarget(name: "XFChartsTests", dependencies: ["XFText", "XFCharts", "XFTestSupport"]),
        .testTarget(name: "XFGuidesTests", dependencies: ["XFSource", "XFText", "XFGuides", "XFTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "XFTemplatesTests", dependencies: ["XFSource", "XFTemplates", "XFTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "XFDocumentsTests", dependencies: ["XFZip", "XFDocuments", "XFTestSupport"]),
        .testTarget(name: "XFPagesTests", dependencies: ["XFCalendar", "XFRecords", "XFIndicators", "XFPages", "XFTestSupport"]),
        .testTarget(name: "XFSiteTests", dependencies: ["XFCalendar", "XFSource", "XFTable", "XFRecords", "XFIndicators", "XFGuides", "XFPages", "XFDocuments",
                                                        "XFPublish", "XFBuiltin", "XFSite",
                                                        "XFTestSupport"]),
    ]
)
// Each file imports every module whose declarations it uses, members included
// (SE-0444), so nothing reaches a module through another one's imports and the
// lists above are exactly what each module imports (checked by ModuleMapTests).
for target in package.targets where target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
