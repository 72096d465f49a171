import Foundation
import HTTPTypes
import Hummingbird
import LegisTracker

/// Builds responses that are not cached: error bodies and the stylesheet.
enum Reply {
    /// An HTML page.
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        RenderedPage.html(page, status: status).response
    }

    /// A value as JSON.
    static func json(_ value: some Encodable, status: HTTPResponse.Status) -> Response {
        var page = RenderedPage.json((try? JSONText.encode(value)) ?? "{\"error\":\"error\"}")
        page.status = status
        return page.response
    }

    /// A redirect after a form post (303 See Other), to a page of this site.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// The members' script.
    static func script(_ text: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The stylesheet.
    static func stylesheet(_ text: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// JSON encoding of the API's values: keys sorted, slashes unescaped.
enum JSONText {
    static func encode(_ value: some Encodable) throws(LegisError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw LegisError(.io, "Could not write the JSON answer: \(error).")
        }
    }
}
