import Foundation
import LegisGit
import LegisTracker

/// One open workspace per worker thread, kept between requests.
///
/// Opening a repository costs dozens of file system calls (finding it, reading its
/// configuration) and `legis.yml` is parsed on top: more than the rest of a warm request. A
/// libgit2 handle may be used by one thread at a time, so each thread keeps its own, used only by
/// the synchronous code of one request at a time. It is reopened when the branch moved or HEAD
/// names another branch, since the settings it read (`legis.yml` at the tip) may have changed.
enum WorkspaceHandles {
    /// The workspace and the state it was opened in.
    private final class Slot {
        let path: String
        let workspace: Workspace
        let tip: ObjectID?
        let head: String?

        init(path: String, workspace: Workspace, tip: ObjectID?, head: String?) {
            self.path = path
            self.workspace = workspace
            self.tip = tip
            self.head = head
        }
    }

    private static let key = "legis.workspace"

    /// The workspace at `path` for this thread: the one kept if still current, else opened anew.
    static func current(at path: String) throws(LegisError) -> Workspace {
        let dictionary = Thread.current.threadDictionary
        if let slot = dictionary[key] as? Slot, slot.path == path,
            let tip = try? slot.workspace.tip(), tip == slot.tip,
            (try? slot.workspace.repository.headBranch()) == slot.head
        {
            return slot.workspace
        }
        dictionary.removeObject(forKey: key)
        let workspace = try Workspace.open(at: path)
        let slot = Slot(
            path: path, workspace: workspace, tip: try workspace.tip(),
            head: (try? workspace.repository.headBranch()) ?? nil)
        dictionary[key] = slot
        return workspace
    }
}
