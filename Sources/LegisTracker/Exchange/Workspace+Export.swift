public import Foundation
import LegisDiff
public import LegisDocument
public import LegisExchange
import LegisGit

extension Workspace {
    /// A revision of a document as a Word document (clean text, headings as Word headings).
    public func exportDocx(_ reference: DocumentReference) throws(LegisError) -> [UInt8] {
        let revision = try revision(of: reference.id, reference.revision)
        let document = try document(of: revision)
        let commit = try git { () throws(GitError) in try repository.commit(revision.commit) }
        var properties = DocxProperties(
            frontMatter: document.frontMatter, language: document.language, modified: commit.author.date,
            description: "\(reference.id) at \(revision.commit.hex)")
        properties.creator = commit.author.name
        return try Self.exchange { () throws(ExchangeError) in try DocxWriter.document(document, properties: properties)
        }
    }

    /// The redline between two revisions as a Word document with tracked changes, each change
    /// by the author of the commit that made it where one commit did, else the newer revision's.
    public func redlineDocx(_ id: DocumentID, from: String, to: String? = nil) throws(LegisError) -> [UInt8] {
        let old = try revision(of: id, from)
        let new = try revision(of: id, to)
        let oldDocument = try document(of: old)
        let newDocument = try document(of: new)
        let redline = DocumentDiff.compare(oldDocument, newDocument)
        let attribution = try attribution(from: old, to: new)
        let properties = DocxProperties(
            frontMatter: newDocument.frontMatter, language: newDocument.language, modified: attribution.fallback.date,
            description: "\(id): \(old.requested) (\(old.commit.short)) → \(new.requested) (\(new.commit.short))")
        return try Self.exchange { () throws(ExchangeError) in
            try DocxWriter.redline(
                redline, old: oldDocument, new: newDocument, attribution: attribution, properties: properties)
        }
    }

    /// The redline between two files as a Word document with tracked changes by `author`.
    public static func redlineDocx(
        old: Document, new: Document, author: RevisionAuthor, title: String
    ) throws(LegisError) -> [UInt8] {
        let redline = DocumentDiff.compare(old, new)
        let properties = DocxProperties(
            frontMatter: new.frontMatter, language: new.language, modified: author.date, description: title)
        return try exchange { () throws(ExchangeError) in
            try DocxWriter.redline(
                redline, old: old, new: new, attribution: RevisionAttribution(fallback: author), properties: properties)
        }
    }

    /// A revision of a document as Akoma Ntoso 3.0 XML.
    public func exportAkomaNtoso(_ reference: DocumentReference, exportDate: Date = Date()) throws(LegisError) -> String
    {
        let revision = try revision(of: reference.id, reference.revision)
        let document = try document(of: revision)
        let identity = try akomaNtosoIdentity(
            reference.id, at: revision.commit, path: revision.path, document: document, exportDate: exportDate)
        return AkomaNtosoWriter.xml(document, identity: identity)
    }

    /// The FRBR identity of a document at a commit: its first revision's date is the work's, the
    /// commit's the expression's; the country is the front matter's two letters, else `xx`.
    func akomaNtosoIdentity(
        _ id: DocumentID, at commitID: ObjectID, path: String, document: Document, exportDate: Date
    ) throws(LegisError) -> AkomaNtosoIdentity {
        let commit = try git { () throws(GitError) in try repository.commit(commitID) }
        let history = try git { () throws(GitError) in try repository.history(of: path, from: commitID) }
        let first = history.last?.author.date ?? commit.author.date
        let country = document.frontMatter.field("country").map { $0.lowercased() }.flatMap {
            $0.count == 2 && $0.allSatisfy({ $0.isASCII && $0.isLetter }) ? $0 : nil
        }
        return AkomaNtosoIdentity(
            documentID: id.rawValue, country: country ?? "xx", workDate: first, revisionDate: commit.author.date,
            revision: commitID.hex, revisionAuthor: commit.author.name, exportDate: exportDate)
    }

    /// Runs an exchange-format call, turning its error into a ``LegisError``.
    static func exchange<T>(_ body: () throws(ExchangeError) -> T) throws(LegisError) -> T {
        do {
            return try body()
        } catch {
            switch error.reason {
            case .unacceptedChanges, .notAPackage, .malformedXML, .tooLarge:
                throw LegisError(.invalidInput, error.message)
            case .writeFailed:
                throw LegisError(.io, error.message)
            }
        }
    }
}
