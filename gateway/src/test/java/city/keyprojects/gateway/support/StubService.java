package city.keyprojects.gateway.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A stand-in for one service behind the gateway, on a free local port. It records every request it receives and
 * answers by path: {@code …/status/<code>} with that status, {@code …/delay/<millis>} with 200 after that long,
 * {@code …/drop} by resetting the connection without an answer, {@code /actuator/…} with {@link #ACTUATOR_MARKER},
 * anything else with 200 and a JSON echo of the request. Like a
 * real service it echoes {@code X-Request-Id}.
 */
public final class StubService implements AutoCloseable {

    public static final String ACTUATOR_MARKER = "stub-service-actuator";

    private static final Pattern STATUS = Pattern.compile(".*/status/(\\d{3})");
    private static final Pattern DELAY = Pattern.compile(".*/delay/(\\d+)");

    public record Received(String method, String uri, HttpHeaders headers, String body) {
    }

    private final String name;
    private final DisposableServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private StubService(String name) {
        this.name = name;
        this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::handle).bindNow();
    }

    public static StubService start(String name) {
        return new StubService(name);
    }

    public String uri() {
        return "http://127.0.0.1:" + server.port();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public long hits(String uri) {
        return received.stream().filter(r -> r.uri().equals(uri)).count();
    }

    public void forget() {
        received.clear();
    }

    @Override
    public void close() {
        server.disposeNow();
    }

    private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        return request.receive().aggregate().asString(UTF_8).defaultIfEmpty("").flatMap(body -> {
            received.add(new Received(request.method().name(), request.uri(), request.requestHeaders().copy(), body));
            String requestId = request.requestHeaders().get("X-Request-Id");
            if (requestId != null) {
                response.header("X-Request-Id", requestId);
            }
            String path = request.uri().split("\\?", 2)[0];
            if (path.endsWith("/drop")) {
                // Reset the connection at once and never complete: completing would let the server write an empty
                // 200 after all, racing the close.
                request.withConnection(connection -> {
                    connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
                    connection.channel().close();
                });
                return Mono.<Void>never();
            }
            Matcher status = STATUS.matcher(path);
            if (status.matches()) {
                return response.status(Integer.parseInt(status.group(1)))
                        .header("Content-Type", "application/problem+json")
                        .sendString(Mono.just("{\"status\":" + status.group(1) + "}")).then();
            }
            Matcher delay = DELAY.matcher(path);
            Mono<Void> wait = delay.matches() ? Mono.delay(Duration.ofMillis(Long.parseLong(delay.group(1)))).then()
                    : Mono.empty();
            String answer = path.startsWith("/actuator") ? ACTUATOR_MARKER : echo(request, body);
            return wait.then(response.status(HttpResponseStatus.OK).header("Content-Type", "application/json")
                    .sendString(Mono.just(answer)).then());
        });
    }

    private String echo(HttpServerRequest request, String body) {
        return "{\"service\":\"" + name + "\",\"method\":\"" + request.method().name() + "\",\"uri\":\""
                + request.uri().replace("\"", "\\\"") + "\",\"bodyLength\":" + body.getBytes(UTF_8).length + "}";
    }
}
