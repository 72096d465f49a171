import LegisDocument
import Testing

@Suite("Front matter")
struct FrontMatterTests {
    @Test("known fields, extra scalars and the range with its delimiters")
    func fields() throws {
        let text = """
            ---
            Title: Law on preventing trafficking
            kind: bill
            status: draft
            language: en
            amends: law-678-2001
            jurabk: BGB
            tags: [a, b]
            version: 3
            ---
            # Body

            """
        let document = try DocumentParser().parse(text)
        let frontMatter = document.frontMatter
        #expect(frontMatter.title == "Law on preventing trafficking")
        #expect(frontMatter.kind == .bill)
        #expect(frontMatter.status == "draft")
        #expect(frontMatter.language == "en")
        #expect(frontMatter.amends == "law-678-2001")
        #expect(frontMatter.otherFields == frontMatterFields(("jurabk", "BGB"), ("version", "3")))
        let range = try #require(frontMatter.range)
        #expect(document.text(range).hasPrefix("---\nTitle:"))
        #expect(document.text(range).hasSuffix("version: 3\n---\n"))
        #expect(document.blocks.first?.role == .frontMatter)
        #expect(document.bodyStart == range.upperBound)
    }

    @Test("no front matter: empty fields and no range")
    func absent() throws {
        let document = try DocumentParser().parse("# Title\n\n---\n")
        #expect(document.frontMatter == FrontMatter())
        #expect(document.blocks.first?.role == .heading)
    }

    @Test("empty values and empty front matter")
    func empty() throws {
        let document = try DocumentParser().parse("---\ntitle:\nstatus: ~\n---\n")
        #expect(document.frontMatter.title == nil)
        #expect(document.frontMatter.status == nil)
        #expect(try DocumentParser().parse("---\n---\nText\n").frontMatter.range == 0..<8)
    }

    @Test("an unknown kind names the line and the allowed values")
    func badKind() {
        #expect {
            try DocumentParser().parse("---\ntitle: X\nkind: statute\n---\n")
        } throws: { error in
            guard let error = error as? DocumentError else { return false }
            return error.reason == .invalidField && error.line == 3
                && error.message.contains("line 3") && error.message.contains("statute")
                && error.message.contains("law, bill, strategy")
        }
    }

    @Test("kind is read without regard to case")
    func kindCase() throws {
        #expect(
            try DocumentParser().parse("---\nkind: Strategy\n---\n").frontMatter.kind == .strategy)
    }

    @Test("an unterminated block is an error on line 1")
    func unterminated() {
        #expect {
            try DocumentParser().parse("---\ntitle: X\n\n# Body\n")
        } throws: { error in
            guard let error = error as? DocumentError else { return false }
            return error.reason == .unterminatedFrontMatter && error.line == 1
                && error.message.contains("line 1")
        }
    }

    @Test("malformed YAML names the line in the document")
    func malformed() {
        #expect {
            try DocumentParser().parse("---\ntitle: X\nstatus: [draft\nkind: law\n---\n")
        } throws: { error in
            guard let error = error as? DocumentError, let line = error.line else { return false }
            return error.reason == .malformedFrontMatter && (3...5).contains(line)
                && error.message.contains("line \(line)")
        }
    }

    @Test("a list where a single value belongs is an error")
    func listTitle() {
        #expect {
            try DocumentParser().parse("---\nkind: law\ntitle:\n  - a\n  - b\n---\n")
        } throws: { error in
            guard let error = error as? DocumentError else { return false }
            return error.reason == .invalidField && error.message.contains("title")
                && error.line != nil
        }
    }

    @Test("a front matter that is not a mapping is an error")
    func notMapping() {
        #expect(throws: DocumentError.self) {
            try DocumentParser().parse("---\njust a sentence\n---\n")
        }
    }
}

/// Uninterpreted front-matter fields, in the order given.
func frontMatterFields(_ pairs: (String, String)...) -> [FrontMatter.Field] {
    pairs.map { FrontMatter.Field(name: $0.0, value: $0.1) }
}

@Suite("Front matter fields")
struct FrontMatterFieldTests {
    @Test("fields keep their order; one set again keeps its place and takes the new value")
    func repeatedField() throws {
        let text = "---\njurabk: A\nslug: s\nlayout: default\n---\n# Body\n"
        let parsed = try DocumentParser().parse(text).frontMatter
        #expect(parsed.otherFields == frontMatterFields(("jurabk", "A"), ("slug", "s"), ("layout", "default")))
        #expect(parsed.field("slug") == "s")
        #expect(parsed.field("country") == nil)
        var frontMatter = FrontMatter(otherFields: frontMatterFields(("jurabk", "A"), ("slug", "s")))
        frontMatter.setField("jurabk", to: "B")
        frontMatter.setField("country", to: "de")
        #expect(frontMatter.otherFields == frontMatterFields(("jurabk", "B"), ("slug", "s"), ("country", "de")))
    }
}
