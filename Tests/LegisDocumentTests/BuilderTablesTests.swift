import Testing

@testable import LegisDocument

/// The lookup tables behind the tree builder behave like the plain collections they stand for.
@Suite("Builder tables")
struct BuilderTablesTests {
    @Test("the path key set answers like a Set of strings, through growth")
    func pathKeySet() {
        var keys = PathKeySet(expecting: 4, asciiOnly: true)
        var reference = Set<String>()
        for number in 0..<300 {
            let key = number % 3 == 0 ? "title-\(number % 7)/art-\(number)" : "art-\(number % 170)"
            let hash = PathKeySet.hash(key)
            #expect(keys.contains(key, hash: hash) == reference.contains(key))
            let inserted = keys.insert(key, hash: hash)
            #expect(inserted == reference.insert(key).inserted)
            #expect(keys.contains(key, hash: hash))
        }
        #expect(!keys.contains("art-999", hash: PathKeySet.hash("art-999")))
    }

    @Test("beyond ASCII the path key set compares as strings do")
    func pathKeySetUnicode() {
        var keys = PathKeySet(expecting: 4, asciiOnly: false)
        // The Kelvin sign is canonically the letter K: equal as strings, not as bytes.
        let first = keys.insert("K-1", hash: PathKeySet.hash("K-1"))
        let second = keys.insert("\u{212A}-1", hash: PathKeySet.hash("\u{212A}-1"))
        #expect(first)
        #expect(!second)
        #expect(keys.contains("\u{212A}-1", hash: PathKeySet.hash("\u{212A}-1")))
    }

    @Test("the item text cache gives back what was stored for the same marker only")
    func itemTextCache() {
        var cache = ItemTextCache()
        let bytes = Array("(1)(2)a)aa)(12a)123456789".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let markers = [0..<3, 3..<6, 6..<8, 8..<11, 11..<16]
            for marker in markers {
                guard let key = ItemTextCache.key(buffer, marker) else {
                    Issue.record("no key for \(marker)")
                    continue
                }
                #expect(cache.texts(for: key) == nil)
                let label = String(decoding: buffer[marker], as: UTF8.self)
                cache.store(.init(number: label, component: "c-" + label, label: label), for: key)
            }
            for marker in markers {
                let label = String(decoding: buffer[marker], as: UTF8.self)
                let key = ItemTextCache.key(buffer, marker)
                if let key, let texts = cache.texts(for: key) {
                    #expect(texts.label == label)
                    #expect(texts.component == "c-" + label)
                }
            }
            #expect(ItemTextCache.key(buffer, 16..<25) == nil)
            #expect(ItemTextCache.key(buffer, 0..<0) == nil)
        }
    }

    @Test("repeated item markers keep their own numbers, labels and paths")
    func repeatedItems() throws {
        let text = """
            Article 1

            (1) One:
            a) first;
            b) second.

            (2) Two:
            a) again;
            aa) doubled.

            Article 2

            (1) Once more.

            (1^1) Inserted.
            """
        let document = try DocumentParser(profile: .english).parse(text)
        #expect(
            document.pathStrings == [
                "art-1", "art-1/par-1", "art-1/par-1/let-a", "art-1/par-1/let-b", "art-1/par-2",
                "art-1/par-2/let-a", "art-1/par-2/let-a/let-aa", "art-2", "art-2/par-1",
                "art-2/par-1^1",
            ])
        let labels = document.allProvisions.map(\.label)
        #expect(labels == ["Article 1", "(1)", "a)", "b)", "(2)", "a)", "aa)", "Article 2", "(1)", "(1^1)"])
        let numbers = document.allProvisions.map(\.number)
        #expect(numbers == ["1", "1", "a", "b", "2", "a", "aa", "2", "1", "1^1"])
    }
}
