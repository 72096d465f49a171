import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request is not answered within a fixed time of its head arriving.
///
/// Hummingbird's idle timeout closes connections that send nothing (idle, keep-alive between
/// requests, a request head trickled byte by byte, which yields no part until complete). This
/// handler bounds the rest: a body sent slowly, a handler that runs long, a response the client
/// does not read. Whatever the client does, one request holds its connection for at most
/// `limit`; the work a closed request started still finishes, and its result is cached.
final class RequestDeadlineHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let limit: TimeAmount
    private var open = 0
    private var deadline: Scheduled<Void>?

    init(limit: TimeAmount) {
        self.limit = limit
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) {
            open += 1
            if deadline == nil {
                let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
                deadline = context.eventLoop.scheduleTask(in: limit) {
                    loopBound.value.close(promise: nil)
                }
            }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            open = max(0, open - 1)
            if open == 0 {
                deadline?.cancel()
                deadline = nil
            }
        }
        context.write(data, promise: promise)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
    }
}

@available(*, unavailable)
extension RequestDeadlineHandler: Sendable {}
