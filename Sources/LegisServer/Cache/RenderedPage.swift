import HTTPTypes
import Hummingbird

/// A response body ready to send, as kept in the page cache.
struct RenderedPage: Sendable {
    var status: HTTPResponse.Status
    var contentType: String
    var body: ByteBuffer

    /// An HTML page.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> RenderedPage {
        RenderedPage(status: status, contentType: "text/html; charset=utf-8", body: ByteBuffer(string: text))
    }

    /// JSON text.
    static func json(_ text: String) -> RenderedPage {
        RenderedPage(status: .ok, contentType: "application/json; charset=utf-8", body: ByteBuffer(string: text))
    }

    /// The response carrying this page.
    var response: Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: body))
    }
}
