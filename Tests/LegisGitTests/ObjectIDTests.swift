import Foundation
import LegisGit
import LegisTestSupport
import Testing

@Suite("Object ids")
struct ObjectIDTests {
    @Test("Hexadecimal round trip, short form, ordering and JSON")
    func hexadecimal() throws {
        let text = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
        let id = try #require(ObjectID(hex: text))
        #expect(id.hex == text)
        #expect(ObjectID(hex: text.uppercased()) == id)
        #expect(id.short == "4b825dc")
        #expect(id.description == text)
        #expect(id.bytes.count == 20)
        #expect(ObjectID(bytes: id.bytes) == id)
        #expect(ObjectID(hex: "4b825dc") == nil)
        #expect(ObjectID(hex: String(repeating: "g", count: 40)) == nil)
        let smaller = try #require(ObjectID(hex: "4b825dc642cb6eb9a060e54bf8d69288fbee4903"))
        let larger = try #require(ObjectID(hex: "5000000000000000000000000000000000000000"))
        #expect([larger, id, smaller].sorted() == [smaller, id, larger])
        #expect(ObjectID.zero.isZero)
        let json = try JSONEncoder().encode([id])
        #expect(String(decoding: json, as: UTF8.self) == "[\"\(text)\"]")
        #expect(try JSONDecoder().decode([ObjectID].self, from: json) == [id])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ObjectID].self, from: Data("[\"xyz\"]".utf8)) }
    }

    @Test("Errors carry the code name, class, call and libgit2's message")
    func errorDescription() throws {
        let folder = try TemporaryFolder()
        let repository = try Repository.initialize(at: folder.child("r.git"), bare: true)
        let error = try #require(throws: GitError.self) {
            try repository.createReference(name: "not a valid name", target: .zero, message: "x")
        }
        #expect(error.code == .invalidSpec)
        #expect(error.code.name == "GIT_EINVALIDSPEC")
        #expect(error.errorClass.name == "GIT_ERROR_REFERENCE")
        #expect(error.call == "git_reference_create")
        #expect(error.message.contains("not a valid name"))
        #expect(error.description.hasPrefix("git_reference_create failed with GIT_EINVALIDSPEC"))
    }
}
