package city.keyprojects.platform;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.keyprojects.platform.problem.UndecodableRequests;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP server every service and the gateway run on keeps reading a kept-alive connection. Reactor Netty 1.3.6
 * stopped reading one after it answered at once a request that had arrived while the one before was still being
 * answered (reactor-netty#4347, #4361): the next request on it waited until the client gave up. Seen in CI as a
 * gateway login that went unanswered for the test client's 5 s; the root POM pins a Reactor Netty that re-arms the
 * read (decision 12).
 */
class KeptAliveConnectionsTest {

    private DisposableServer server;

    @BeforeEach
    void start() {
        server = UndecodableRequests.onEveryConnection(JsonMapper.builder().build())
                .apply(HttpServer.create().host("127.0.0.1").port(0))
                .handle((request, response) -> {
                    String body = "served " + request.uri();
                    Mono<String> answer = request.uri().startsWith("/slow")
                            ? Mono.delay(Duration.ofMillis(50)).thenReturn(body) : Mono.just(body);
                    return response.header("Content-Length", String.valueOf(body.length())).sendString(answer);
                })
                .bindNow();
    }

    @AfterEach
    void stop() {
        server.disposeNow();
    }

    @Test
    void a_request_after_one_answered_while_another_was_pending_is_still_read() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(3_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // The second arrives while the first is being answered, and is answered at once when its turn comes.
            out.write((get("/slow") + get("/fast")).getBytes(ISO_8859_1));
            out.flush();
            assertThat(readResponse(in)).endsWith("served /slow");
            assertThat(readResponse(in)).endsWith("served /fast");

            out.write(get("/next").getBytes(ISO_8859_1));
            out.flush();
            String next;
            try {
                next = readResponse(in);
            } catch (SocketTimeoutException unanswered) {
                next = "no answer in 3 s";
            }
            assertThat(next).endsWith("served /next");
        }
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: here\r\n\r\n";
    }

    /** One response: its head, then as many bytes as its Content-Length says. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + head.toString(ISO_8859_1));
            }
            head.write(b);
        }
        String headText = head.toString(ISO_8859_1);
        int length = headText.lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
                .map(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).trim())).findFirst()
                .orElseThrow(() -> new IOException("no Content-Length in " + headText));
        return headText + new String(in.readNBytes(length), ISO_8859_1);
    }
}
