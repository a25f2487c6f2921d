import Foundation

/// Clears the way for the swap on another thread while the file system is
/// flushed: reads what the output folder holds and, when the new site will
/// replace it, moves the old `site.previous` aside (to `.site.discard`) and
/// removes it. A build used to walk both folders and delete the old previous
/// site's 13,000 files after the flush, one after the other; now they overlap.
/// It starts only once every file of the new site is written: ext4 creates
/// files slowly right after deleting many.
final class SwapPreparation: @unchecked Sendable {
    private let folders: PublishFolders
    private let ready = DispatchSemaphore(value: 0)
    private let removed = DispatchSemaphore(value: 0)
    /// Set on the thread before `ready` is signalled, read after it.
    private var outcome: Result<FolderState, PublishError> = .success(.missing)

    init(_ folders: PublishFolders) {
        self.folders = folders
        Thread { [self] in run() }.start()
    }

    /// The output folder's state, once the old previous site is out of the way;
    /// throws when it could not be moved or holds files xfsite did not write
    /// (then nothing was moved).
    func output() throws(PublishError) -> FolderState {
        ready.wait()
        ready.signal()
        return try outcome.get()
    }

    /// Waits until the old previous site is removed. A removal that failed or
    /// was stopped leaves `.site.discard` for the next build to remove.
    func finish() {
        removed.wait()
        removed.signal()
    }

    private func run() {
        let output = FolderState.of(folders.output)
        var aside = false
        outcome = .success(output)
        switch output {
        case .empty, .site:
            switch FolderState.of(folders.previous) {
            case .missing: break
            case .empty, .site:
                do {
                    try FileManager.default.moveItem(at: folders.previous, to: folders.discard)
                    aside = true
                } catch {
                    outcome = .failure(.stagingFolder(parent: folders.previous.path, errno: SiteStaging.systemError(of: error)))
                }
            case .notFolder, .staging, .foreign:
                outcome = .failure(.notOwnFolder(folders.previous.path))
            }
        case .missing, .notFolder, .staging, .foreign:
            break
        }
        ready.signal()
        if aside { try? SiteStaging.removeOwn(folders.discard) }
        removed.signal()
    }
}
