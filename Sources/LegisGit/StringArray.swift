import CLibGit2
import Foundation

/// Runs `body` with a libgit2 string array holding copies of `strings`, freed afterwards.
@discardableResult
func withStringArray<Result>(
    _ strings: [String], _ body: (inout git_strarray) throws(GitError) -> Result
) throws(GitError) -> Result {
    let storage = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: max(strings.count, 1))
    for (index, string) in strings.enumerated() { (storage + index).initialize(to: strdup(string)) }
    defer {
        for index in 0..<strings.count { free(storage[index]) }
        storage.deallocate()
    }
    var array = git_strarray(strings: storage, count: strings.count)
    return try body(&array)
}
