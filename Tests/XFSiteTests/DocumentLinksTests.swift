import Foundation
import Testing
import XFTestSupport

/// What a user reads lives in the repository: nothing in the README, docs/ or
/// content/ points outside it (the implementers' contract in ../shared is not
/// shipped), and every docs/*.md the README names exists.
struct DocumentLinksTests {
    func texts() -> [(path: String, text: String)] {
        var found = [("README.md", (try? String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? "")]
        for folder in ["docs", "content"] {
            for path in FileTree.paths(under: Repository.root.appendingPathComponent(folder))
            where [".md", ".toml", ".guide", ".txt"].contains(where: path.hasSuffix) {
                let url = Repository.root.appendingPathComponent(folder).appendingPathComponent(path)
                found.append(("\(folder)/\(path)", (try? String(contentsOf: url, encoding: .utf8)) ?? ""))
            }
        }
        return found
    }

    @Test func noDocumentPointsOutsideTheRepository() {
        let outside = texts().filter { $0.text.contains("../shared") || $0.text.contains("shared/spec") }.map(\.path)
        #expect(outside == [])
    }

    @Test func theDataContractIsInTheRepository() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("docs/DATA.md"))
        let data = try String(contentsOf: Repository.root.appendingPathComponent("docs/DATA.md"), encoding: .utf8)
        for column in ["信访件编号", "登记日期", "受理日期", "办结日期", "接访领导", "活动名称", "allowed_numbers"] {
            #expect(data.contains(column), "docs/DATA.md names \(column)")
        }
    }
}
