import Foundation
import Hummingbird
import LegisServer
import LegisTestSupport
import LegisTracker
import Testing

/// `legis serve --tls-cert --tls-key`: HTTPS served directly, with a certificate made by openssl.
@Suite("TLS")
struct TLSTests {
    @Test func theServerSpeaksHTTPSWithTheGivenCertificateAndSetsSecureCookies() async throws {
        let fixture = try Fixture.make(endorsements: false)
        defer { fixture.remove() }
        let folder = fixture.root
        let made = try Tool.run(
            "openssl",
            ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
             "-subj", "/CN=127.0.0.1", "-keyout", "key.pem", "-out", "cert.pem"],
            in: folder)
        try #require(made.status == 0, "\(made.error)")
        let configuration = ServerConfiguration(
            workspacePath: fixture.path, port: 0,
            tls: TLSFiles(certificateChain: folder + "/cert.pem", privateKey: folder + "/key.pem"))
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = try LegisWeb.makeApplication(configuration) { port in continuation.yield(port) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            let https = try Tool.run("curl", ["-sk", "-i", "https://127.0.0.1:\(port)/signin"], in: folder)
            #expect(https.output.hasPrefix("HTTP/1.1 200"), "\(https.output.prefix(300)) \(https.error)")
            #expect(https.output.contains("name=\"challenge\""))
            let plain = try Tool.run("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "http://127.0.0.1:\(port)/"], in: folder)
            #expect(plain.output != "200")
            group.cancelAll()
        }
    }

    @Test func unreadableTLSFilesAreReportedBeforeServing() throws {
        let fixture = try Fixture.make(endorsements: false)
        defer { fixture.remove() }
        let configuration = ServerConfiguration(
            workspacePath: fixture.path, port: 0,
            tls: TLSFiles(certificateChain: fixture.root + "/missing.pem", privateKey: fixture.root + "/missing.key"))
        #expect(throws: LegisError.self) { _ = try LegisWeb.makeApplication(configuration) }
    }
}
