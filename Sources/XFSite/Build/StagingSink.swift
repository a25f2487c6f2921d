import Foundation
import XFPages
import XFPublish

/// The page stage's sink over the atomic staging folder: it refuses any path
/// that would leave the site, makes the staging folder at the first write (a build
/// stopped by its checks leaves nothing behind), and counts the files it wrote.
public final class StagingSink: PageSink, @unchecked Sendable {
    private let output: URL
    private var staging: SiteStaging?
    public private(set) var count = 0
    /// Set once the settings are read: every file written is scanned for personal data.
    var scanner: PersonalDataScanner?
    /// CPU time the scan took.
    var scanSeconds: Double { Double(staging?.scanNanoseconds ?? 0) / 1e9 }

    init(output: URL) { self.output = output }

    public func write(_ path: String, _ bytes: [UInt8]) throws {
        guard let safe = OutputPath(path) else { throw PublishError.unsafePath(path) }
        try folder().write(safe, bytes)
        count += 1
    }

    private func folder() throws(PublishError) -> SiteStaging {
        if let staging { return staging }
        let made = try SiteStaging(output: output)
        made.scanner = scanner
        staging = made
        return made
    }

    /// Waits for the files written so far; throws the first that failed. Then
    /// starts flushing them to disk while the next step runs.
    func finishWrites() throws(PublishError) {
        try staging?.finishWrites()
        staging?.flushBehind()
    }

    /// Swaps the staged site in place of the output folder.
    func commit() throws(PublishError) { try folder().commit() }

    /// Removes a staging folder of a build that did not finish.
    func discard() { staging?.discard() }
}
