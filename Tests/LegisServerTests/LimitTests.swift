import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LegisServer
import Testing

/// Methods other than GET and HEAD, and connections that send nothing or send slowly.
@Suite("Limits: methods and time-outs")
struct LimitTests {
    let fixture: Fixture

    init() throws { fixture = try Fixture.make(endorsements: false) }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch, .options])
    func otherMethodsGet405WithAllow(method: HTTPRequest.Method) async throws {
        try await withServer(fixture) { client in
            for path in ["/", "/api/documents", "/documents/labour-law", "/no/such/page"] {
                let page = try await client.get(path, method: method)
                #expect(page.status == .methodNotAllowed, "\(method) \(path)")
                #expect(page.headers[HTTPField.Name("Allow")!] == "GET, HEAD", "\(method) \(path)")
            }
            let api = try await client.get("/api/documents", method: method)
            #expect(api.contentType.hasPrefix("application/json"))
            let body = try api.json()
            #expect(body["error"] as? String != nil)
        }
    }

    @Test func headIsAnswered() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/", method: .head)
            #expect(page.status == .ok)
        }
    }

    /// Seconds until the server closed a connection that sent `bytes` (then, with `trickle`, one
    /// more byte every 200 ms), or nil if it stayed open for `patience` seconds.
    /// Runs a blocking socket probe on a thread of its own, so that it does not hold one of the
    /// few threads of Swift's cooperative pool, on which the server under test also runs.
    private static func offThePool(_ probe: @escaping @Sendable () throws -> Double?) async throws -> Double? {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try probe() }) }
        }
    }

    private static func closedAfter(port: Int, bytes: String, trickle: Bool, patience: Double) throws -> Double? {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = bytes.withCString { send(socket, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        let started = Date()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date().timeIntervalSince(started) < patience {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
                return Date().timeIntervalSince(started)
            }
            if trickle, send(socket, "a", 1, Int32(MSG_NOSIGNAL)) < 0 { return Date().timeIntervalSince(started) }
        }
        return nil
    }

    @Test func idleHalfSentAndKeptAliveConnectionsAreClosed() async throws {
        let app = try LegisWeb.makeApplication(
            ServerConfiguration(workspacePath: fixture.path, host: "127.0.0.1", port: 0, idleTimeout: .seconds(1)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // Nothing sent at all.
            let idle = try await Self.offThePool { try Self.closedAfter(port: port, bytes: "", trickle: false, patience: 15) }
            // A request head trickled a byte at a time, never finished (a slow-loris client).
            let trickled = try await Self.offThePool {
                try Self.closedAfter(port: port, bytes: "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ", trickle: true, patience: 15)
            }
            // One request answered, then the connection kept alive with nothing more.
            let kept = try await Self.offThePool {
                try Self.closedAfter(port: port, bytes: "GET /style.css HTTP/1.1\r\nHost: x\r\n\r\n", trickle: false, patience: 15)
            }
            for (name, seconds) in [("idle", idle), ("trickled", trickled), ("kept alive", kept)] {
                let closed = try #require(seconds, "the \(name) connection was still open after 15 s")
                #expect(closed < 10, "the \(name) connection closed after \(closed) s")
            }
        }
    }
}
