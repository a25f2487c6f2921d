// swift-tools-version:6.0
// XinfangSite: a static dashboard site builder for petition bureaus.
// The targets follow the pipeline, one module per stage, in a one-way flow:
//   XFCalendar (civil dates and months; depends on nothing), XFVocabulary (the
//   closed lists of DATA.md: 信访形式, 单位类型, …; depends on nothing)
//   → XFSource (files, text decoding, diagnostics and their codes, carets, the load report)
//   → XFTable (bytes → rows), XFWorkbook (.xlsx/.xls → rows; with XFZip, the ZIP
//     pieces documents share), XFSettings (site.toml → settings)
//   → XFRecords (rows → domain records; the content)
//   → XFIndicators (records → figures per snapshot; the facts pages show of the content;
//     the indicators.csv format; the revision log)
//   → XFCharts / XFGuides / XFQRCode (with XFText: CJK text width, wrapping,
//     escaping, the SVG writer) (figures, guide sources, addresses → SVG)
//   → XFTemplates + XFPages (view models → HTML; never the records: no XFRecords,
//     no XFTable), XFDocuments (document model → .docx)
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
        .target(name: "XFSource", dependencies: ["XFCalendar", "XFText"]),
        .target(name: "XFVocabulary"),
        .target(name: "XFTable", dependencies: ["XFSource"]),
        .target(name: "XFSettings", dependencies: ["XFCalendar", "XFSource"]),
        // The ZIP container's shared pieces (CRC-32, the stored-entry writer) for reading workbooks and writing documents.
        .target(name: "XFZip"),
        .target(name: "XFWorkbook", dependencies: ["XFCalendar", "XFSource", "XFZip"]),
        .target(name: "XFRecords", dependencies: ["XFCalendar", "XFSource", "XFSettings", "XFVocabulary", "XFTable", "XFWorkbook"]),
        .target(name: "XFIndicators", dependencies: ["XFCalendar", "XFSource", "XFSettings", "XFVocabulary", "XFTable", "XFRecords"]),
        .target(name: "XFCharts", dependencies: ["XFText"]),
        .target(name: "XFGuides", dependencies: ["XFSource", "XFText"]),
        .target(name: "XFQRCode", dependencies: ["XFText"]),
        .target(name: "XFTemplates", dependencies: ["XFSource", "XFText"]),
        .target(name: "XFDocuments", dependencies: ["XFZip"]),
        .target(name: "XFPages", dependencies: ["XFCalendar", "XFSource", "XFSettings", "XFVocabulary", "XFIndicators", "XFCharts", "XFGuides", "XFQRCode", "XFTemplates", "XFText", "XFDocuments"]),
        .target(name: "XFPublish", dependencies: ["XFSource"]),
        // The default templates and guides, generated into Swift at build time.
        .target(name: "XFBuiltin", plugins: ["EmbedFiles"]),
        .plugin(name: "EmbedFiles", capability: .buildTool(), path: "Sources/EmbedFilesPlugin"),
        .target(name: "XFSite", dependencies: ["XFCalendar", "XFSource", "XFSettings", "XFVocabulary", "XFText", "XFTable", "XFWorkbook", "XFRecords", "XFIndicators", "XFGuides", "XFTemplates", "XFPages", "XFPublish", "XFBuiltin"]),
        .executableTarget(name: "xfsite", dependencies: ["XFSite"]),
        .executableTarget(name: "xfsite-sample", dependencies: ["XFCalendar", "XFRecords"]),
        .executableTarget(name: "xfsite-bench", dependencies: ["XFSource", "XFRecords", "XFIndicators", "XFPages", "XFPublish", "XFSite"]),

        // Shared by the test targets only: golden files, external tools, temporary
        // folders, seeded randomness, date literals.
        .target(name: "XFTestSupport", dependencies: ["XFCalendar", "XFRecords", "XFVocabulary"], path: "Tests/XFTestSupport"),
        .testTarget(name: "XFSourceTests", dependencies: ["XFSource"]),
        .testTarget(name: "XFTableTests", dependencies: ["XFSource", "XFTable", "XFTestSupport"]),
        .testTarget(name: "XFTextTests", dependencies: ["XFText"]),
        .testTarget(name: "XFWorkbookTests", dependencies: ["XFSource", "XFZip", "XFWorkbook", "XFTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "XFRecordsTests", dependencies: ["XFCalendar", "XFSettings", "XFVocabulary", "XFSource", "XFTable", "XFZip", "XFWorkbook", "XFRecords", "XFTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "XFQRCodeTests", dependencies: ["XFQRCode"]),
        .testTarget(name: "XFIndicatorsTests", dependencies: ["XFCalendar", "XFSettings", "XFVocabulary", "XFSource", "XFRecords", "XFIndicators", "XFTestSupport"]),
        .testTarget(name: "XFChartsTests", dependencies: ["XFText", "XFCharts", "XFTestSupport"]),
        .testTarget(name: "XFGuidesTests", dependencies: ["XFSource", "XFText", "XFGuides", "XFTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "XFTemplatesTests", dependencies: ["XFSource", "XFTemplates", "XFTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "XFDocumentsTests", dependencies: ["XFZip", "XFDocuments", "XFTestSupport"]),
        .testTarget(name: "XFPagesTests", dependencies: ["XFCalendar", "XFSettings", "XFVocabulary", "XFRecords", "XFIndicators", "XFPages", "XFTestSupport"]),
        .testTarget(name: "XFSiteTests", dependencies: ["XFCalendar", "XFSettings", "XFVocabulary", "XFSource", "XFTable", "XFRecords", "XFIndicators", "XFGuides", "XFPages", "XFDocuments", "XFPublish", "XFBuiltin", "XFSite", "XFTestSupport"]),
    ]
)
// Each file imports every module whose declarations it uses, members included
// (SE-0444), so nothing reaches a module through another one's imports and the
// lists above are exactly what each module imports (checked by ModuleMapTests).
for target in package.targets where target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
