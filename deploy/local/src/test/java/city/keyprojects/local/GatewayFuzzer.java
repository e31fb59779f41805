package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assertj.core.api.SoftAssertions;

/**
 * Bad input for every public endpoint, through the gateway (issue 10). The endpoints come from the applications'
 * own OpenAPI documents, so a new endpoint is fuzzed without a change here. Each endpoint gets bad headers, bad
 * path ids, bad query parameters and (for a change) bad bodies, sent as a caller its access table lets through,
 * so that the input reaches the code that reads it. Every answer must be a 4xx problem response (a harmless read
 * may also be a 2xx), never a 5xx and never a hang, and nothing may be stored.
 *
 * <p>Requests are paced under the gateway's rate limit (20/s, bursts of 40; logins one per 5 s), so that what is
 * seen is the application's answer, not the limiter's.
 */
final class GatewayFuzzer {

    /** What an answer to a case may be. */
    enum Expect {
        /** A 4xx problem response: the input is wrong, or the caller may not make it. */
        PROBLEM,
        /** A read whose bad part may be ignored or simply match nothing: a 2xx or a 4xx problem. */
        HARMLESS_READ,
        /**
         * A read whose filter is text that no stored thing has (an operator, a NUL): a 4xx problem, or a 2xx that
         * finds nothing (its {@code total}, where it has one, is 0), which shows the operator was not obeyed.
         */
        NOTHING_FOUND
    }

    record Param(String name, String type, String format) {
    }

