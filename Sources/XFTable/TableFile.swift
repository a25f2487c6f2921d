import Foundation
import XFSource

/// A CSV file read from disk and decoded to UTF-8 bytes. A file that is already
/// UTF-8 is used in place from a read-only memory map (no copy, no zero-fill);
/// a GB18030 file is decoded into its own buffer.
///
/// A file read with `checkingTextWhileParsing` is taken as UTF-8 and checked by
/// `parse` (one pass over the bytes instead of two, and most cells vouched for
/// by the handler, `CSVRowHandler.knownUTF8Fields`). If it is not UTF-8 after
/// all, it is decoded then and parsed again from the start into the handler as
/// it was, so the handler gets exactly what it would have got; if it cannot be
/// decoded, `unreadable` holds the problem `read` would have returned. One
/// thread uses a file at a time.
public final class TableFile: @unchecked Sendable {
    /// Path relative to the content folder, as shown in messages.
    public let path: String
    public private(set) var encoding: TextEncoding
    private var storage: Storage
    /// False while a file read with `checkingTextWhileParsing` has not been checked.
    private var textChecked = true
    /// Set when such a file turned out to be neither UTF-8 nor decodable.
    public private(set) var unreadable: Diagnostic?

    /// The file's bytes as read, and where its text begins (after a byte order mark).
    private enum Storage {
        case mapped(MappedFile, offset: Int)
        case owned([UInt8], offset: Int)
    }

    public init(path: String, bytes: [UInt8], encoding: TextEncoding) {
        self.path = path
        self.encoding = encoding
        storage = .owned(bytes, offset: 0)
    }

    private init(path: String, storage: Storage, encoding: TextEncoding) {
        self.path = path
        self.encoding = encoding
        self.storage = storage
    }

    /// The decoded UTF-8 bytes, without any byte order mark (checked first, if not yet).
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if !textChecked {
            if text({ UTF8Validation.scan($0) == .valid }) { textChecked = true } else { decodeAfterAll() }
        }
        return try text(body)
    }

    /// How many bytes the text has (before any check: the size of the file without a byte order mark).
    public var byteCount: Int { text { $0.count } }

    /// The text as it stands, checked or not.
    private func text<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .owned(let bytes, let offset):
            return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[offset...])) }
        case .mapped(let file, let offset):
            return try withExtendedLifetime(file) { try body(UnsafeBufferPointer(rebasing: file.bytes[offset...])) }
        }
    }

    /// Reads and decodes `url`, naming it `path` in any diagnostic; with
    /// `checkingTextWhileParsing`, a file that may be UTF-8 is checked by `parse`.
    public static func read(_ url: URL, as path: String, checkingTextWhileParsing: Bool = false) -> Result<TableFile, Diagnostic> {
        let mapped: MappedFile
        do {
            mapped = try MappedFile(path: url.path)
        } catch {
            return .failure(SourceKind.table.unreadable(path, error))
        }
        return withExtendedLifetime(mapped) {
            open(mapped.bytes, as: path, checkingLater: checkingTextWhileParsing) { .mapped(mapped, offset: $0) }
        }
    }

    /// `read` of bytes already in memory.
    public static func read(bytes: [UInt8], as path: String, checkingTextWhileParsing: Bool = false) -> Result<TableFile, Diagnostic> {
        bytes.withUnsafeBufferPointer { whole in
            open(whole, as: path, checkingLater: checkingTextWhileParsing) { .owned(bytes, offset: $0) }
        }
    }

    private static func open(_ whole: UnsafeBufferPointer<UInt8>, as path: String, checkingLater: Bool,
                             keeping storage: (_ offset: Int) -> Storage) -> Result<TableFile, Diagnostic> {
        if TextDecoder.signatureRefusal(whole, file: path) == nil {
            let hasBOM = whole.starts(with: [0xEF, 0xBB, 0xBF])
            let offset = hasBOM ? 3 : 0
            if checkingLater || UTF8Validation.scan(UnsafeBufferPointer(rebasing: whole[offset...])) == .valid {
                let file = TableFile(path: path, storage: storage(offset), encoding: hasBOM ? .utf8BOM : .utf8)
                file.textChecked = !checkingLater
                return .success(file)
            }
        }
        return TextDecoder.decode(Array(whole), file: path).map { TableFile(path: path, bytes: $0.bytes, encoding: $0.encoding) }
    }

    /// Parses the file, handing its rows to `handler`. A file not yet checked
    /// is checked on the way; if it is not UTF-8, `handler` is set back to what
    /// it was and the decoded text parsed into it (or, when it cannot be
    /// decoded, nothing: see `unreadable`).
    public func parse<Handler: CSVRowHandler>(into handler: inout Handler) -> [Diagnostic] {
        if !textChecked {
            let original = handler
            if let problems = text({ CSVParser(file: path).parseCheckingText($0, into: &handler) }) {
                textChecked = true
                return problems
            }
            handler = original
            decodeAfterAll()
            if unreadable != nil { return [] }
        }
        return withBytes { CSVParser(file: path).parse($0, into: &handler) }
    }

    /// The file taken as UTF-8 is not: decoded as `read` decodes it, into its own buffer.
    private func decodeAfterAll() {
        textChecked = true
        let decoded: Result<(bytes: [UInt8], encoding: TextEncoding), Diagnostic>
        switch storage {
        case .mapped(let file, _): decoded = withExtendedLifetime(file) { TextDecoder.decode(Array(file.bytes), file: path) }
        case .owned(let bytes, _): decoded = TextDecoder.decode(bytes, file: path)
        }
        switch decoded {
        case .success(let text):
            storage = .owned(text.bytes, offset: 0)
            encoding = text.encoding
        case .failure(let problem):
            storage = .owned([], offset: 0)
            unreadable = problem
        }
    }
}
