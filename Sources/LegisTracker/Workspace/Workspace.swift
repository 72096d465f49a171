public import Foundation
public import LegisGit

/// An open workspace: a git repository holding documents, drafts, stakeholders and endorsements.
///
/// A workspace owns one repository handle, which is not thread-safe: use a workspace from one
/// task at a time, and open one per task or request where work runs in parallel.
public final class Workspace {
    /// The repository.
    public let repository: Repository
    /// The settings read from `legis.yml` at the tip of the branch (or on disk before the first commit).
    public private(set) var config: WorkspaceConfig
    /// The branch documents are committed to, e.g. `refs/heads/main`.
    public let branch: String

    init(repository: Repository) throws(LegisError) {
        self.repository = repository
        branch = (try? repository.headBranch()) ?? "refs/heads/main"
        config = .fallback
        config = try WorkspaceConfig.parse(try configText())
    }

    /// Opens the workspace that holds `path` (or the current folder), found by walking up as git does.
    public static func open(at path: String? = nil) throws(LegisError) -> Workspace {
        let start = path ?? FileManager.default.currentDirectoryPath
        do {
            let repository = try Repository.discover(from: start)
            return try Workspace(repository: repository)
        } catch let error as GitError {
            throw LegisError(
                .notFound,
                "No workspace at '\(start)': \(error.message). Run 'legis init' there, or pass --repo DIR.")
        } catch let error as LegisError {
            throw error
        } catch {
            throw LegisError(.repository, "Could not open '\(start)': \(error).")
        }
    }

    /// Creates a workspace (a git repository with `legis.yml`) at `path`, or adopts an existing repository.
    ///
    /// Everything is checked before anything is created: without an author given or a git
    /// identity (`user.name`, `user.email`), nothing is written. An author given is remembered in
    /// the repository's own config, so later commands need none. A bare repository (for a server
    /// that others sync with) is left empty, its HEAD naming `main`: the first `legis sync` from a
    /// workspace fills it, and `git clone` then checks the workspace out.
    @discardableResult
    public static func initialize(at path: String, bare: Bool = false, author: Author?) throws(LegisError) -> Workspace {
        let existing = try? Repository.open(at: path)
        let needsCommit = !bare && (existing.map { !$0.isBare } ?? true)
        var signer = author
        if needsCommit, signer == nil {
            if let existing {
                signer = try Self.configuredAuthor(existing)
            } else {
                signer = try Self.defaultAuthor()
            }
        }
        let repository: Repository
        do {
            if let existing {
                repository = existing
            } else {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                repository = try Repository.initialize(at: path, bare: bare)
            }
            if let author {
                try repository.setConfigValue("user.name", author.name)
                try repository.setConfigValue("user.email", author.email)
            }
        } catch {
            throw LegisError(.repository, "Could not create a repository at '\(path)': \(error).")
        }
        let workspace = try Workspace(repository: repository)
        if needsCommit, let signer, try workspace.committedFile(WorkspaceConfig.fileName) == nil {
            let config = WorkspaceConfig.initial
            try workspace.commit(
                [.write(path: WorkspaceConfig.fileName, contents: Array(config.yaml.utf8), executable: false)],
                message: "Create Legis workspace", author: signer)
            try workspace.writeWorkingFile(WorkspaceConfig.fileName, Array(config.yaml.utf8))
            workspace.config = config
        }
        return workspace
    }

    /// The identity git would use in `repository`, or the missing-author error.
    private static func configuredAuthor(_ repository: Repository) throws(LegisError) -> Author {
        if let name = (try? repository.configValue("user.name")) ?? nil,
            let email = (try? repository.configValue("user.email")) ?? nil
        {
            return Author(name: name, email: email)
        }
        throw missingAuthor
    }

    /// The identity from the user's git configuration, or the missing-author error.
    private static func defaultAuthor() throws(LegisError) -> Author {
        if let name = (try? Repository.defaultConfigValue("user.name")) ?? nil,
            let email = (try? Repository.defaultConfigValue("user.email")) ?? nil
        {
            return Author(name: name, email: email)
        }
        throw missingAuthor
    }

