import Foundation

/// Runs the built `xfsite` executable as a user would: in a working folder, with
/// an environment; returns its exit status, standard output and standard error.
func runXfsite(_ executable: URL, _ arguments: [String], in folder: URL? = nil,
               environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes while it runs, so a full pipe never blocks it.
    nonisolated(unsafe) var errData = Data()
    let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
    reader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !reader.isFinished { usleep(1000) }
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// Every entry under `root` (files with their bytes, folders and links marked),
/// hidden ones included, by relative path: equal snapshots mean nothing changed.
func treeSnapshot(_ root: URL) -> [String: Data] {
    var entries: [String: Data] = [:]
    func walk(_ path: String, _ prefix: String) {
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() {
            let full = path + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                entries[prefix + name + "/"] = Data()
                walk(full, prefix + name + "/")
            case S_IFREG:
                entries[prefix + name] = FileManager.default.contents(atPath: full) ?? Data("unreadable".utf8)
            default:
                entries[prefix + name] = Data("special \(info.st_mode)".utf8)
            }
        }
    }
    walk(root.path, "")
    return entries
}
