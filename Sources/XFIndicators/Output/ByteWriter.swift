/// One output file's bytes written straight into the storage of its array: the
/// data files are millions of short fields, and `Array.append` pays a uniqueness
/// and capacity check and a call per field.
///
/// Sound by construction: a writer exists only as the `inout` argument of the body
/// given to `bytes(capacity:_:)` (its initializer is private and it cannot be
/// copied), so its pointer cannot outlive the array it writes into; every write is
/// checked against the room left. A body that needs more room than guessed marks
/// the writer overflowed and is run again with twice the room, so a wrong guess
/// costs time, never a wrong byte.
struct ByteWriter: ~Copyable {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count = 0
    private var overflowed = false

    private init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    /// The bytes `body` writes. `capacity` should be an upper bound of their count:
    /// room that is not written costs address space only.
    static func bytes(capacity: Int, _ body: (inout ByteWriter) -> Void) -> [UInt8] {
        var room = max(capacity, 64)
        while true {
            var overflowed = false
            let bytes = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
                var writer = ByteWriter(base: buffer.baseAddress!, capacity: buffer.count)
                body(&writer)
                overflowed = writer.overflowed
                count = overflowed ? 0 : writer.count
            }
            if !overflowed { return bytes }
            room *= 2
        }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        guard count < capacity else { return overflow() }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        guard bytes.count <= capacity - count else { return overflow() }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Decimal digits of `value`, as `String(value)` writes them.
    @inline(__always)
    mutating func appendInteger(_ value: Int) {
        appendDecimal(value, places: 0)
    }

    /// `Figure.decimal(scaled, places:)` written in place: `-1.2`, `0.9827`.
    @inline(__always)
    mutating func appendDecimal(_ scaled: Int, places: Int) {
        precondition(places >= 0 && places <= 8, "decimal places out of range")
        // A sign, 20 digits and the point.
        guard capacity - count >= 22 else { return overflow() }
        count += Figure.writeDecimal(scaled, places: places, at: base + count)
    }

    private mutating func overflow() { overflowed = true }
}
