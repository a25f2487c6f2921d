import Foundation
import XFSource
import XFTestSupport
@testable import XFRecords

let fixtures = Repository.recordFixtures

/// A content folder written into a fresh temporary directory.
struct TemporaryContent {
    let folder: TemporaryFolder
    var url: URL { folder.url }

    init(_ files: [String: String]) throws {
        folder = try TemporaryFolder("content")
        for (path, text) in files { try folder.write(path, text) }
    }

    func write(_ path: String, _ data: Data) throws { try folder.write(path, data) }

    func load() -> ContentLoader.Result { ContentLoader(directory: url).load() }
}

let caseHeader = "信访件编号,登记日期,信访形式,人数,内容分类,问题领域,责任单位,受理情况,受理日期,办结日期,评价,评价日期"
let unitsCSV = "名称,类型\n城关镇,镇街\n东关街道,镇街\n区人社局,部门\n"

extension Diagnostic {
    /// `code@line/column`, compact for assertions.
    var brief: String { "\(code)@\(location.line)/\(location.column ?? "-")" }
}
