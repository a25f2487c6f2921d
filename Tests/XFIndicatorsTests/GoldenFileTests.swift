import Testing
import Glibc
import XFRecords
@testable import XFIndicators

/// Whole-file golden tests of indicators.csv / indicators.json for a small content
/// set. Re-record after an intended change with
/// `XF_RECORD_GOLDEN=1 swift test --filter GoldenFileTests`, then review `git diff Tests/Golden`.
@Suite struct GoldenFileTests {
    static let folder = "/" + String(#filePath).split(separator: "/").dropLast(2).joined(separator: "/") + "/Golden/indicators"

    func snapshot() -> Snapshot {
        var f = Fixture(units: ["城关镇", "东城街道,\"新区\""], domains: ["教育"], cutoff: "2024-10-15")
        f.add("1", registered: "2024-09-20", channel: .visit, persons: 6) { $0.accept("2024-10-05"); $0.isRepeated = true }
        f.add("2", registered: "2024-09-25", unit: 1, channel: .online) { $0.reject("2024-10-09") }
        f.add("3", registered: "2024-08-01") {
            $0.accept("2024-08-10"); $0.close("2024-10-09", resolved: true); $0.isFirstTime = true
            $0.rate(.satisfied, on: "2024-10-12"); $0.route = .litigation
        }
        f.add("4", registered: "2024-10-02", unit: 1, channel: .phone) { $0.isBacklog = true; $0.review = date("2024-10-14") }
        f.content.receptions = [Reception(date: date("2024-10-08"), leader: "王某", batches: 3, persons: 7, assigned: 2, unit: 0)]
        var training = Activity(date: date("2024-10-10"), title: "法宣培训", kind: .training)
        training.unit = 1
        training.trainees = 15
        training.examinees = 15
        training.passed = 14
        f.content.activities = [training]
        return f.run().latest!
    }

    @Test func csvMatchesGolden() { check(IndicatorTableWriter.csv(snapshot()), "2024-10.csv") }
    @Test func jsonMatchesGolden() { check(IndicatorTableWriter.json(snapshot()), "2024-10.json") }

    func check(_ bytes: [UInt8], _ name: String) {
        let path = Self.folder + "/" + name
        if getenv("XF_RECORD_GOLDEN") != nil {
            let file = fopen(path, "wb")!
            fwrite(bytes, 1, bytes.count, file)
            fclose(file)
        }
        guard let expected = read(path) else {
            Issue.record("missing golden file \(path); record it")
            return
        }
        if bytes != expected {
            let got = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
            let want = String(decoding: expected, as: UTF8.self).split(separator: "\n")
            let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("\(name) differs at line \((first?.offset ?? min(got.count, want.count)) + 1): got \(first.map { String($0.element.0) } ?? "-"), want \(first.map { String($0.element.1) } ?? "-")")
        }
    }

    func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while case let n = fread(&buffer, 1, buffer.count, file), n > 0 { bytes += buffer[0 ..< n] }
        return bytes
    }
}
