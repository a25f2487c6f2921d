import Foundation

/// One file built into the executable.
public struct EmbeddedFile: Sendable {
    /// Relative to its folder, `/`-separated.
    public let path: String
    public let bytes: [UInt8]

    /// As the plugin writes them: path and bytes in base64, exact whatever they hold.
    init(pathBase64: String, base64: String) {
        path = String(decoding: Data(base64Encoded: pathBase64) ?? Data(), as: UTF8.self)
        bytes = [UInt8](Data(base64Encoded: base64) ?? Data())
    }
}

/// The default templates and assets (`site-templates/`) and the shipped guides
/// (`content/guides/`), built into the executable by the EmbedFiles plugin from
/// the source tree at build time, so one `xfsite` file works from any folder.
public enum BuiltinFiles {
    /// `templates` by path, for lookups.
    public static let templateFiles: [String: [UInt8]] = Dictionary(uniqueKeysWithValues: templates.map { ($0.path, $0.bytes) })

    /// The template set's id: a hash of every built-in template path and byte,
    /// printed by `xfsite --version`, so two programs can be told apart.
    public static let templateSetID: String = {
        var hash = FNV1a()
        for file in templates.sorted(by: { $0.path < $1.path }) {
            hash.add(Array(file.path.utf8))
            hash.add([0])
            hash.add(Array(String(file.bytes.count).utf8))
            hash.add([0])
            hash.add(file.bytes)
        }
        return hash.hex
    }()
}

/// 64-bit FNV-1a: a stable fingerprint (not a security hash).
struct FNV1a {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
