import Foundation
import Glibc
import XFSource

/// Read access to the site published before this build (the output folder as it
/// is). A file that is not there is normal (a first build); a file that is there
/// but cannot be read is an error, never mistaken for a missing one.
public struct PreviousSite: Sendable {
    public let root: URL

    /// The bytes of `path` inside the site, nil when there is no such file.
    func bytes(_ path: String) throws(BuildError) -> [UInt8]? {
        do {
            return try FileBytes.read(root.appendingPathComponent(path).path)
        } catch where error.errno == ENOENT || error.errno == ENOTDIR {
            return nil
        } catch {
            throw .previousSite(path: path, problem: .unreadable(errno: error.errno))
        }
    }
}
