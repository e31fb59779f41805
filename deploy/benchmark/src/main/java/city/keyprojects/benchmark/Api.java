package city.keyprojects.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few plain calls the benchmark makes besides its load: signing in, commands, reading a figure. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    String login(String gateway, String user, String password) throws IOException, InterruptedException {
        JsonNode answer = send("POST", gateway + "/api/auth/login", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", 200);
        return answer.get("access_token").asString();
    }

    JsonNode get(String url, String token) throws IOException, InterruptedException {
        return send("GET", url, token, null, 200);
    }

    /** Sends and expects the status; anything else is reported with the body. */
    JsonNode send(String method, String url, String token, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
