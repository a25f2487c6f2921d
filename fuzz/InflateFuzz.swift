// libFuzzer target: arbitrary bytes through the RFC 1951 inflater, built with the
// XFWorkbook sources into one module (see run.sh). Any crash, sanitizer report,
// hang or failed check is a bug.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInflate(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = UnsafeBufferPointer(start: data, count: size)
    var streamed: [UInt8] = []
    var whole: [UInt8]?
    do {
        let produced = try Inflater.inflate(input, limit: 1 << 22) { chunk in
            precondition(chunk.count > 0, "the inflater never hands on an empty chunk")
            streamed.append(contentsOf: chunk)
            return true
        }
        precondition(produced == streamed.count, "the count returned is the bytes handed on")
        whole = try Inflater.inflateAll(input, limit: 1 << 22)
    } catch let failure as Inflater.Failure {
        if case .corrupt(let what) = failure { precondition(!what.isEmpty) }
        precondition(failure != .stopped, "nothing asked to stop")
        precondition(streamed.count <= (1 << 22) + (1 << 18) + 512, "output beyond the limit must stop within one chunk")
    } catch {
        preconditionFailure("unexpected error \(error)")
    }
    if let whole { precondition(whole == streamed, "streamed and whole inflation must agree") }
    // Stopping early after the first chunk must be clean.
    _ = try? Inflater.inflate(input, limit: 1 << 22) { _ in false }
    return 0
}
