package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

    /** The real projects of the seed reports that the launcher ships. */
    private static final int DEMO_PROJECTS = 8;

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjZW50cmUifQ.c2lnbmF0dXJl";
    private static final String TOKEN_RESPONSE = "{\"access_token\":\"" + TOKEN
            + "\",\"token_type\":\"Bearer\",\"expires_in\":900,\"refresh_token\":\"r-1\"}";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private StubGateway gateway;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = new StubGateway();
    }

    @AfterEach
    void stopGateway() {
        gateway.server.stop(0);
    }

    @Test
    void theBundledProjectsAreTheSeedReportsProjectsEachAnObjectWithItsName() {
        List<String> projects = DemoData.projects();

        assertThat(projects).hasSize(DEMO_PROJECTS)
                .allSatisfy(project -> assertThat(project).startsWith("{").endsWith("}"));
        assertThat(projects.stream().map(DemoData::name)).containsExactly("先导科技半导体激光雷达及传感器件产业化项目",
                "经开区连接器产业园项目", "杨庄水库", "天衢国际会展中心", "中心城区初期雨水治理及雨洪资源利用项目",
                "山东有研集成电路用大尺寸硅材料规模化生产项目", "中水海核（一期）", "汇诺畅远高端装备生产项目");
        // The figures the reports quote: 50亿 in Tianqu New District; 9.5亿 on 123亩 in Mianyang.
        assertThat(projects.get(0)).contains("\"totalInvestment\": \"5000000000.00\"", "天衢新区");
        assertThat(projects.get(1)).contains("\"totalInvestment\": \"950000000.00\"", "\"landAreaMu\": \"123\"",
                "\"district\": \"510703\"");
        assertThat(projects.get(2)).doesNotContain("totalInvestment");
    }

    @Test
    void eachProjectWithDemoProgressIsAssignedMovedPlannedAndReportedRightAfterItIsRegistered() throws Exception {
        gateway.loginAnswer(200, TOKEN_RESPONSE);

        DemoData.load(http, gateway.uri(), dir.resolve(DemoData.MARKER));

        // The first demo project (p-1): responsibility, two stage moves (each after reading the version), the plan,
        // and the reports of this year's months that have ended.
        List<String> first = gateway.progress.stream().filter(request -> request.contains("/p-1/")
                || request.endsWith("/p-1 ")).toList();
        int reports = Math.min(11, YearMonth.now(ZoneId.of("Asia/Shanghai")).getMonthValue() - 1);
        assertThat(first).hasSize(1 + 2 * 2 + 1 + reports);
        assertThat(first.get(0)).startsWith("PUT /api/projects/p-1/responsibility").contains("\"officer\":\"officer\"");
        assertThat(first.get(1)).isEqualTo("GET /api/projects/p-1 ");
        assertThat(first.get(2)).startsWith("POST /api/projects/p-1/stage-changes").contains("\"to\":\"PREPARATION\"")
                .doesNotContain("fastTrack");
        assertThat(first.get(4)).contains("\"to\":\"UNDER_CONSTRUCTION\"", "\"fastTrack\":true", "\"reason\":");
        assertThat(first.get(5)).startsWith("PUT /api/projects/p-1/annual-plans/" + YearMonth.now(
                ZoneId.of("Asia/Shanghai")).getYear()).contains("\"annualAmount\":\"1200000000.00\"");
        assertThat(first.subList(6, first.size())).allSatisfy(report -> assertThat(report)
                .contains("/monthly-reports/", "\"completedInvestment\":\"100000000.00\""));
        // 杨庄水库 (p-3) only moves to preparation.
        assertThat(gateway.progress.stream().filter(request -> request.contains("/p-3")).toList()).hasSize(3);
    }

    @Test
    void elementsSplitOnlyAtTopLevelCommas() {
        assertThat(DemoData.elements("[{\"a\": [1, 2], \"b\": \"x, \\\"y]\"}, {\"c\": {}} ]"))
                .containsExactly("{\"a\": [1, 2], \"b\": \"x, \\\"y]\"}", "{\"c\": {}}");
        assertThat(DemoData.elements(" [ ] ")).isEmpty();
    }

    @Test
    void logsInAsTheCentreAndSendsItsTokenWithEveryProject() throws Exception {
        gateway.loginAnswer(200, TOKEN_RESPONSE);
        Path marker = dir.resolve(DemoData.MARKER);

        int posted = DemoData.load(http, gateway.uri(), marker);

        assertThat(posted).isEqualTo(DEMO_PROJECTS);
        assertThat(gateway.logins).singleElement().satisfies(login -> {
            assertThat(login.contentType()).startsWith("application/json");
            assertThat(login.body().replace(" ", ""))
                    .isEqualTo("{\"username\":\"centre\",\"password\":\"demo-centre\"}");
        });
        assertThat(gateway.posts).hasSize(DEMO_PROJECTS)
                .allSatisfy(post -> assertThat(post.authorization()).isEqualTo("Bearer " + TOKEN));
        assertThat(gateway.posts.stream().map(post -> DemoData.name(post.body())))
                .containsExactlyElementsOf(DemoData.projects().stream().map(DemoData::name).toList());
        assertThat(Files.readAllLines(marker, StandardCharsets.UTF_8))
                .containsExactlyElementsOf(DemoData.projects().stream().map(DemoData::name).toList());

        assertThat(DemoData.load(http, gateway.uri(), marker)).as("all loaded: nothing more").isZero();
        assertThat(gateway.logins).as("no login when there is nothing to post").hasSize(1);
        assertThat(gateway.posts).hasSize(DEMO_PROJECTS);
    }

    @Test
    void aRefusedLoginLoadsNothingAndSaysSo() throws Exception {
        gateway.loginAnswer(401, "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}");
        Path marker = dir.resolve(DemoData.MARKER);

        assertThatThrownBy(() -> DemoData.load(http, gateway.uri(), marker))
                .isInstanceOf(DemoData.RejectedException.class)
                .hasMessageContaining("Logging in as centre")
                .hasMessageContaining(gateway.uri().resolve("/api/auth/login").toString())
                .hasMessageContaining("answered 401")
                .hasMessageContaining("Unauthorized")
                .hasMessageNotContaining("demo-centre");
        assertThat(gateway.logins).hasSize(1);
        assertThat(gateway.posts).as("no project without a token").isEmpty();
        assertThat(marker).as("not marked loaded: the next start tries again").doesNotExist();

        gateway.loginAnswer(200, TOKEN_RESPONSE);
        assertThat(DemoData.load(http, gateway.uri(), marker)).as("the next start loads them all").isEqualTo(DEMO_PROJECTS);
    }

    @Test
    void aLoginAnswerWithoutATokenLoadsNothing() throws Exception {
        gateway.loginAnswer(200, "{\"token_type\":\"Bearer\"}");
        Path marker = dir.resolve(DemoData.MARKER);

        assertThatThrownBy(() -> DemoData.load(http, gateway.uri(), marker))
                .isInstanceOf(DemoData.RejectedException.class)
                .hasMessageContaining("without an access_token");
        assertThat(gateway.posts).isEmpty();
        assertThat(marker).doesNotExist();
    }

    @Test
    void aRefusedProjectStopsTheLoadAndOnlyTheRestIsPostedNextTime() throws Exception {
        gateway.loginAnswer(200, TOKEN_RESPONSE);
        gateway.refuseProjectNumber(3);
        Path marker = dir.resolve(DemoData.MARKER);

        assertThatThrownBy(() -> DemoData.load(http, gateway.uri(), marker))
                .isInstanceOf(DemoData.RejectedException.class)
                .hasMessageContaining("杨庄水库")
                .hasMessageContaining("answered 400");
        assertThat(Files.readAllLines(marker, StandardCharsets.UTF_8)).containsExactly(
                "先导科技半导体激光雷达及传感器件产业化项目", "经开区连接器产业园项目");

        gateway.refuseProjectNumber(0);
        assertThat(DemoData.load(http, gateway.uri(), marker)).isEqualTo(DEMO_PROJECTS - 2);
        assertThat(gateway.logins).as("each load logs in afresh").hasSize(2);
        assertThat(gateway.posts).hasSize(DEMO_PROJECTS)
                .allSatisfy(post -> assertThat(post.authorization()).isEqualTo("Bearer " + TOKEN));
    }

    @Test
    void theAccessTokenIsTakenFromTheTokenResponse() {
        assertThat(DemoData.accessToken(TOKEN_RESPONSE)).isEqualTo(TOKEN);
        assertThat(DemoData.accessToken("{\"token_type\" : \"Bearer\", \"access_token\" : \"a.b-c_d\"}"))
                .isEqualTo("a.b-c_d");
        assertThat(DemoData.accessToken("{\"access_token\":\"\"}")).as("blank").isNull();
        assertThat(DemoData.accessToken("{\"access_token\":42}")).as("not a string").isNull();
        assertThat(DemoData.accessToken("{}")).isNull();
        assertThat(DemoData.accessToken("not json")).isNull();
    }

    /** What the gateway received. */
    private record Received(String contentType, String authorization, String body) {
    }

    /** The gateway's login and project endpoints, answering as told. */
    private static final class StubGateway {

        private final HttpServer server;
        private final List<Received> logins = new CopyOnWriteArrayList<>();
        private final List<Received> posts = new CopyOnWriteArrayList<>();
        /** Requests to a registered project's own resources: its demo progress. */
        private final List<String> progress = new CopyOnWriteArrayList<>();
        private volatile int loginStatus = 500;
        private volatile String loginBody = "";
        private volatile int refusedProject;

        StubGateway() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(DemoData.LOGIN_PATH, exchange -> {
                logins.add(received(exchange));
                answer(exchange, exchange.getRequestMethod().equals("POST") ? loginStatus : 405, loginBody);
            });
            server.createContext(DemoData.PROJECTS_PATH, exchange -> {
                Received post = received(exchange);
                if (!exchange.getRequestURI().getPath().equals(DemoData.PROJECTS_PATH)) {
                    progress.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                            + post.body());
                    answer(exchange, 200, "{\"version\":" + progress.size() + "}");
                } else if (!exchange.getRequestMethod().equals("POST")) {
                    answer(exchange, 405, "");
                } else if (!("Bearer " + TOKEN).equals(post.authorization())) {
                    posts.add(post);
                    answer(exchange, 401, "{\"status\":401}");
                } else if (posts.size() + 1 == refusedProject) {
                    answer(exchange, 400, "{\"status\":400,\"title\":\"Bad Request\"}");
                } else {
                    posts.add(post);
                    answer(exchange, 201, "{\"id\":\"p-" + posts.size() + "\"}");
                }
            });
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        }

        void loginAnswer(int status, String body) {
            loginStatus = status;
            loginBody = body;
        }

        /** Refuses the project that would be the n-th one accepted (counting from the first load); 0 for none. */
        void refuseProjectNumber(int n) {
            refusedProject = n;
        }

        private static Received received(HttpExchange exchange) throws IOException {
            return new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }

        private static void answer(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    status / 100 == 2 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