    record Endpoint(String method, String path, List<Param> query, Map<String, String> pathTypes,
            Map<String, String> bodyProperties, boolean takesBody) {

        boolean changes() {
            return !method.equals("GET") && !method.equals("HEAD");
        }

        boolean isLogin() {
            return path.startsWith("/api/auth/login");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One request: the path and query as sent on the wire (already percent-encoded), its headers and body. */
    record Case(Endpoint endpoint, String group, String name, String pathAndQuery, Map<String, String> headers,
            String body, Expect expect) {
    }

    record Answer(Case fuzzCase, int status, String contentType, String body, long millis) {

        /** "hang" for a time-out, "no answer" for a dropped connection, else the status. */
        String outcome() {
            return status == TIMED_OUT ? "hang" : status == NO_ANSWER ? "no answer" : Integer.toString(status);
        }

        /** Why the answer breaks the rules, or null if it keeps them. */
        String violation() {
            if (status == TIMED_OUT) {
                return "no answer within " + TIMEOUT.toSeconds() + " s";
            }
            if (status == NO_ANSWER) {
                return "the connection closed without an answer: " + body;
            }
            if (status >= 500) {
                return "a server error";
            }
            if (status >= 200 && status < 300) {
                if (fuzzCase.expect() == Expect.NOTHING_FOUND) {
                    Matcher total = TOTAL.matcher(body);
                    return total.find() && !total.group(1).equals("0") ? "found " + total.group(1) : null;
                }
                return fuzzCase.expect() == Expect.HARMLESS_READ ? null : "accepted";
            }
            if (status >= 400 && status < 500) {
                return contentType.startsWith("application/problem+json") ? null
                        : "a " + status + " that is not a problem response (Content-Type: " + contentType + ")";
            }
            return "an unexpected status";
        }
    }

    static final int TIMED_OUT = -1;
    static final int NO_ANSWER = -2;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Under the gateway's 20 requests a second per client address. */
    static final Duration API_PACE = Duration.ofMillis(1000 / 17);
    /** The login allowance refills one every 5 s. */
    static final Duration LOGIN_PACE = Duration.ofMillis(5_300);
    /** Request bodies above 256 KB are refused: this is beyond. */
    static final int OVERSIZED_BODY = 300 * 1024;
    static final int DEEP_NESTING = 5_000;

    static final List<String> ROLES = List.of("centre", "leader", "zjj-officer", "officer", "enterprise");
    private static final Map<String, String> PASSWORDS = Map.of("centre", "demo-centre", "leader", "demo-leader",
            "zjj-officer", "demo-dept", "officer", "demo-officer", "enterprise", "demo-enterprise");
    private static final String ANONYMOUS = "anonymous";
    private static final String CREDIT_CODE = "91350100M000100Y43";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OPERATORS = List.of("{\"$ne\":\"\"}", "{\"$gt\":\"\"}",
            "{\"$where\":\"sleep(5000)\"}", "{\"$regex\":\".*\"}");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\"\\s*:");
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([^\"]+)\"");

    private final String gateway;
    private final GatewayCalls calls;
    private final List<String> apiDocs;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> validValues = new LinkedHashMap<>();
    private final Deque<Case> loginCases = new ArrayDeque<>();
    private Instant nextApiRequest = Instant.now();
    private Instant nextLogin = Instant.now();
    private int retriedAfter429;

    /**
     * @param gateway the gateway's base URL, e.g. {@code http://localhost:8080}
     * @param apiDocs the base URLs whose {@code /v3/api-docs} list the endpoints: the four services' own ports
     *                (their documents are not routed through the gateway) and the gateway for its own
     */
    GatewayFuzzer(String gateway, GatewayCalls calls, List<String> apiDocs) {
        this.gateway = gateway;
        this.calls = calls;
        this.apiDocs = List.copyOf(apiDocs);
    }

    /** Fuzzes every endpoint and asserts the answers and that nothing was stored; prints the summary. */
    void fuzzEveryEndpoint() throws IOException, InterruptedException {
        Instant start = Instant.now();
        List<Endpoint> endpoints = new ArrayList<>();
        for (String base : apiDocs) {
            endpoints.addAll(endpoints(calls.get(base + "/v3/api-docs", null).body()));
        }
        assertThat(endpoints).as("endpoints in the OpenAPI documents of " + apiDocs).hasSizeGreaterThan(10);
        // Login cases wait for the login allowance: queued first, they are sent in between the others.
        endpoints.sort(Comparator.comparing(endpoint -> !endpoint.isLogin()));
        for (String role : ROLES) {
            tokens.put(role, logIn(role));
        }
        createOneOfEach();
        Map<String, Integer> before = storedCounts();

        List<Answer> answers = new ArrayList<>();
        Map<Endpoint, String> callers = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            // A change without a body (a rebuild) is sent only as callers the gateway refuses: anything else would
            // make the change. Logins are anonymous, and their allowance is small: only their bodies are fuzzed.
            String caller = endpoint.isLogin() || endpoint.changes() && !endpoint.takesBody() ? ANONYMOUS
                    : callerFor(endpoint);
            callers.put(endpoint, caller);
            for (Case fuzzCase : cases(endpoint, validValues, caller.equals(ANONYMOUS) ? null : tokens.get(caller))) {
                if (endpoint.isLogin()) {
                    if (fuzzCase.group().equals("body")) {
                        loginCases.add(fuzzCase);
                    }
                } else {
                    answers.add(send(fuzzCase));
                }
                sendDueLoginCase(answers, false);
            }
        }
        while (!loginCases.isEmpty()) {
            sendDueLoginCase(answers, true);
        }
        Map<String, Integer> after = storedCounts();
        Duration took = Duration.between(start, Instant.now());

        System.out.println(summary(answers, callers, took, retriedAfter429));
        List<String> violations = answers.stream().filter(answer -> answer.violation() != null)
                .map(GatewayFuzzer::describe).toList();
        long rateLimited = answers.stream().filter(answer -> answer.status() == 429).count();
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(violations).as("answers that break the rules").isEmpty();
            softly.assertThat(after).as("what is stored, before and after the bad input").isEqualTo(before);
            softly.assertThat(rateLimited).as("cases answered by the rate limiter instead of the application")
                    .isLessThanOrEqualTo(answers.size() / 20);
        });
    }

    // --- The endpoints, from an OpenAPI document ---------------------------------------------------------------

    /** Every operation of an OpenAPI document, with its query parameters, path variables and body properties. */
    static List<Endpoint> endpoints(String openApi) throws IOException {
        JsonNode document = JSON.readTree(openApi);
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                List<Param> query = new ArrayList<>();
                Map<String, String> pathTypes = new LinkedHashMap<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    JsonNode schema = parameter.path("schema");
                    // A parameter with a $ref schema is resolved by the application (the signed-in user), not read
                    // from the request.
                    if (schema.has("$ref")) {
                        continue;
                    }
                    String type = schema.path("type").asText("string");
                    if (parameter.path("in").asText().equals("path")) {
                        pathTypes.put(parameter.path("name").asText(), type);
                    } else if (parameter.path("in").asText().equals("query")) {
                        query.add(new Param(parameter.path("name").asText(), type,
                                schema.path("format").asText(null)));
                    }
                }
                JsonNode requestBody = operation.getValue().path("requestBody");
                Map<String, String> properties = new LinkedHashMap<>();
                JsonNode bodySchema = resolve(document, requestBody.path("content").path("application/json")
                        .path("schema"));
                for (Iterator<Map.Entry<String, JsonNode>> fields = bodySchema.path("properties").fields();
                        fields.hasNext();) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    JsonNode schema = resolve(document, field.getValue());
                    properties.put(field.getKey(), schema.path("type").asText("object"));
                }
                endpoints.add(new Endpoint(operation.getKey().toUpperCase(), path.getKey(), query, pathTypes,
                        properties, !requestBody.isMissingNode()));
            }
        }
        return endpoints;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : schema;
    }

    // --- The cases ------------------------------------------------------------------------------------------

    /**
     * Path segments as sent, percent-encoded where the raw character may not stand in a URI: traversal (raw and
     * encoded, which the gateway must refuse before routing), an encoded slash, a NoSQL operator and an empty
     * object as JSON, unicode, a NUL, a number that fits no integer, and very long ones.
     */
    static List<String> badIds() {
        return List.of("..", "%2e%2e", "a%2Fb", encode("{}"), encode("{\"$ne\":1}"), encode("项目🚧"), "%00",
                "99999999999999999999", "x".repeat(2_000), "x".repeat(6_000));
    }

    /** Every case for one endpoint: headers, path ids, query parameters and, for a change, bodies. */
    static List<Case> cases(Endpoint endpoint, Map<String, String> validValues, String token) {
        List<Case> cases = new ArrayList<>();
        String path = fill(endpoint, validValues, null, null);
        // The request as the caller would send it, but for the one thing each case spoils. A change's body is
        // refused for an unknown member, so that no case can store anything even if all else were valid.
        String probe = endpoint.takesBody() ? "{\"fuzzProbe\":true}" : null;
        Expect readOrProblem = endpoint.changes() ? Expect.PROBLEM : Expect.HARMLESS_READ;

        cases.addAll(headerCases(endpoint, path, token, probe));
        endpoint.pathTypes().keySet().forEach(variable -> badIds().forEach(id -> cases.add(new Case(endpoint, "path id",
                variable + "=" + shorten(id), fill(endpoint, validValues, variable, id), bearer(token, probe), probe,
                expectForBadId(endpoint, variable, id)))));
        cases.addAll(queryCases(endpoint, path, token, probe, readOrProblem));
        if (endpoint.takesBody()) {
            cases.addAll(bodyCases(endpoint, path, token));
        }
        return cases;
    }

    /**
     * A bad id of a change is refused. One of a read is an unknown thing (400 or 404), unless the variable is not
     * a number and names no stored thing but a filter (a leader's name), which then matches nothing: a 2xx.
     */
    static Expect expectForBadId(Endpoint endpoint, String variable, String id) {
        if (id.length() > 4_000 || id.contains("%00")) {
            return Expect.PROBLEM; // refused by the HTTP server (414) or the firewall (400)
        }
        return endpoint.changes() || endpoint.pathTypes().get(variable).equals("integer") ? Expect.PROBLEM
                : Expect.HARMLESS_READ;
    }

    private static List<Case> headerCases(Endpoint endpoint, String path, String token, String probe) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(endpoint, "header", "bearer garbage", path, bearer("not-a-token", probe), probe,
                Expect.PROBLEM));
        cases.add(new Case(endpoint, "header", "bearer alg=none, expired", path,
                bearer(unsignedExpiredToken(), probe), probe, Expect.PROBLEM));
        cases.add(new Case(endpoint, "header", "bearer forged RS256", path, bearer(forgedToken(), probe), probe,
                Expect.PROBLEM));
        cases.add(new Case(endpoint, "header", "bearer 16 KB", path, bearer("x".repeat(16_000), probe), probe,
                Expect.PROBLEM));
        Map<String, String> huge = bearer(token, probe);
        huge.put("X-Fuzz", "a".repeat(20_000));
        cases.add(new Case(endpoint, "header", "20 KB header", path, huge, probe, Expect.PROBLEM));
        Map<String, String> xml = bearer(token, probe);
        xml.put("Accept", "application/xml");
        // A read may still answer in JSON rather than refuse: the client then knows what it got.
        cases.add(new Case(endpoint, "header", "Accept: application/xml", path, xml, probe,
                endpoint.changes() ? Expect.PROBLEM : Expect.HARMLESS_READ));
        if (endpoint.takesBody()) {
            Map<String, String> text = bearer(token, null);
            text.put("Content-Type", "text/plain");
            cases.add(new Case(endpoint, "header", "Content-Type: text/plain", path, text, "{}", Expect.PROBLEM));
            Map<String, String> xmlBody = bearer(token, null);
            xmlBody.put("Content-Type", "application/xml");
            cases.add(new Case(endpoint, "header", "Content-Type: application/xml", path, xmlBody, "<project/>",
                    Expect.PROBLEM));
        }
        return cases;
    }

    private static List<Case> queryCases(Endpoint endpoint, String path, String token, String probe,
            Expect readOrProblem) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> headers = bearer(token, probe);
        cases.add(new Case(endpoint, "query", "$where=sleep(5000)", path + "?" + query("$where", "sleep(5000)"),
                headers, probe, readOrProblem));
        boolean paged = false;
        for (Param param : endpoint.query()) {
            paged |= param.name().equals("page") || param.name().equals("size");
            // An operator in brackets is an unknown parameter to the application, and ignored.
            cases.add(new Case(endpoint, "query", param.name() + "[$ne]=x",
                    path + "?" + query(param.name() + "[$ne]", "x"), headers, probe, readOrProblem));
            cases.add(new Case(endpoint, "query", param.name() + "[$gt]=",
                    path + "?" + query(param.name() + "[$gt]", ""), headers, probe, readOrProblem));
            boolean text = param.type().equals("string") && param.format() == null;
            // As a text value an operator is just text to look for, which nothing has; for a number, date or
            // boolean it is no value at all.
            Expect typed = !text ? Expect.PROBLEM : endpoint.changes() ? Expect.PROBLEM : Expect.NOTHING_FOUND;
            cases.add(new Case(endpoint, "query", param.name() + "={\"$ne\":null}",
                    path + "?" + query(param.name(), "{\"$ne\":null}"), headers, probe, typed));
            String bad = switch (param.type()) {
                case "integer", "number" -> "99999999999999999999";
                case "boolean" -> "maybe";
                default -> param.format() != null ? "2026-02-30" : "(a+)+$\\[";
            };
            cases.add(new Case(endpoint, "query", param.name() + "=" + bad, path + "?" + query(param.name(), bad),
                    headers, probe, typed));
            if (text) {
                // A NUL is text too, but not in every place a database takes text (a regular expression).
                cases.add(new Case(endpoint, "query", param.name() + "=a%00b", path + "?" + query(param.name(),
                        "a\u0000b"), headers, probe, typed));
            }
        }
        if (paged) {
            for (String page : List.of("size=100000", "size=-1", "page=-1", "page=100001", "page=abc")) {
                cases.add(new Case(endpoint, "query", page, path + "?" + page, headers, probe, Expect.PROBLEM));
            }
        }
        return cases;
    }

    /** Bodies that no application may accept: malformed, of the wrong shape or types, too deep, too large. */
    static List<Case> bodyCases(Endpoint endpoint, String path, String token) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> headers = bearer(token, "");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("truncated JSON", "{\"name\": ");
        bodies.put("trailing comma", "{\"version\":1,}");
        bodies.put("form-encoded", "version=1&to=PREPARATION");
        bodies.put("empty", "");
        bodies.put("null", "null");
        bodies.put("array", "[]");
        bodies.put("string", "\"text\"");
        bodies.put("{$where}", "{\"$where\":\"sleep(5000)\"}");
        bodies.put("{$ne}", "{\"$ne\":null}");
        String first = endpoint.bodyProperties().keySet().stream().findFirst().orElse("value");
        bodies.put("arrays nested " + DEEP_NESTING, "{\"" + first + "\":" + "[".repeat(DEEP_NESTING)
                + "]".repeat(DEEP_NESTING) + "}");
        bodies.put("objects nested " + DEEP_NESTING, "{\"a\":".repeat(DEEP_NESTING) + "1" + "}".repeat(DEEP_NESTING));
        String array = endpoint.bodyProperties().entrySet().stream().filter(e -> e.getValue().equals("array"))
                .map(Map.Entry::getKey).findFirst().orElse(first);
        bodies.put("array of 60000", "{\"" + array + "\":[" + "0,".repeat(59_999) + "0]}");
        String text = endpoint.bodyProperties().entrySet().stream().filter(e -> e.getValue().equals("string"))
                .map(Map.Entry::getKey).findFirst().orElse(first);
        bodies.put("string of 100 KB", "{\"" + text + "\":\"" + "A".repeat(100 * 1024) + "\"}");
        bodies.put("body over 256 KB", "{\"" + text + "\":\"" + "A".repeat(OVERSIZED_BODY) + "\"}");
        // With an unknown member after it, so that a logout (which accepts any token text) stays a refusal too.
        bodies.put("NUL and lone surrogate", "{\"" + text + "\":\"\\u0000\\ud800\",\"fuzzProbe\":true}");
        int i = 0;
        for (Map.Entry<String, String> property : endpoint.bodyProperties().entrySet()) {
            // An operator object is the wrong type for every scalar or list; a map takes it as keys.
            String operator = property.getValue().equals("object") ? "{\"$where\":\"sleep(5000)\",\"$ne\":null}"
                    : OPERATORS.get(i++ % OPERATORS.size());
            bodies.put(property.getKey() + "=" + operator, "{\"" + property.getKey() + "\":" + operator + "}");
            String wrong = switch (property.getValue()) {
                case "string" -> "[1,2]";
                case "integer", "number" -> "\"abc\"";
                case "boolean" -> "\"maybe\"";
                default -> "\"x\"";
            };
            bodies.put(property.getKey() + "=" + wrong, "{\"" + property.getKey() + "\":" + wrong + "}");
        }
        bodies.forEach((name, body) -> cases.add(new Case(endpoint, "body", name, path, headers, body,
                Expect.PROBLEM)));
        return cases;
    }

    /** The path with its variables filled with valid values, one of them (if named) with {@code bad}. */
    static String fill(Endpoint endpoint, Map<String, String> validValues, String variable, String bad) {
        String path = endpoint.path();
        for (String name : endpoint.pathTypes().keySet()) {
            String value = name.equals(variable) ? bad : encode(validValues.getOrDefault(name, "fuzz-unknown"));
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private static Map<String, String> bearer(String token, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return headers;
    }

    /** A token that claims the centre's role, expired in 1970 and not signed at all. */
    static String unsignedExpiredToken() {
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64("{\"sub\":\"centre\",\"roles\":"
                + "[\"CITY_ADMIN\"],\"aud\":\"key-projects\",\"exp\":1,\"iat\":0}") + ".";
    }

    /** A well-formed RS256 token with a signature no key made. */
    static String forgedToken() {
        return base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"fuzz\"}") + "." + base64("{\"sub\":\"centre\","
                + "\"roles\":[\"CITY_ADMIN\"],\"aud\":\"key-projects\",\"exp\":4102444800}") + "."
                + base64("x".repeat(256));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String name, String value) {
        return encode(name) + "=" + encode(value);
    }

    private static String shorten(String text) {
        return text.length() > 24 ? "(" + text.length() + " chars)" : text;
    }

    // --- Running them -----------------------------------------------------------------------------------------

    /**
     * The first role whose request passes the access table (neither 401 nor 403): a read filled with valid ids,
     * or a change with a body refused for an unknown member, so the probe stores nothing. Anonymous if none does.
     */
    private String callerFor(Endpoint endpoint) throws IOException, InterruptedException {
        String path = fill(endpoint, validValues, null, null);
        String probe = endpoint.takesBody() ? "{\"fuzzProbe\":true}" : null;
        for (String role : ROLES) {
            Answer answer = send(new Case(endpoint, "probe", role, path, bearer(tokens.get(role), probe), probe,
                    Expect.PROBLEM));
            if (answer.status() != 401 && answer.status() != 403) {
                return role;
            }
        }
        return ANONYMOUS;
    }

    /** Sends a login case when the login allowance has one again; waits for it if {@code wait}. */
    private void sendDueLoginCase(List<Answer> answers, boolean wait) throws IOException, InterruptedException {
        if (loginCases.isEmpty()) {
            return;
        }
        Duration left = Duration.between(Instant.now(), nextLogin);
        if (left.isNegative() || wait) {
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
            nextLogin = Instant.now().plus(LOGIN_PACE);
            answers.add(send(loginCases.poll()));
        }
    }

    /** One case, paced; a 429 is waited out once, so that the application's own answer is what is counted. */
    private Answer send(Case fuzzCase) throws InterruptedException {
        Answer answer = sendPaced(fuzzCase);
        if (answer.status() == 429) {
            retriedAfter429++;
            Thread.sleep(1_000L * Math.min(6, retryAfter(answer)));
            return sendPaced(fuzzCase);
        }
        return answer;
    }

    private static long retryAfter(Answer answer) {
        return answer.body().contains("try again in ") ? Long.parseLong(answer.body().replaceAll(
                "(?s).*try again in (\\d+) s.*", "$1")) : 1;
    }

    private Answer sendPaced(Case fuzzCase) throws InterruptedException {
        if (fuzzCase.pathAndQuery().startsWith("/api/") && !fuzzCase.endpoint().isLogin()) {
            Duration wait = Duration.between(Instant.now(), nextApiRequest);
            if (!wait.isNegative()) {
                Thread.sleep(wait.toMillis());
            }
            nextApiRequest = Instant.now().plus(API_PACE);
        }
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = calls.exchange(fuzzCase.endpoint().method(),
                    gateway + fuzzCase.pathAndQuery(), fuzzCase.headers(), fuzzCase.body(), TIMEOUT);
            return new Answer(fuzzCase, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse("(none)"), response.body(), since(sent));
        } catch (HttpTimeoutException timedOut) {
            return new Answer(fuzzCase, TIMED_OUT, "", "", since(sent));
        } catch (IOException dropped) {
            return new Answer(fuzzCase, NO_ANSWER, "", String.valueOf(dropped), since(sent));
        }
    }

    private static long since(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private String logIn(String role) throws IOException, InterruptedException {
        // Logins before this one (the system test's) may have used the allowance up: wait for the next.
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            HttpResponse<String> login = calls.send("POST", gateway + "/api/auth/login", null,
                    "{\"username\":\"" + role + "\",\"password\":\"" + PASSWORDS.get(role) + "\"}");
            if (login.statusCode() != 429 || Instant.now().isAfter(deadline)) {
                assertThat(login.statusCode()).as("login as " + role + ": " + login.body()).isEqualTo(200);
                nextLogin = Instant.now().plus(LOGIN_PACE);
                return DemoData.accessToken(login.body());
            }
            Thread.sleep(1_000);
        }
    }

    // --- Valid ids, and what is stored --------------------------------------------------------------------------

    /**
     * One project (the centre registers it for the demo enterprise), a case (the enterprise opens its construction
     * permit stage) and a ticket (the enterprise reports a problem), so that path variables can name real things.
     */
    private void createOneOfEach() throws IOException, InterruptedException {
        String centre = tokens.get("centre");
        String enterprise = tokens.get("enterprise");
        HttpResponse<String> project = calls.send("POST", gateway + "/api/projects", centre, ("{\"name\":\"模糊测试项目\","
                + "\"district\":\"371400\",\"sector\":\"INDUSTRIAL\",\"level\":\"MUNICIPAL_KEY\",\"totalInvestment\":"
                + "\"100000000.00\",\"ownerName\":\"测试企业\",\"ownerCreditCode\":\"%s\"}").formatted(CREDIT_CODE));
        GatewayCalls.expect(project, 201, null);
        String projectId = GatewayCalls.member(project.body(), "id");
        validValues.put("id", projectId);
        validValues.put("projectId", projectId);

        HttpResponse<String> opened = retryUntilCreated(gateway + "/api/approvals/cases", enterprise, ("{\"projectId\":"
                + "\"%s\",\"stage\":\"CONSTRUCTION_PERMIT\",\"form\":{\"contactName\":\"张工\",\"contactPhone\":"
                + "\"0534-2345678\",\"constructionContent\":\"厂房\"}}").formatted(projectId));
        validValues.put("caseId", GatewayCalls.member(opened.body(), "caseId"));
        validValues.put("itemCode", GatewayCalls.member(opened.body(), "code"));
        HttpResponse<String> reported = retryUntilCreated(gateway + "/api/issues/tickets", enterprise, ("{\"projectId\":"
                + "\"%s\",\"category\":\"ROAD_ACCESS\",\"severity\":\"SERIOUS\",\"title\":\"便道未通\",\"description\":"
                + "\"车辆无法进场\"}").formatted(projectId));
        validValues.put("ticketId", GatewayCalls.member(reported.body(), "ticketId"));

        Matcher task = Pattern.compile("\"taskId\"\\s*:\\s*\"([^\"]+)\"").matcher(
                calls.get(gateway + "/api/projects/" + projectId + "/promotion-plan", centre).body());
        validValues.put("taskId", task.find() ? task.group(1) : "officer-named");
        validValues.put("milestoneId", "START");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        validValues.put("month", YearMonth.from(today).minusMonths(1).toString());
        validValues.put("year", Integer.toString(today.getYear()));
        validValues.put("version", "1");
        validValues.put("department", "zjj");
        validValues.put("leader", "leader");
        Matcher visit = Pattern.compile("\"visitId\"\\s*:\\s*\"([^\"]+)\"").matcher(
                calls.get(gateway + "/api/issues/visits?size=1", centre).body());
        validValues.put("visitId", visit.find() ? visit.group(1) : "fuzz-unknown");
    }

    /** The services learn of a new project from its event: until then they answer 404. */
    private HttpResponse<String> retryUntilCreated(String uri, String token, String body)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        HttpResponse<String> created = calls.send("POST", uri, token, body);
        while (created.statusCode() == 404 && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            created = calls.send("POST", uri, token, body);
        }
        GatewayCalls.expect(created, 201, null);
        return created;
    }

    /**
     * What the centre sees stored: projects, tickets, cases (summed over every project's approval progress),
     * policies, visits and catalogue versions, and the audit trails of the project, case and ticket made here
     * (every change to them is an event in their trail).
     */
    private Map<String, Integer> storedCounts() throws IOException, InterruptedException {
        String centre = tokens.get("centre");
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("projects", total("/api/projects?size=1"));
        counts.put("tickets", total("/api/issues/tickets?size=1"));
        counts.put("policies", total("/api/policies?size=1&includeWithdrawn=true"));
        counts.put("visits", total("/api/issues/visits?size=1"));
        counts.put("catalogue versions", total("/api/approvals/catalogue/versions?size=1"));
        int cases = 0;
        for (int page = 0; page * 100 < counts.get("projects"); page++) {
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(
                    get("/api/projects?size=100&page=" + page, centre));
            while (id.find()) {
                Matcher caseId = CASE_ID.matcher(get("/api/approvals/projects/" + id.group(1) + "/progress", centre));
                while (caseId.find()) {
                    cases++;
                }
            }
        }
        counts.put("cases", cases);
        counts.put("events of the project", events("/api/projects/" + validValues.get("id") + "/history"));
        counts.put("events of the case", events("/api/approvals/cases/" + validValues.get("caseId") + "/history"));
        counts.put("events of the ticket", events("/api/issues/tickets/" + validValues.get("ticketId") + "/history"));
        return counts;
    }

    private int total(String pathAndQuery) throws IOException, InterruptedException {
        return (int) GatewayCalls.number(get(pathAndQuery, tokens.get("centre")), "total");
    }

    private int events(String pathAndQuery) throws IOException, InterruptedException {
        Matcher sequence = SEQUENCE.matcher(get(pathAndQuery, tokens.get("centre")));
        int events = 0;
        while (sequence.find()) {
            events++;
        }
        return events;
    }

    private String get(String pathAndQuery, String token) throws IOException, InterruptedException {
        Duration wait = Duration.between(Instant.now(), nextApiRequest);
        if (!wait.isNegative()) {
            Thread.sleep(wait.toMillis());
        }
        nextApiRequest = Instant.now().plus(API_PACE);
        HttpResponse<String> response = calls.get(gateway + pathAndQuery, token);
        GatewayCalls.expect(response, 200, null);
        return response.body();
    }

    // --- The report ---------------------------------------------------------------------------------------------

    /**
     * Endpoint (and the caller sent) × case group → status counts, the share of each status, the slowest answers
     * and every answer that broke the rules.
     */
    static String summary(List<Answer> answers, Map<Endpoint, String> callers, Duration took, int retried) {
        StringBuilder table = new StringBuilder(("%nBad input through the gateway: %d endpoints, %d requests in %d s"
                + " (%d retried after a 429)%n").formatted(callers.size(), answers.size(), took.toSeconds(), retried));
        Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
        Map<String, Integer> shares = new TreeMap<>();
        for (Answer answer : answers) {
            Endpoint endpoint = answer.fuzzCase().endpoint();
            String row = "%-64s %-11s %-7s".formatted(endpoint, callers.get(endpoint), answer.fuzzCase().group());
            rows.computeIfAbsent(row, r -> new TreeMap<>()).merge(answer.outcome(), 1, Integer::sum);
            shares.merge(answer.outcome(), 1, Integer::sum);
        }
        rows.forEach((row, statuses) -> {
            table.append(row);
            statuses.forEach((status, count) -> table.append(' ').append(status).append('×').append(count));
            table.append('\n');
        });
        table.append("Share of each status:");
        shares.forEach((status, count) -> table.append(" %s %.1f%%".formatted(status, 100.0 * count / answers.size())));
        table.append("\nSlowest answers:");
        answers.stream().sorted(Comparator.comparingLong(Answer::millis).reversed()).limit(3)
                .forEach(answer -> table.append(" %d ms (%s %s / %s);".formatted(answer.millis(),
                        answer.fuzzCase().endpoint(), answer.fuzzCase().group(), answer.fuzzCase().name())));
        table.append('\n');
        answers.stream().filter(answer -> answer.violation() != null)
                .forEach(answer -> table.append("VIOLATION ").append(describe(answer)).append('\n'));
        return table.toString();
    }

    static String describe(Answer answer) {
        Case fuzzCase = answer.fuzzCase();
        String body = fuzzCase.body() == null ? "" : " body " + (fuzzCase.body().length() > 120
                ? fuzzCase.body().substring(0, 120) + "… (" + fuzzCase.body().length() + " chars)" : fuzzCase.body());
        String path = fuzzCase.pathAndQuery().length() > 160 ? fuzzCase.pathAndQuery().substring(0, 160) + "…"
                : fuzzCase.pathAndQuery();
        String got = answer.body() == null ? "" : answer.body().length() > 300 ? answer.body().substring(0, 300) + "…"
                : answer.body();
        return "%s: %s %s [%s / %s]%s -> %s %s %s".formatted(answer.violation(), fuzzCase.endpoint().method(), path,
                fuzzCase.group(), fuzzCase.name(), body, answer.outcome(), answer.contentType(), got);
    }
}
