import Foundation

/// Writes the generator's files. It only ever creates or overwrites the files it
/// names; it never deletes anything, so `content/guides/` and other people's files
/// are safe.
struct OutputFiles {
    let root: URL
    private(set) var written: [(path: String, bytes: Int)] = []

    init(root: String) { self.root = URL(fileURLWithPath: root, isDirectory: true) }

    enum WriteError: Error, CustomStringConvertible {
        case notGB18030(String)
        case io(String, String)

        var description: String {
            switch self {
            case .notGB18030(let p): return "无法把 \(p) 编码为 GB18030，或编码结果仍是合法的 UTF-8。"
            case .io(let p, let m): return "写入 \(p) 失败：\(m)。请检查目录是否存在、是否有写权限。"
            }
        }
    }

    mutating func write(_ buffer: ByteBuffer, to path: String, gb18030: Bool = false) throws {
        var data = Data(buffer.bytes)
        if gb18030 {
            // Excel on Chinese Windows saves "CSV" as GB18030; make sure the bytes
            // really are not UTF-8, or the sample would not test the detection.
            guard let text = String(data: data, encoding: .utf8),
                  let encoded = text.data(using: String.Encoding(rawValue: 0x8000_0632)),
                  String(data: encoded, encoding: .utf8) == nil else { throw WriteError.notGB18030(path) }
            data = encoded
        }
        let url = root.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw WriteError.io(url.path, "\(error.localizedDescription)")
        }
        written.append((path, data.count))
    }
}
