import Foundation
import Glibc

/// The file xfsite writes at the top of every site it publishes: a format line
/// and the list of every file of that site. Only a folder holding it is ever
/// replaced, moved aside or removed, and only when it holds nothing else: a
/// file a user put there is never lost.
public struct SiteMarker: Equatable, Sendable {
    /// Inside the site folder.
    public static let fileName = ".xfsite-site"
    /// Inside a staging folder while a build writes it.
    static let stagingFileName = ".xfsite-staging"
    static let header = "xfsite-site"
    /// Raised when the marker's layout changes; older formats stay readable.
    public static let formatVersion = 1

    public let version: Int
    /// Every file of the site (without the marker), relative, `/`-separated, sorted.
    public let files: [String]

    public init(files: [String], version: Int = SiteMarker.formatVersion) {
        self.files = files.sorted()
        self.version = version
    }

    public func encoded() -> [UInt8] {
        var text = "\(Self.header) \(version)\n# 本文件由 xfsite 写入：标明这个文件夹是 xfsite 生成的网站，并列出其中的全部文件。请不要删除。\n"
        for file in files { text += file + "\n" }
        return Array(text.utf8)
    }

    public static func decode(_ bytes: [UInt8]) -> SiteMarker? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first, first.hasPrefix(header + " "),
              let version = Int(first.dropFirst(header.count + 1)), version >= 1 else { return nil }
        return SiteMarker(files: lines.dropFirst().filter { !$0.hasPrefix("#") }.map(String.init), version: version)
    }

    /// The marker of the site in `folder`, or nil when there is none.
    public static func read(in folder: URL) -> SiteMarker? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return nil }
        return decode([UInt8](data))
    }
}

/// What a folder on disk is, as far as publishing is concerned.
enum FolderState: Equatable {
    case missing
    case empty
    /// A site xfsite wrote, holding only its own files.
    case site(SiteMarker)
    /// A build's staging folder left by a build that was stopped.
    case staging
    /// Holds files xfsite did not write (a few of them, for the message).
    case foreign([String])
    /// A file, not a folder.
    case notFolder

    static func of(_ folder: URL) -> FolderState {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return .missing }
        guard isFolder.boolValue else { return .notFolder }
        let entries = FolderWalk.entries(folder)
        if entries.isEmpty { return .empty }
        let files = Set(entries)
        if let marker = SiteMarker.read(in: folder) {
            let known = Set(marker.files).union([SiteMarker.fileName])
            let foreign = files.subtracting(known).sorted()
            return foreign.isEmpty ? .site(marker) : .foreign(foreign)
        }
        if files.contains(SiteMarker.stagingFileName) { return .staging }
        return .foreign(files.sorted())
    }
}

/// Lists every file and symbolic link under a folder, relative to it, and every
/// empty folder (as `name/`); folders holding files are implied by them.
enum FolderWalk {
    static func entries(_ folder: URL) -> [String] {
        var found: [String] = []
        walk(folder.path, prefix: "", into: &found)
        return found
    }

    private static func walk(_ path: String, prefix: String, into found: inout [String]) {
        // readdir's entry types spare an lstat per file (a rebuild walks the site
        // and site.previous, 13,000 files each, several times).
        guard let directory = opendir(path) else {
            // An unreadable folder is never treated as empty.
            found.append(prefix.isEmpty ? "." : String(prefix.dropLast()))
            return
        }
        var names: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            names.append((name, entry.pointee.d_type))
        }
        closedir(directory)
        for (name, type) in names.sorted(by: { $0.name < $1.name }) {
            let full = path + "/" + name
            var isFolder = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(full, &info) == 0 else { found.append(prefix + name); continue }
                isFolder = info.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder {
                let before = found.count
                walk(full, prefix: prefix + name + "/", into: &found)
                // xfsite never leaves an empty folder: one is somebody else's.
                if found.count == before { found.append(prefix + name + "/") }
            } else {
                found.append(prefix + name)
            }
        }
    }
}
