/// Where the page stage writes files: a relative path inside the site (with `/`)
/// and its bytes. The build adapts the atomic staging folder to it; tests collect
/// files in memory.
public protocol PageSink: AnyObject {
    func write(_ path: String, _ bytes: [UInt8]) throws
}

extension PageSink {
    public func write(_ path: String, _ text: String) throws {
        try write(path, Array(text.utf8))
    }
}

/// Keeps written files in memory, for tests and for the benchmark.
public final class MemorySink: PageSink {
    public private(set) var files: [String: [UInt8]] = [:]

    public init() {}

    public func write(_ path: String, _ bytes: [UInt8]) throws {
        files[path] = bytes
    }

    public func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
