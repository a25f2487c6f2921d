import Foundation
import XFSource

/// A CSV file read from disk and decoded to UTF-8 bytes. A file that is already
/// UTF-8 is used in place from a read-only memory map (no copy, no zero-fill);
/// a GB18030 file is decoded into its own buffer.
public final class TableFile: @unchecked Sendable {
    /// Path relative to the content folder, as shown in messages.
    public let path: String
    public let encoding: TextEncoding
    private let storage: Storage

    private enum Storage {
        case mapped(MappedFile, offset: Int)
        case owned([UInt8])
    }

    public init(path: String, bytes: [UInt8], encoding: TextEncoding) {
        self.path = path
        self.encoding = encoding
        storage = .owned(bytes)
    }

    private init(path: String, mapped: MappedFile, offset: Int, encoding: TextEncoding) {
        self.path = path
        self.encoding = encoding
        storage = .mapped(mapped, offset: offset)
    }

    /// The decoded UTF-8 bytes, without any byte order mark.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .owned(let bytes):
            return try bytes.withUnsafeBufferPointer(body)
        case .mapped(let file, let offset):
            return try withExtendedLifetime(file) { try body(UnsafeBufferPointer(rebasing: file.bytes[offset...])) }
        }
    }

    /// Reads and decodes `url`, naming it `path` in any diagnostic.
    public static func read(_ url: URL, as path: String) -> Result<TableFile, Diagnostic> {
        let mapped: MappedFile
        do {
            mapped = try MappedFile(path: url.path)
        } catch {
            return .failure(SourceKind.table.unreadable(path, error))
        }
        return withExtendedLifetime(mapped) { decode(mapped, as: path) }
    }

    private static func decode(_ mapped: MappedFile, as path: String) -> Result<TableFile, Diagnostic> {
        let bytes = mapped.bytes
        if TextDecoder.signatureRefusal(bytes, file: path) == nil {
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let offset = hasBOM ? 3 : 0
            if UTF8Validation.scan(UnsafeBufferPointer(rebasing: bytes[offset...])) == .valid {
                return .success(TableFile(path: path, mapped: mapped, offset: offset, encoding: hasBOM ? .utf8BOM : .utf8))
            }
        }
        return TextDecoder.decode(Array(bytes), file: path).map { TableFile(path: path, bytes: $0.bytes, encoding: $0.encoding) }
    }

    /// Parses the file, handing its rows to `handler`.
    public func parse<Handler: CSVRowHandler>(into handler: inout Handler) -> [Diagnostic] {
        withBytes { CSVParser(file: path).parse($0, into: &handler) }
    }
}

