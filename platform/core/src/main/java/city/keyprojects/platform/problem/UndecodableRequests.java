package city.keyprojects.platform.problem;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;

import city.keyprojects.platform.observability.RequestCorrelationFilter;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request whose head the HTTP server cannot decode — a request line or headers over the server's limits,
 * a malformed line — with a problem response, then closes the connection. Reactor Netty refuses such a request
 * itself, before any application code sees it, with the right status (414, 431, 400) but an empty body; a handler
 * of one's own right after its HTTP codec is how to answer otherwise (reactor-netty#3327). One per connection.
 */
public final class UndecodableRequests extends ChannelInboundHandlerAdapter {

    static final String NAME = "platform.undecodableRequests";

    private final JsonMapper mapper;
    /** Once refused, whatever else arrives on the connection is dropped: the decoder has given up on it. */
    private boolean refused;

    UndecodableRequests(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Puts a handler on every HTTP/1.1 connection the server accepts. */
    public static NettyServerCustomizer onEveryConnection(JsonMapper mapper) {
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, NAME, new UndecodableRequests(mapper));
            }
        });
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (refused) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
            refused = true;
            Throwable cause = request.decoderResult().cause();
            ReferenceCountUtil.release(message);
            context.writeAndFlush(answer(cause)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        context.fireChannelRead(message);
    }

    private FullHttpResponse answer(Throwable cause) {
        Map<String, Object> problem;
        if (cause instanceof TooLongHttpLineException) {
            problem = ProblemResponses.problem("request-line-too-long", HttpStatus.URI_TOO_LONG,
                    "Request line too long", "The request line (method, path and query) is longer than the server"
                            + " reads; shorten the query.");
        } else if (cause instanceof TooLongHttpHeaderException) {
            problem = ProblemResponses.problem("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "Headers too large", "The request's headers are larger than the server reads.");
        } else {
            problem = ProblemResponses.problem("unreadable-request", HttpStatus.BAD_REQUEST, "Unreadable request",
                    "The request is not well-formed HTTP.");
        }
        String requestId = UUID.randomUUID().toString();
        problem.put("requestId", requestId);
        byte[] body = mapper.writeValueAsBytes(problem);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf((int) problem.get("status")), Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set(RequestCorrelationFilter.REQUEST_ID, requestId);
        return response;
    }
}
