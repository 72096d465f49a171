import LegisDocument
import Testing

/// Front matter read the same whether its lines are simple `key: value` lines or need full YAML.
@Suite("Front matter forms")
struct FrontMatterFormsTests {
    @Test("simple lines: trimmed values, null spellings, blank lines, keys in any case")
    func simpleLines() throws {
        let text = """
            ---
            Title: Bürgerliches Gesetzbuch  \n\
            jurabk: BGB

            origslug: bgb-2
            Status: null
            language: NULL
            amends: ~
            kind: LAW
            version: 3
            note:
            ---
            # Body

            """
        let frontMatter = try DocumentParser().parse(text).frontMatter
        #expect(frontMatter.title == "Bürgerliches Gesetzbuch")
        #expect(frontMatter.status == nil)
        #expect(frontMatter.language == nil)
        #expect(frontMatter.amends == nil)
        #expect(frontMatter.kind == .law)
        #expect(frontMatter.otherFields == frontMatterFields(("jurabk", "BGB"), ("origslug", "bgb-2"), ("version", "3")))
    }

    @Test("quoted values, comments and colons are read as YAML reads them")
    func yamlForms() throws {
        let text = """
            ---
            title: 'Law: on trafficking'
            status: draft # under review
            note: "a\\tb"
            ref: "~"
            ---
            Text

            """
        let frontMatter = try DocumentParser().parse(text).frontMatter
        #expect(frontMatter.title == "Law: on trafficking")
        #expect(frontMatter.status == "draft")
        #expect(frontMatter.otherFields == frontMatterFields(("note", "a\tb"), ("ref", "~")))
    }

    @Test("a repeated field is malformed front matter")
    func repeatedField() {
        #expect {
            try DocumentParser().parse("---\ntitle: A\nstatus: x\ntitle: B\n---\n")
        } throws: { error in
            (error as? DocumentError)?.reason == .malformedFrontMatter
        }
    }

    @Test("an unknown kind in simple lines still names its line")
    func unknownKind() {
        #expect {
            try DocumentParser().parse("---\ntitle: X\njurabk: Y\nkind: Decree\n---\n")
        } throws: { error in
            guard let error = error as? DocumentError else { return false }
            return error.reason == .invalidField && error.line == 4
        }
    }

    @Test("CRLF front matter is read like LF front matter")
    func crlf() throws {
        let document = try DocumentParser().parse("---\r\ntitle: X\r\nkind: bill\r\n---\r\nText\r\n")
        #expect(document.frontMatter.title == "X")
        #expect(document.frontMatter.kind == .bill)
        #expect(document.render() == "---\r\ntitle: X\r\nkind: bill\r\n---\r\nText\r\n")
    }
}
