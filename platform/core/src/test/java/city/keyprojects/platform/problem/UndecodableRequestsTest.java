package city.keyprojects.platform.problem;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Over raw sockets: what a client that sends broken HTTP gets from a server with the handler on it. */
class UndecodableRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DisposableServer server;

    @BeforeEach
    void start() {
        server = UndecodableRequests.onEveryConnection(JSON)
                .apply(HttpServer.create().host("127.0.0.1").port(0))
                .handle((request, response) -> response.sendString(Mono.just("served " + request.uri())))
                .bindNow();
    }

    @AfterEach
    void stop() {
        server.disposeNow();
    }

    @Test
    void an_over_long_request_line_is_a_414_problem_and_the_connection_closes() throws IOException {
        Answer answer = send("GET /api/projects?q=" + "x".repeat(10_000) + " HTTP/1.1\r\nHost: here\r\n\r\n");

        assertThat(answer.head()).startsWith("HTTP/1.1 414").containsIgnoringCase("connection: close")
                .containsIgnoringCase("content-type: application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo(ProblemResponses.TYPE_BASE + "request-line-too-long");
        assertThat(problem.get("status").asInt()).isEqualTo(414);
        assertThat(problem.get("requestId").asString()).isNotBlank();
    }

    @Test
    void over_large_headers_are_a_431_problem() throws IOException {
        Answer answer = send("GET /api/projects HTTP/1.1\r\nHost: here\r\nX-Big: " + "y".repeat(20_000)
                + "\r\n\r\n");

        assertThat(answer.head()).startsWith("HTTP/1.1 431");
        assertThat(JSON.readTree(answer.body()).get("type").asString())
                .isEqualTo(ProblemResponses.TYPE_BASE + "headers-too-large");
    }

    @Test
    void a_malformed_request_line_is_a_400_problem() throws IOException {
        Answer answer = send("GET /api/projects HTTX/9.9\r\nHost: here\r\n\r\n");

        assertThat(answer.head()).startsWith("HTTP/1.1 400");
        assertThat(JSON.readTree(answer.body()).get("type").asString())
                .isEqualTo(ProblemResponses.TYPE_BASE + "unreadable-request");
    }

    @Test
    void well_formed_requests_still_reach_the_application_on_a_kept_alive_connection() throws IOException {
        Answer answer = send("GET /first HTTP/1.1\r\nHost: here\r\n\r\nGET /second HTTP/1.1\r\nHost: here\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer.raw()).contains("served /first").contains("served /second");
    }

    /** Sends the bytes and reads until the server closes the connection. */
    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new Answer(new String(in.readAllBytes(), ISO_8859_1));
        }
    }

    private record Answer(String raw) {

        String head() {
            return raw.substring(0, raw.indexOf("\r\n\r\n"));
        }

        String body() {
            return raw.substring(raw.indexOf("\r\n\r\n") + 4);
        }
    }
}
