package city.keyprojects.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo projects (from news reports on real key projects) that a first start loads through the gateway, so the
 * portal has something to show. They are registered by the key-project centre: the launcher logs in with that demo
 * account and sends its access token with every project. The marker file lists the projects already loaded, one name
 * a line: a start that failed half-way (a refused login included) loads only the rest next time.
 */
final class DemoData {

    static final String MARKER = "demo-data.loaded";
    static final String LOGIN_PATH = "/api/auth/login";
    static final String PROJECTS_PATH = "/api/projects";
    /** The key-project centre's demo account (CITY_ADMIN), as listed in the README. */
    static final String USERNAME = "centre";
    private static final String PASSWORD = "demo-centre";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String RESOURCE = "/demo/projects.json";
    /** A JWT is base64url parts and dots: no quote or backslash to unescape. */
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([A-Za-z0-9._-]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The gateway refused the login, or the project API refused a demo project. */
    static final class RejectedException extends Exception {
        RejectedException(String message) {
            super(message);
        }
    }

    private DemoData() {
    }

    /**
     * Logs in as the key-project centre and posts every demo project that the marker does not list yet; returns how
     * many it posted. Nothing is posted, and no login made, when the marker lists them all.
     *
     * @param gateway the gateway's address, e.g. {@code http://localhost:8080/}
     */
    static int load(HttpClient http, URI gateway, Path marker)
            throws IOException, InterruptedException, RejectedException {
        Set<String> loaded = Files.exists(marker)
                ? new HashSet<>(Files.readAllLines(marker, StandardCharsets.UTF_8))
                : Set.of();
        List<String> pending = projects().stream().filter(project -> !loaded.contains(name(project))).toList();
        if (pending.isEmpty()) {
            return 0;
        }
        String accessToken = logIn(http, gateway.resolve(LOGIN_PATH));
        URI projectsUri = gateway.resolve(PROJECTS_PATH);
        int posted = 0;
        for (String project : pending) {
            String name = name(project);
            HttpRequest request = HttpRequest.newBuilder(projectsUri)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + accessToken)
                    .POST(HttpRequest.BodyPublishers.ofString(project, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new RejectedException("POST " + projectsUri + " of the demo project " + name + " answered "
                        + response.statusCode() + ":\n" + response.body());
            }
            Files.writeString(marker, name + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            posted++;
            DemoProgress.Progress progress = progress(name);
            if (progress != null) {
                try {
                    DemoProgress.apply(http, gateway, accessToken, id(response.body()), progress, thisMonth());
                } catch (DemoProgress.RefusedException refused) {
                    throw new RejectedException("The demo project " + name + " was registered, but recording its"
                            + " demo progress failed (it is not tried again): " + refused.getMessage());
                }
            }
        }
        return posted;
    }

    /** The demo progress of the project of that name, or null when it has none. */
    static DemoProgress.Progress progress(String name) {
        return DemoProgress.bundled().get(name);
    }

    private static String id(String created) throws RejectedException {
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new RejectedException("A registered demo project came back without an id: " + created);
        }
        return id.group(1);
    }

    /** This month in the city (demo reports are made for the months that have ended). */
    private static YearMonth thisMonth() {
        return YearMonth.now(CITY_ZONE);
    }

    /** The access token of the key-project centre's demo account. */
    private static String logIn(HttpClient http, URI loginUri)
            throws IOException, InterruptedException, RejectedException {
        HttpRequest request = HttpRequest.newBuilder(loginUri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + USERNAME + "\",\"password\":\"" + PASSWORD + "\"}",
                        StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new RejectedException("Logging in as " + USERNAME + " (POST " + loginUri + ") answered "
                    + response.statusCode() + "; no demo project was posted:\n" + response.body());
        }
        String token = accessToken(response.body());
        if (token == null) {
            throw new RejectedException("Logging in as " + USERNAME + " (POST " + loginUri
                    + ") answered 200 but without an access_token; no demo project was posted:\n"
                    + response.body());
        }
        return token;
    }

    /**
     * The {@code access_token} of a token response ({@code {"access_token": "...", "token_type": "Bearer", ...}}), or
     * null if the answer has none.
     */
    static String accessToken(String tokenResponse) {
        Matcher token = ACCESS_TOKEN.matcher(tokenResponse);
        return token.find() ? token.group(1) : null;
    }

    /** Each demo project as the JSON body to post. */
    static List<String> projects() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher");
            }
            return elements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(String project) {
        Matcher matcher = NAME.matcher(project);
        if (!matcher.find()) {
            throw new IllegalStateException("A demo project has no name: " + project);
        }
        return matcher.group(1);
    }

    /** The elements of a JSON array, as text. Enough JSON for the one file the launcher ships. */
    static List<String> elements(String array) {
        String text = array.strip();
        if (!text.startsWith("[") || !text.endsWith("]")) {
            throw new IllegalArgumentException("Not a JSON array: " + text);
        }
        List<String> elements = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = 1;
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                elements.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = text.substring(start, text.length() - 1).strip();
        if (!last.isEmpty()) {
            elements.add(last);
        }
        return elements;
    }
}
