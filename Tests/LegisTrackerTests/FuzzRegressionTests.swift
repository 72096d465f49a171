import Foundation
import LegisDiff
import LegisDocument
import LegisSignature
import LegisTestSupport
import Testing

/// Replays the fuzz seeds and every input found by fuzzing (Fuzz/Regressions) through the calls
/// each fuzz target makes, in the normal suite: a crash found once stays fixed.
@Suite struct FuzzRegressionTests {
    static let root = Tool.repositoryRoot(from: #filePath)

    /// The inputs kept for `target`: its seeds and its regressions.
    static func inputs(_ target: String) -> [(String, [UInt8])] {
        var result: [(String, [UInt8])] = []
        for folder in ["Fuzz/Seeds/", "Fuzz/Regressions/"] {
            let path = root + "/" + folder + target
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names.sorted() {
                if let data = FileManager.default.contents(atPath: path + "/" + name) {
                    result.append((folder + target + "/" + name, [UInt8](data)))
                }
            }
        }
        return result
    }

    @Test func theFuzzInputsAreThere() {
        for target in ["FuzzDocument", "FuzzFrontMatter", "FuzzDiff", "FuzzSSHKey", "FuzzSSHSignature", "FuzzTagObject", "FuzzStatements"] {
            #expect(!Self.inputs(target).isEmpty, "no seeds for \(target)")
        }
    }

    @Test func documentAndFrontMatterInputs() {
        for (_, bytes) in Self.inputs("FuzzDocument") {
            _ = try? DocumentParser().parse(bytes: bytes)
        }
        for (_, bytes) in Self.inputs("FuzzFrontMatter") {
            _ = try? DocumentParser().parse(bytes: Array("---\n".utf8) + bytes + Array("\n---\n\n# T\n".utf8))
        }
    }

    @Test func diffInputsRebuildBothSides() {
        for (name, bytes) in Self.inputs("FuzzDiff") {
            let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
            let oldBytes = Array(bytes[..<cut])
            let newBytes = Array(bytes[min(cut + 1, bytes.count)...])
            let old = String(decoding: oldBytes, as: UTF8.self)
            let new = String(decoding: newBytes, as: UTF8.self)
            let segments = WordDiff.segments(old: old, new: new)
            #expect(segments.oldText == old, "\(name)")
            #expect(segments.newText == new, "\(name)")
            if let a = try? DocumentParser().parse(bytes: oldBytes), let b = try? DocumentParser().parse(bytes: newBytes) {
                #expect(!DocumentDiff.compare(a, b).json().isEmpty, "\(name)")
            }
        }
    }

    @Test func keySignatureTagAndStatementInputs() {
        for (_, bytes) in Self.inputs("FuzzSSHKey") {
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? SSHPublicKey(line: text)
            _ = try? SSHPublicKey(wireBlob: bytes)
            _ = try? SSHPrivateKey(openSSHFormat: text)
        }
        for (_, bytes) in Self.inputs("FuzzSSHSignature") {
            _ = try? SSHSignature.parse(armored: String(decoding: bytes, as: UTF8.self))
            _ = try? SSHSignature(blob: bytes)
        }
        for (_, bytes) in Self.inputs("FuzzTagObject") {
            _ = try? TagObject.parse(bytes: bytes)
        }
        for (_, bytes) in Self.inputs("FuzzStatements") {
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? EndorsementStatement.parse(text)
            _ = try? RevocationStatement.parse(text)
        }
    }

    @Test func theSeedsAreValidInputs() throws {
        // Seeds that parse keep the fuzzers starting deep in each parser.
        for (name, bytes) in Self.inputs("FuzzDocument") where name.hasPrefix("Fuzz/Seeds/") {
            #expect(throws: Never.self, "\(name)") { _ = try DocumentParser().parse(bytes: bytes) }
        }
        let key = try #require(Self.inputs("FuzzSSHKey").first { $0.0.hasSuffix("ed25519.pub") })
        #expect(throws: Never.self) { _ = try SSHPublicKey(line: String(decoding: key.1, as: UTF8.self)) }
        let tag = try #require(Self.inputs("FuzzTagObject").first { $0.0.hasSuffix("endorsement.txt") })
        #expect(throws: Never.self) { _ = try TagObject.parse(bytes: tag.1) }
    }
}