    /// The error when no author is given and git has no identity.
    static let missingAuthor = LegisError(
        .notFound,
        "No author: git has no identity. Pass --author \"Your Name <you@example.org>\" (legis init remembers it for the workspace), or set one for every repository with git config --global user.name \"Your Name\" and git config --global user.email you@example.org.")

    /// The tip of the branch, or nil before the first commit.
    public func tip() throws(LegisError) -> ObjectID? {
        do {
            return try repository.resolve(branch)
        } catch {
            if error.isNotFound { return nil }
            throw LegisError(.repository, "Could not read the branch \(branch): \(error.message).")
        }
    }

    /// The bytes of a file at the tip of the branch, or nil when absent.
    public func committedFile(_ path: String) throws(LegisError) -> [UInt8]? {
        guard let tip = try tip() else { return nil }
        return try git { () throws(GitError) in try repository.file(at: tip, path: path) }
    }

    /// The absolute path of a repository file in the working tree (nil in a bare repository).
    public func workingPath(_ path: String) -> String? {
        repository.workingDirectory.map { $0 + "/" + path }
    }

    /// The author given, or the one from git config (`user.name`, `user.email`).
    public func author(_ given: Author?) throws(LegisError) -> Author {
        if let given { return given }
        return try Self.configuredAuthor(repository)
    }

    /// Commits `changes` onto the branch with a compare-and-swap on its tip.
    ///
    /// - Parameters:
    ///   - base: the tip the changes were based on; by default the current one.
    ///   - authorDate: when the change was written, if not `date` (the commit date).
    @discardableResult
    public func commit(
        _ changes: [FileChange], message: String, author: Author, date: Date = Date(),
        base: CommitBase = .currentTip, authorDate: Date? = nil
    ) throws(LegisError) -> ObjectID {
        let expected: ObjectID?
        switch base {
        case .currentTip: expected = try tip()
        case .tip(let given): expected = given
        }
        let signature = author.signature(at: date)
        do {
            return try repository.commit(
                changes: changes, onto: branch, expectedTip: expected, message: message,
                author: authorDate.map { author.signature(at: $0) } ?? signature, committer: signature)
        } catch {
            if error.isLocked {
                throw LegisError(
                    .repository, "Nothing was saved, and your text is unchanged on disk: \(error.message).")
            }
            if error.isConflict {
                throw LegisError(
                    .conflict,
                    "The branch \(branch) moved while saving (someone else saved first); nothing was committed. Your text is unchanged on disk: run the command again.")
            }
            throw LegisError(
                .repository, "Could not commit: \(error.message) (\(error.call)). Nothing was saved; your text is unchanged on disk.")
        }
    }

    /// Runs a repository call, turning its error into a ``LegisError``.
    func git<T>(_ body: () throws(GitError) -> T) throws(LegisError) -> T {
        do {
            return try body()
        } catch {
            throw LegisError(error.isNotFound ? .notFound : .repository, "\(error.message) (\(error.call))")
        }
    }

    private func configText() throws(LegisError) -> String? {
        if let bytes = try committedFile(WorkspaceConfig.fileName) {
            return String(decoding: bytes, as: UTF8.self)
        }
        if let path = workingPath(WorkspaceConfig.fileName), let bytes = Self.fileBytes(at: path) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return nil
    }

    /// The bytes of the file at `path`, nil when it cannot be read. Plain reads: Foundation's
    /// `FileManager.contents(atPath:)` makes and throws an error inside for a missing file, and
    /// the first such error has the runtime scan every protocol conformance of the executable, a
    /// few hundred microseconds of every command in a workspace without a `legis.yml`.
    static func fileBytes(at path: String) -> [UInt8]? {
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { Foundation.close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                return bytes
            } else if errno != EINTR {
                return nil
            }
        }
    }
}

/// What a commit is based on: the branch tip when it is made, or a tip read earlier (nil: no commit yet).
public enum CommitBase: Sendable, Hashable {
    case currentTip
    case tip(ObjectID?)
}
