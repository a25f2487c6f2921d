import Foundation
import Testing
import XFTestSupport
@testable import XFPublish

/// The staging folder's writing threads (one folder per thread at a time) and
/// the removal of the old `site.previous` beside the swap.
struct StagedPublishTests {
    /// Files over many folders, some written twice, in an order that mixes folders.
    func files(round: Int) -> [(String, [UInt8])] {
        var files: [(String, [UInt8])] = []
        for index in 0..<600 {
            let folder = ["", "a", "a/b", "c/d/e", "f\(index % 7)"][index % 5]
            let name = (folder.isEmpty ? "" : folder + "/") + "file-\(index % 450).txt"
            files.append((name, Array("\(round):\(index):".utf8) + [UInt8](repeating: UInt8(index % 251), count: index * 37 % 9000)))
        }
        return files
    }

    func publish(_ files: [(String, [UInt8])], to output: URL) throws {
        let staging = try SiteStaging(output: output)
        for (path, bytes) in files { try staging.write(try #require(OutputPath(path)), bytes) }
        try staging.commit()
    }

    /// What a folder should hold: the last bytes written at each path.
    func expected(_ files: [(String, [UInt8])]) -> [String: Data] {
        var tree: [String: Data] = [:]
        for (path, bytes) in files { tree[path] = Data(bytes) }
        return tree
    }

    /// The flush behind the steps: one at a time, and the asks that come while
    /// one runs make exactly one more (the files they stand for are flushed).
    @Test func flushesAskedForWhileOneRunsMakeOneMore() {
        final class Count: @unchecked Sendable {
            private let lock = NSLock()
            private var value = 0
            func add() { lock.lock(); value += 1; lock.unlock() }
            var now: Int { lock.lock(); defer { lock.unlock() }; return value }
        }
        let count = Count()
        let gate = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        let flush = FlushBehind {
            count.add()
            gate.wait()
            done.signal()
        }
        flush.start()
        for _ in 0 ..< 5 { flush.start() }
        gate.signal()
        done.wait()
        gate.signal()
        done.wait()
        Thread.sleep(forTimeInterval: 0.05)
        #expect(count.now == 2)
        // Idle again: the next ask flushes once more.
        flush.start()
        gate.signal()
        done.wait()
        #expect(count.now == 3)
    }

    @Test func everyFileLandsWithItsLastBytesAndThePreviousSiteIsReplaced() throws {
        let root = try TemporaryFolder("staged")
        defer { root.remove() }
        let output = root.appending("site")
        for round in 0..<3 { try publish(files(round: round), to: output) }
        var site = FileTree.contents(of: output)
        #expect(site.removeValue(forKey: SiteMarker.fileName) != nil)
        #expect(site == expected(files(round: 2)))
        var previous = FileTree.contents(of: root.appending("site.previous"))
        #expect(previous.removeValue(forKey: SiteMarker.fileName) != nil)
        #expect(previous == expected(files(round: 1)))
        let beside = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        #expect(beside == ["site", "site.previous"])
    }

    @Test func aSiteIsRemovedOnlyByItsListAndTheMarkerGoesLast() throws {
        let root = try TemporaryFolder("remove-site")
        defer { root.remove() }
        let site = root.appending("site")
        try publish([("a/b/one.txt", [1]), ("a/two.txt", [2]), ("three.txt", [3])], to: site)
        let marker = try #require(SiteMarker.read(in: site))
        try root.write("site/a/mine.txt", "用户自己的文件")
        #expect(throws: PublishError.self) { try SiteStaging.removeSite(site, marker) }
        // Only listed files went; the folder holding the user's file stays, still marked.
        #expect(FileTree.paths(under: site) == [SiteMarker.fileName, "a/mine.txt"])
        // A removal stopped halfway leaves a site the next build may remove.
        try FileManager.default.removeItem(at: root.appending("site/a/mine.txt"))
        try root.write("site/a/b/one.txt", "1")
        #expect(FolderState.of(site) == .site(marker))
        try SiteStaging.removeOwn(site)
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    @Test func aDiscardFolderLeftByAStoppedBuildIsRemovedAndAForeignOneRefused() throws {
        let root = try TemporaryFolder("discard")
        defer { root.remove() }
        let output = root.appending("site")
        try publish([("x/y.txt", [9])], to: root.appending(".site.discard"))
        try publish([("index.html", [1])], to: output)
        #expect(!FileManager.default.fileExists(atPath: root.appending(".site.discard").path))
        try root.write(".site.discard/note.txt", "keep")
        #expect(throws: PublishRefusal.self) {
            try OutputSafety.check(PublishFolders(output: output), protecting: .init(content: nil, templates: nil))
        }
        #expect(throws: PublishError.self) { try publish([("index.html", [2])], to: output) }
        #expect(FileTree.paths(under: root.appending(".site.discard")) == ["note.txt"])
    }
}
