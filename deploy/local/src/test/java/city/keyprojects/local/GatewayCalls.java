package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls to the platform through its gateway, as a client makes them: JSON in, the answer as text. */
final class GatewayCalls {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A request with a JSON body (or none), anonymous when the token is null. */
    HttpResponse<String> send(String method, String uri, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A request exactly as given: the headers (none added) and the time-out are the caller's — the fuzzer's bad
     * headers, a scrape's {@code Accept}.
     */
    HttpResponse<String> exchange(String method, String uri, Map<String, String> headers, String body,
            Duration timeout) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET, anonymous when the token is null. */
    HttpResponse<String> get(String uri, String token) throws IOException, InterruptedException {
        return send("GET", uri, token, null);
    }

    /** The answer's bytes (a download). */
    HttpResponse<byte[]> bytes(String uri, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A demo account's access token (README). */
    String logIn(String gateway, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = send("POST", gateway + "/api/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(login.statusCode()).as("login as " + username + ": " + login.body()).isEqualTo(200);
        String token = DemoData.accessToken(login.body());
        assertThat(token).as("an access token in " + login.body()).isNotNull();
        return token;
    }

    /** Asserts the status and, for a problem, its content type and type name. */
    static void expect(HttpResponse<String> response, int status, String problemType) {
        String what = response.request().method() + " " + response.request().uri() + ": " + response.body();
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what)
                    .startsWith("application/problem+json");
        }
        if (problemType != null) {
            assertThat(response.body()).as(what).contains("/problems/" + problemType);
        }
    }

    /** The first string value of a member in a JSON answer. */
    static String member(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as("\"" + name + "\" in " + json).isTrue();
        return matcher.group(1);
    }

    /** The first number value of a member in a JSON answer. */
    static long number(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(matcher.find()).as("\"" + name + "\" in " + json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
