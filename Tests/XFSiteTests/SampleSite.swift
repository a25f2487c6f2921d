import Foundation
import XFTestSupport
import XFGuides
import XFPages
import XFRecords
@testable import XFSite

/// The sample content (`content/`) built once for all end-to-end tests, into the
/// worktree's `.build` folder (replaced atomically on every run, never piling up).
let sampleSite: Result<URL, any Error> = {
    let output = Repository.root.appendingPathComponent(".build/xf-test-sample-site")
    return Result {
        _ = try SiteBuild(content: Repository.content.path, output: output, templates: Repository.templates.path).publish()
        return output
    }
}()

/// Finds the local links and images of built pages that do not resolve to a file.
enum LinkChecker {
    struct Problem: CustomStringConvertible {
        let page: String
        let link: String
        var description: String { "\(page): \(link)" }
    }

    static let attributes = ["href=\"", "src=\""]

    /// The value of every `href` and `src` attribute in a page (SVG links included).
    static func links(in html: String) -> [String] {
        var found: [String] = []
        for attribute in attributes {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                found.append(String(after[..<end]))
                rest = after[end...]
            }
        }
        return found
    }

    static func check(site: URL) -> (checked: Int, problems: [Problem]) {
        var checked = 0
        var problems: [Problem] = []
        for page in FileTree.paths(under: site) where page.hasSuffix(".html") {
            guard let html = try? String(contentsOf: site.appendingPathComponent(page), encoding: .utf8) else {
                problems.append(Problem(page: page, link: "(无法读取)"))
                continue
            }
            let folder = site.appendingPathComponent(page).deletingLastPathComponent()
            for link in links(in: html) {
                if link.hasPrefix("#") { continue }
                if link.contains(":") || link.hasPrefix("/") {
                    problems.append(Problem(page: page, link: link + "（不是相对链接）"))
                    continue
                }
                let path = String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                let decoded = path.removingPercentEncoding ?? path
                let target = folder.appendingPathComponent(decoded).standardizedFileURL
                checked += 1
                var isFolder: ObjCBool = false
                if !FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) || isFolder.boolValue
                    || !target.path.hasPrefix(site.standardizedFileURL.path) {
                    problems.append(Problem(page: page, link: link))
                }
            }
        }
        return (checked, problems)
    }
}
