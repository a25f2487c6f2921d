import Foundation

/// A fresh folder under the system's temporary directory, named for the test.
public struct TemporaryFolder: Sendable {
    public let url: URL

    public init(_ name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("xf-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public var path: String { url.path }

    public func appending(_ path: String) -> URL { url.appendingPathComponent(path) }

    /// Writes `data` at a relative path, creating folders on the way.
    public func write(_ path: String, _ data: Data) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    public func write(_ path: String, _ text: String) throws { try write(path, Data(text.utf8)) }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Reading a whole folder back, for comparing built sites.
public enum FileTree {
    /// Every regular file under `folder`, as paths relative to it, sorted.
    public static func paths(under folder: URL) -> [String] {
        let base = folder.standardizedFileURL.path
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var paths: [String] = []
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
        }
        return paths.sorted()
    }

    /// Every file of a folder with its bytes, by relative path.
    public static func contents(of folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in paths(under: folder) { result[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) }
        return result
    }
}
