import Foundation
import Testing
@testable import XFCharts

/// Golden SVG files, one per chart type, in Tests/XFChartsTests/Golden.
/// Re-record after an intended change with:
///     XF_RECORD_GOLDEN=1 swift test --filter XFChartsTests.GoldenTests
/// then review `git diff Tests/XFChartsTests/Golden`.
struct GoldenTests {
    @Test func sparkline() throws { try assertGolden("sparkline", Sparkline.render(Fixtures.sparklineInput(), idPrefix: "kpi-ontime").svg) }
    @Test func trend() throws { try assertGolden("trend", TrendChart.render(Fixtures.trendInput(), idPrefix: "trend-ontime").svg) }
    @Test func stacked() throws { try assertGolden("stacked", StackedBarChart.render(Fixtures.stackedInput(), idPrefix: "channels").svg) }
    @Test func ranked() throws { try assertGolden("ranked", RankedBarChart.render(Fixtures.rankedInput(), idPrefix: "rank-ontime").svg) }
    @Test func donut() throws { try assertGolden("donut", DonutChart.render(Fixtures.donutInput(), idPrefix: "domains").svg) }
    @Test func heat() throws { try assertGolden("heat", HeatGrid.render(Fixtures.heatInput(), idPrefix: "heat-ontime").svg) }
}

func assertGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let file = folder.appendingPathComponent(name + ".svg")
    let recording = ProcessInfo.processInfo.environment["XF_RECORD_GOLDEN"] == "1"
    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
        if !recording {
            Issue.record("Golden file \(name).svg was missing and has been recorded; review it and run again.", sourceLocation: sourceLocation)
        }
        return
    }
    guard expected != actual else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
    let want = line < expectedLines.count ? String(expectedLines[line]) : "(end of file)"
    let got = line < actualLines.count ? String(actualLines[line]) : "(end of file)"
    Issue.record("\(name).svg differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\nRe-record with XF_RECORD_GOLDEN=1 if the change is intended.", sourceLocation: sourceLocation)
}
