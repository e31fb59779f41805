package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole platform as a user runs it: the packaged launcher starts the packaged applications, serves a project
 * through the gateway to the key-project centre signed in with its access token, keeps the actuator off the public
 * port, stops without leaving a process behind, and has the project again after a restart.
 */
class LocalPlatformSystemIT {

    private static final Path PROJECT_ROOT = LauncherProcess.PROJECT_ROOT;
    private static final Path LAUNCHER_JAR = LauncherProcess.LAUNCHER_JAR;
    private static final List<String> APPS = List.of("project-service", "approval-service", "issue-service",
            "reporting-service", "gateway");
    private static final Pattern PROJECT_COUNT = Pattern.compile("\"projectCount\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final String CREDIT_CODE = "91350100M000100Y43";
    private static final String PROJECT = """
            {"name":"系统测试项目","district":"371400","sector":"INDUSTRIAL","level":"MUNICIPAL_KEY",\
            "totalInvestment":"500000000.00","ownerName":"测试企业","ownerCreditCode":"%s"}""".formatted(CREDIT_CODE);

    @TempDir
    Path dataDir;

    private final GatewayCalls calls = new GatewayCalls();
    private final List<LauncherProcess> launchers = new ArrayList<>();

    @BeforeAll
    static void applicationsArePackaged() {
        List<Path> missing = new ArrayList<>();
        for (String app : APPS) {
            Path jar = PROJECT_ROOT.resolve(app).resolve("target").resolve(app + ".jar");
            if (!Files.isRegularFile(jar)) {
                missing.add(jar);
            }
        }
        if (!Files.isRegularFile(LAUNCHER_JAR)) {
            missing.add(LAUNCHER_JAR);
        }
        if (!missing.isEmpty()) {
            fail("The system test starts the packaged platform, but these jars are missing: " + missing
                    + ". Build the whole project (./mvnw verify: this module is last in the reactor), or package the"
                    + " applications first (./mvnw -DskipTests package) when building this module alone.");
        }
    }

    @AfterEach
    void leaveNothingRunning() {
        for (LauncherProcess launcher : launchers) {
            launcher.process.toHandle().destroyForcibly();
            launcher.childPids.values().forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    @Test
    void thePlatformServesStopsWithoutLeftoversAndKeepsItsDataAcrossARestart() throws Exception {
        // A free port for every setting, the gateway's management port included.
        Map<PortSetting, Integer> ports = PortCheckTest.freePorts();
        assertThat(ports).containsOnlyKeys(PortSetting.values());
        String gateway = "http://localhost:" + ports.get(PortSetting.GATEWAY);
        String management = "http://localhost:" + ports.get(PortSetting.GATEWAY_MANAGEMENT);

        LauncherProcess first = LauncherProcess.start(ports, dataDir, launchers);
        first.awaitReady();
        assertThat(first.childPids).containsOnlyKeys("kafka", "mongodb", "project-service", "approval-service",
                "issue-service", "reporting-service", "gateway");

        LauncherProcess second = LauncherProcess.start(ports, dataDir, launchers);
        assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).as("a second launcher gives up at once").isTrue();
        assertThat(second.process.exitValue()).isNotZero();
        assertThat(second.output()).containsAnyOf("is already using the data directory", "is already in use");
        assertThat(first.output()).as("the launcher names the gateway's management address")
                .contains("Metrics:  " + management + "/actuator/prometheus");

        // The actuator answers on the management port only.
        HttpResponse<String> publicHealth = calls.get(gateway + "/actuator/health", null);
        assertThat(publicHealth.statusCode()).as("the actuator through the public port: " + publicHealth.body())
                .isEqualTo(404);
        HttpResponse<String> readiness = calls.get(management + "/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);

        HttpResponse<String> anonymous = postProject(gateway, null);
        assertThat(anonymous.statusCode()).as("a project without a token: " + anonymous.body()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("(none)"))
                .as("the content type of the 401").startsWith("application/problem+json");

        String token = logInAsCentre(gateway);
        HttpResponse<String> created = postProject(gateway, token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as("the created project has an id: " + created.body()).isTrue();
        String projectId = id.group(1);
        awaitProjectCount(gateway, token, 1);

        first.stopAndAssertNothingLeft();
        assertThat(dataDir.resolve(DataDirLock.FILE_NAME)).doesNotExist();

        LauncherProcess again = LauncherProcess.start(ports, dataDir, launchers);
        again.awaitReady();
        token = logInAsCentre(gateway);
        awaitProjectCount(gateway, token, 1);

        // Anyone may read a project, but only in its public view; the centre sees the internal fields too.
        HttpResponse<String> publicView = calls.get(gateway + "/api/projects/" + projectId, null);
        assertThat(publicView.statusCode()).as(publicView.body()).isEqualTo(200);
        assertThat(publicView.body()).contains(projectId, "系统测试项目").doesNotContain("ownerCreditCode");
        HttpResponse<String> centreView = calls.get(gateway + "/api/projects/" + projectId, token);
        assertThat(centreView.statusCode()).as(centreView.body()).isEqualTo(200);
        assertThat(centreView.body()).contains(projectId, "系统测试项目", "\"ownerCreditCode\"", CREDIT_CODE);

        theRegistryUseCasesWorkThroughTheGateway(gateway, token, projectId);
        aProjectPassesTheConstructionPermitStageWithFourDepartmentsInParallel(gateway, token);
        aProblemGoesRoundTheClosedLoopAndALeaderLogsAVisit(gateway, token, projectId);
        theReportsServeThroughTheGateway(gateway, token, projectId);
        theRolesWalkThroughThePortalInABrowser(gateway);
        // After that traffic every metric the alerts and dashboards read must exist (deploy/prometheus, grafana).
        MonitoringMetrics.assertEveryMetricReadIsExposed(Map.of(
                "project-service", actuator(ports.get(PortSetting.PROJECT)),
                "approval-service", actuator(ports.get(PortSetting.APPROVAL)),
                "issue-service", actuator(ports.get(PortSetting.ISSUE)),
                "reporting-service", actuator(ports.get(PortSetting.REPORTING)),
                "gateway", actuator(ports.get(PortSetting.GATEWAY_MANAGEMENT))));
        // Bad input at every endpoint the applications document: 4xx problems, never a 5xx or a hang, nothing stored.
        new GatewayFuzzer(gateway, calls, List.of(service(ports.get(PortSetting.PROJECT)),
                service(ports.get(PortSetting.APPROVAL)), service(ports.get(PortSetting.ISSUE)),
                service(ports.get(PortSetting.REPORTING)), gateway)).fuzzEveryEndpoint();

        again.stopAndAssertNothingLeft();
        assertThat(dataDir.resolve(DataDirLock.FILE_NAME)).doesNotExist();
    }

    /**
     * Each use case of the project registry once through the gateway, as a client sees it: the answer, the problem
     * response for bad input, and the audit trail that records it all.
     */
    private void theRegistryUseCasesWorkThroughTheGateway(String gateway, String token, String projectId)
            throws IOException, InterruptedException {
        String project = gateway + "/api/projects/" + projectId;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        // Bad input is a problem response, whatever the route.
        GatewayCalls.expect(calls.send("POST", gateway + "/api/projects", token, "{\"name\": "), 400, "unreadable-request");
        GatewayCalls.expect(calls.send("POST", gateway + "/api/projects", token,
                PROJECT.replace(CREDIT_CODE, "91350100M000100Y44")), 400, "validation");
        GatewayCalls.expect(calls.send("GET", gateway + "/api/projects?size=1000", null, null), 400, null);
        GatewayCalls.expect(calls.send("PUT", project + "/annual-plans/1800", token, "{}"), 400, null);
        GatewayCalls.expect(calls.send("POST", gateway + "/api/policies", token, "{\"title\":\"x\",\"sectors\":[\"SPACE\"]}"), 400,
                "unreadable-request");
        GatewayCalls.expect(calls.send("POST", project + "/stage-changes", token, "{\"version\":1,\"to\":\"DEMOLISHED\"}"), 400,
                "unreadable-request");
        GatewayCalls.expect(calls.send("PUT", project + "/monthly-reports/2026-13", token, "{}"), 400, null);
        GatewayCalls.expect(calls.send("PUT", project + "/milestones", token,
                "{\"version\":0,\"milestones\":[{\"kind\":\"START\",\"plannedDate\":\"2026-02-30\"}]}"), 400, null);
        GatewayCalls.expect(calls.send("PUT", project + "/promotion-plan", token, "{\"targetStart\":"), 400, "unreadable-request");

        // Maintaining: land area, and the location hidden from the public.
        GatewayCalls.expect(calls.send("PATCH", project, token, "{\"version\":1,\"landAreaMu\":\"123\",\"location\":"
                + "{\"latitude\":37.45,\"longitude\":116.36},\"hiddenFields\":[\"LOCATION\"]}"), 200, null);
        assertThat(calls.send("GET", project, null, null).body()).contains("\"landAreaMu\":123")
                .doesNotContain("latitude");

        // The lifecycle: construction waits for the permit stage unless the centre fast-tracks it.
        GatewayCalls.expect(calls.send("POST", project + "/stage-changes", token, "{\"version\":2,\"to\":\"PREPARATION\"}"), 200, null);
        GatewayCalls.expect(calls.send("POST", project + "/stage-changes", token, "{\"version\":3,\"to\":\"UNDER_CONSTRUCTION\"}"),
                409, "rule-violation");
        GatewayCalls.expect(calls.send("POST", project + "/stage-changes", token,
                "{\"version\":3,\"to\":\"UNDER_CONSTRUCTION\",\"fastTrack\":true,\"reason\":\"拿地即开工\"}"), 200, null);

        // The annual plan and a month's report.
        String months = String.join(",", Collections.nCopies(12, "\"10000000.00\""));
        GatewayCalls.expect(calls.send("PUT", project + "/annual-plans/" + today.getYear(), token,
                "{\"revision\":0,\"annualAmount\":\"120000000.00\",\"monthlyAmounts\":[" + months + "]}"), 200, null);
        GatewayCalls.expect(calls.send("PUT", project + "/monthly-reports/" + YearMonth.from(today), token,
                "{\"revision\":0,\"completedInvestment\":\"9000000.00\",\"physicalProgress\":15,"
                        + "\"narrative\":\"主体结构施工\"}"), 200, null);

        // Milestones are public; the promotion plan is staff's.
        GatewayCalls.expect(calls.send("PUT", project + "/milestones", token, "{\"version\":0,\"milestones\":[{\"kind\":\"COMPLETION\","
                + "\"plannedDate\":\"" + today.plusMonths(10) + "\"}]}"), 200, null);
        assertThat(calls.send("GET", project + "/milestones", null, null).body()).contains("COMPLETION");
        GatewayCalls.expect(calls.send("GET", project + "/promotion-plan", token, null), 200, null);
        GatewayCalls.expect(calls.send("GET", gateway + "/api/promotion-tasks/overdue", token, null), 200, null);
        GatewayCalls.expect(calls.send("GET", gateway + "/api/milestones/missed", token, null), 200, null);

        // A policy for industrial projects reaches this one.
        HttpResponse<String> policy = calls.send("POST", gateway + "/api/policies", token, "{\"title\":\"技术改造奖补\","
                + "\"issuer\":\"市工业和信息化局\",\"summary\":\"设备投资奖补\",\"sectors\":[\"INDUSTRIAL\"]}");
        GatewayCalls.expect(policy, 201, null);
        Matcher policyId = ID.matcher(policy.body());
        assertThat(policyId.find()).as(policy.body()).isTrue();
        assertThat(calls.send("GET", project + "/policies", null, null).body()).contains(policyId.group(1));

        // Who did what, in order.
        assertThat(calls.send("GET", project + "/history", token, null).body()).contains("project.registered",
                "project.updated", "project.stage-changed", "拿地即开工", "project.annual-plan-set",
                "project.investment-reported", "project.milestone-planned", "centre");
    }

    /**
     * Parallel approval (并联审批) through the gateway: the enterprise opens the construction-permit stage of a new
     * project, four departments accept and approve their items at the same time, and project-service then lets the
     * project start construction without an override.
     */
    private void aProjectPassesTheConstructionPermitStageWithFourDepartmentsInParallel(String gateway, String token)
            throws Exception {
        HttpResponse<String> registered = calls.send("POST", gateway + "/api/projects", token,
                PROJECT.replace("系统测试项目", "并联审批测试项目"));
        GatewayCalls.expect(registered, 201, null);
        Matcher id = ID.matcher(registered.body());
        assertThat(id.find()).as(registered.body()).isTrue();
        String projectId = id.group(1);
        String project = gateway + "/api/projects/" + projectId;
        GatewayCalls.expect(calls.send("POST", project + "/stage-changes", token, "{\"version\":1,\"to\":\"PREPARATION\"}"), 200, null);

        // The approval service learns the project from its registration event.
        awaitStatus(gateway + "/api/approvals/projects/" + projectId, token, 200);
        String enterprise = calls.logIn(gateway, "enterprise", "demo-enterprise");
        String form = "{\"projectId\":\"%s\",\"stage\":\"CONSTRUCTION_PERMIT\",\"form\":{\"contactName\":\"张工\","
                + "\"contactPhone\":\"0534-2345678\",\"constructionContent\":\"厂房及配套设施\"}}";
        GatewayCalls.expect(calls.send("POST", gateway + "/api/approvals/cases", enterprise, form.formatted("no-such-project")), 404,
                "not-found");
        GatewayCalls.expect(calls.send("POST", gateway + "/api/approvals/cases", enterprise,
                form.formatted(projectId).replace("CONSTRUCTION_PERMIT", "DEMOLITION")), 400, "unreadable-request");
        HttpResponse<String> opened = calls.send("POST", gateway + "/api/approvals/cases", enterprise,
                form.formatted(projectId));
        GatewayCalls.expect(opened, 201, null);
        Matcher caseIdFound = Pattern.compile("\"caseId\"\\s*:\\s*\"([^\"]+)\"").matcher(opened.body());
        assertThat(caseIdFound.find()).as(opened.body()).isTrue();
        String approvalCase = gateway + "/api/approvals/cases/" + caseIdFound.group(1);

        Map<String, String> itemOfDepartment = Map.of("zjj", "CONSTRUCTION_DRAWING_REVIEW", "xfsy",
                "FIRE_DESIGN_REVIEW", "rfb", "CIVIL_AIR_DEFENCE_REVIEW", "spj", "CONSTRUCTION_PERMIT_ISSUE");
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String department : itemOfDepartment.keySet()) {
            tokens.put(department, calls.logIn(gateway, department + "-officer", "demo-dept"));
        }
        // One department may not decide another's item.
        GatewayCalls.expect(calls.send("POST", approvalCase + "/items/CIVIL_AIR_DEFENCE_REVIEW/decisions", tokens.get("zjj"),
                "{\"version\":1,\"decision\":\"ACCEPT\"}"), 403, null);

        // The four departments at the same moment: accept, then approve.
        ExecutorService departments = Executors.newFixedThreadPool(itemOfDepartment.size());
        try {
            List<Future<List<HttpResponse<String>>>> decisions = new ArrayList<>();
            itemOfDepartment.forEach((department, item) -> decisions.add(departments.submit(() -> List.of(
                    calls.send("POST", approvalCase + "/items/" + item + "/decisions", tokens.get(department),
                            "{\"version\":1,\"decision\":\"ACCEPT\"}"),
                    calls.send("POST", approvalCase + "/items/" + item + "/decisions", tokens.get(department),
                            "{\"version\":2,\"decision\":\"APPROVE\",\"extendedHours\":true}")))));
            for (Future<List<HttpResponse<String>>> decision : decisions) {
                decision.get(60, TimeUnit.SECONDS).forEach(response -> GatewayCalls.expect(response, 200, null));
            }
        } finally {
            departments.shutdownNow();
        }
        HttpResponse<String> completed = calls.send("GET", approvalCase, enterprise, null);
        GatewayCalls.expect(completed, 200, null);
        assertThat(completed.body()).contains("\"status\":\"COMPLETED\"", "\"result\":\"APPROVED\"");
        assertThat(calls.send("GET", approvalCase + "/history", token, null).body())
                .contains("approval.case-opened", "approval.item-accepted", "approval.item-decided",
                        "approval.stage-completed", "enterprise", "spj-officer");
        GatewayCalls.expect(calls.send("POST", approvalCase + "/items/CONSTRUCTION_PERMIT_ISSUE/decisions", tokens.get("spj"),
                "{\"version\":3,\"decision\":\"REJECT\",\"reasons\":\"x\"}"), 409, "rule-violation");

        // project-service hears of the completed stage (recording it is a change of the project: a new version)
        // and lets construction start, no fast track needed.
        Pattern version = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
        Instant deadline = Instant.now().plusSeconds(30);
        HttpResponse<String> started;
        do {
            Matcher current = version.matcher(calls.send("GET", project, token, null).body());
            assertThat(current.find()).isTrue();
            started = calls.send("POST", project + "/stage-changes", token,
                    "{\"version\":" + current.group(1) + ",\"to\":\"UNDER_CONSTRUCTION\"}");
            if (started.statusCode() == 409 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
        } while (started.statusCode() == 409 && Instant.now().isBefore(deadline));
        GatewayCalls.expect(started, 200, null);
        assertThat(calls.send("GET", project, token, null).body()).contains("UNDER_CONSTRUCTION", "CONSTRUCTION_PERMIT");
    }

    /**
     * The five steps of a problem ticket through the gateway, each by its own party: the enterprise reports, the
     * centre hands it to a department, the department handles and answers (another department may not), the
     * enterprise confirms; then a leader logs a site visit and finds it counted for the month.
     */
    private void aProblemGoesRoundTheClosedLoopAndALeaderLogsAVisit(String gateway, String token, String projectId)
            throws Exception {
        awaitStatus(gateway + "/api/issues/projects/" + projectId, token, 200);
        String enterprise = calls.logIn(gateway, "enterprise", "demo-enterprise");
        String problem = "{\"projectId\":\"%s\",\"category\":\"%s\",\"severity\":\"SERIOUS\","
                + "\"title\":\"施工便道未打通\",\"description\":\"重型车辆无法进场\"}";
        GatewayCalls.expect(calls.send("POST", gateway + "/api/issues/tickets", enterprise, problem.formatted("no-such-project",
                "ROAD_ACCESS")), 404, "not-found");
        GatewayCalls.expect(calls.send("POST", gateway + "/api/issues/tickets", enterprise, problem.formatted(projectId, "WEATHER")),
                400, "unreadable-request");
        HttpResponse<String> reported = calls.send("POST", gateway + "/api/issues/tickets", enterprise,
                problem.formatted(projectId, "ROAD_ACCESS"));
        GatewayCalls.expect(reported, 201, null);
        Matcher ticketIdFound = Pattern.compile("\"ticketId\"\\s*:\\s*\"([^\"]+)\"").matcher(reported.body());
        assertThat(ticketIdFound.find()).as(reported.body()).isTrue();
        String ticket = gateway + "/api/issues/tickets/" + ticketIdFound.group(1);

        GatewayCalls.expect(calls.send("POST", ticket + "/assignment", token,
                "{\"version\":1,\"department\":\"zjj\",\"handler\":\"zjj-officer\"}"), 200, null);
        String zjj = calls.logIn(gateway, "zjj-officer", "demo-dept");
        String xfsy = calls.logIn(gateway, "xfsy-officer", "demo-dept");
        GatewayCalls.expect(calls.send("POST", ticket + "/handling", xfsy, "{\"version\":2}"), 403, "forbidden");
        GatewayCalls.expect(calls.send("POST", ticket + "/handling", zjj, "{\"version\":2}"), 200, null);
        GatewayCalls.expect(calls.send("POST", ticket + "/answer", zjj, "{\"version\":3,\"answer\":\"已协调硬化道路\"}"), 200, null);
        GatewayCalls.expect(calls.send("POST", ticket + "/confirmation", enterprise, "{\"version\":3,\"satisfaction\":5}"), 409,
                "stale-version");
        HttpResponse<String> closed = calls.send("POST", ticket + "/confirmation", enterprise,
                "{\"version\":4,\"satisfaction\":5}");
        GatewayCalls.expect(closed, 200, null);
        assertThat(closed.body()).contains("\"step\":\"CLOSED\"", "\"confirmed\":true");
        assertThat(calls.send("GET", ticket + "/history", token, null).body()).contains("issue.ticket-reported",
                "issue.ticket-assigned", "issue.ticket-answered", "issue.ticket-closed", "enterprise", "zjj-officer");
        assertThat(calls.send("GET", gateway + "/api/issues/statistics/projects/" + projectId, token, null).body())
                .contains("\"solved\":1", "\"meanSatisfaction\":5");

        String leader = calls.logIn(gateway, "leader", "demo-leader");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        GatewayCalls.expect(calls.send("POST", gateway + "/api/issues/visits", leader, ("{\"kind\":\"SITE_VISIT\",\"projectIds\":"
                + "[\"%s\"],\"date\":\"%s\",\"summary\":\"现场协调道路进场\"}").formatted(projectId, today)), 201, null);
        assertThat(calls.send("GET", gateway + "/api/issues/visits/leaders", leader, null).body())
                .contains("\"leader\":\"leader\"", "\"visits\":1");
    }

    /**
     * The reports built from the three topics, through the gateway: traffic lights and rankings for staff, last
     * month's bulletin as a workbook, open data for anyone.
     */
    private void theReportsServeThroughTheGateway(String gateway, String token, String projectId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        HttpResponse<String> lights = calls.get(gateway + "/api/reports/lights", token);
        while (!lights.body().contains(projectId) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            lights = calls.get(gateway + "/api/reports/lights", token);
        }
        GatewayCalls.expect(lights, 200, null);
        assertThat(lights.body()).contains(projectId, "\"counts\"", "\"tiers\"");
        HttpResponse<String> rankings = calls.get(gateway + "/api/reports/rankings?of=districts", token);
        GatewayCalls.expect(rankings, 200, null);
        assertThat(rankings.body()).contains("\"districts\"");
        GatewayCalls.expect(calls.get(gateway + "/api/reports/lights", null), 401, null);

        String lastMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        HttpResponse<byte[]> bulletin = calls.bytes(gateway + "/api/reports/bulletins/" + lastMonth + "/xlsx", token);
        assertThat(bulletin.statusCode()).isEqualTo(200);
        assertThat(bulletin.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(bulletin.body()).as("an XLSX is a zip").startsWith((byte) 'P', (byte) 'K');

        HttpResponse<String> openData = calls.get(gateway + "/api/reports/open-data/oc4ids", null);
        GatewayCalls.expect(openData, 200, null);
        assertThat(openData.body()).contains("\"version\":\"0.9\"", "oc4ids-keyprojects-" + projectId);
    }

    private static String service(int port) {
        return "http://localhost:" + port;
    }

    private static String actuator(int port) {
        return service(port) + "/actuator/prometheus";
    }

    /** Every role's journey through the portal (PortalJourneys); skipped, and said so, without chromium. */
    private void theRolesWalkThroughThePortalInABrowser(String gateway) throws Exception {
        Optional<PortalBrowser> opened = PortalBrowser.open();
        if (opened.isEmpty()) {
            System.out.println("Browser journeys skipped: " + PortalBrowser.missing());
            return;
        }
        try (PortalBrowser browser = opened.get()) {
            new PortalJourneys(gateway, browser).walk();
        }
    }

    /** Waits until a GET answers {@code status}: read models catch up shortly after a write. */
    private void awaitStatus(String uri, String token, int status) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        HttpResponse<String> last = calls.get(uri, token);
        while (last.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = calls.get(uri, token);
        }
        assertThat(last.statusCode()).as(uri + ": " + last.body()).isEqualTo(status);
    }

    /** The key-project centre's access token, from the gateway's login as the launcher's demo data uses it. */
    private String logInAsCentre(String gateway) throws IOException, InterruptedException {
        return calls.logIn(gateway, "centre", "demo-centre");
    }

    /** Registers the test's project, with the token if one is given. */
    private HttpResponse<String> postProject(String gateway, String token) throws IOException, InterruptedException {
        return calls.send("POST", gateway + "/api/projects", token, PROJECT);
    }

    /** The dashboard is a read model fed through Kafka: it catches up shortly after the write. */
    private void awaitProjectCount(String gateway, String token, int expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        String last = "(no answer)";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> dashboard = calls.get(gateway + "/api/reports/dashboard", token);
            last = dashboard.statusCode() + " " + dashboard.body();
            Matcher count = PROJECT_COUNT.matcher(dashboard.body());
            if (dashboard.statusCode() == 200 && count.find()) {
                int actual = Integer.parseInt(count.group(1));
                assertThat(actual).as("projectCount never exceeds the projects created: " + last)
                        .isLessThanOrEqualTo(expected);
                if (actual == expected) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        fail("The dashboard's projectCount did not reach " + expected + " within 30 s; last answer: " + last);
    }
}
