package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged platform under faults, with real processes: a service killed with SIGKILL, the broker hanging and
 * then dying, the database not answering — each under a steady load of writes through the gateway. One platform
 * serves every case (starting it is most of the run time); the cases run in order and each leaves it whole again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final List<String> SERVICES = List.of("project-service", "approval-service", "issue-service",
            "reporting-service");
    private static final String CREDIT_CODE = "91350100M000100Y43";
    private static final String PROJECT = """
            {"name":"故障测试项目 %d","district":"371400","sector":"INDUSTRIAL","level":"MUNICIPAL_KEY",\
            "totalInvestment":"500000000.00","ownerName":"测试企业","ownerCreditCode":"%s"}""";
    /** Between two rounds of the load's writes: with the checks' own calls well under the gateway's 20 a second. */
    private static final Duration PACE = Duration.ofMillis(700);
    /** A restarted service was ready again 6–28 s after its kill here, slower the busier the machine. */
    private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(150);
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static final Duration KAFKA_HANG = Duration.ofSeconds(30);
    private static final Duration MONGODB_HANG = Duration.ofSeconds(15);
    /** The services' MongoDB operation time-out is 5 s, the gateway's response time-out 10 s. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(10);
    private static final Pattern HISTORY_ENTRY = Pattern.compile("\"sequence\":(\\d+),\"type\":\"([^\"]+)\"");
    private static final Pattern ITEM_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern PENDING = Pattern.compile("(?m)^outbox_events_pending\\{[^}]*} (\\S+)$");
    /** The project's own events in its history (the promotion plan's are numbered apart). */
    private static final Set<String> PROJECT_EVENTS = Set.of("project.registered", "project.updated",
            "project.stage-changed");

    private final GatewayCalls calls = new GatewayCalls();
    private final List<LauncherProcess> launchers = new ArrayList<>();
    /** Processes this test stopped with SIGSTOP and has not yet continued. */
    private final Set<Long> stopped = ConcurrentHashMap.newKeySet();
    /** Every write the platform acknowledged, over all cases: project id → the last of its events acknowledged. */
    private final Map<String, Integer> acknowledgedProjects = new ConcurrentHashMap<>();
    /** Project id → the name its acknowledged correction gave it. */
    private final Map<String, String> correctedNames = new ConcurrentHashMap<>();
    private final Set<String> acknowledgedTickets = ConcurrentHashMap.newKeySet();
    /** Numbers the load's projects, so each corrected name is one of a kind. */
    private final AtomicInteger projectNumbers = new AtomicInteger();
    private Map<PortSetting, Integer> ports;
    private LauncherProcess launcher;
    private String gateway;
    private String centre;
    private String enterprise;
    /** A project of the demo enterprise that issue-service knows: the load reports its tickets on it. */
    private String ticketProject;

    @BeforeAll
    void startThePlatform(@TempDir Path dataDir) throws Exception {
        ports = PortCheckTest.freePorts();
        gateway = url(PortSetting.GATEWAY);
        launcher = LauncherProcess.start(ports, dataDir, launchers);
        launcher.awaitReady();
        centre = calls.logIn(gateway, "centre", "demo-centre");
        enterprise = calls.logIn(gateway, "enterprise", "demo-enterprise");
        HttpResponse<String> registered = calls.send("POST", gateway + "/api/projects", centre,
                PROJECT.formatted(0, CREDIT_CODE));
        GatewayCalls.expect(registered, 201, null);
        ticketProject = GatewayCalls.member(registered.body(), "id");
        acknowledgedProjects.put(ticketProject, 1);
        await("issue-service knows the tickets' project", () -> status(url(PortSetting.ISSUE) + "/api/issues/projects/"
                + ticketProject, centre) == 200);
    }

    @AfterEach
    void continueWhatThisTestStopped() {
        stopped.forEach(pid -> signal("CONT", pid));
        stopped.clear();
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        try {
            if (launcher != null && launcher.process.isAlive()) {
                int from = launcher.lineCount();
                launcher.stopAndAssertNothingLeft();
                assertThat(launcher.output().lines().skip(from).filter(line -> line.contains(" restarted as pid ")))
                        .as("nothing is restarted while the platform stops").isEmpty();
            }
        } finally {
            for (LauncherProcess started : launchers) {
                started.process.toHandle().destroyForcibly();
                started.childPids.values().forEach(pid -> ProcessHandle.of(pid)
                        .ifPresent(ProcessHandle::destroyForcibly));
            }
        }
    }

    @Test
    @Order(1)
    void eachServiceKilledWithSigkillIsRestartedAndNoAcknowledgedWriteOrEventIsLost() throws Exception {
        try (SteadyLoad load = new SteadyLoad()) {
            load.awaitAcknowledgedWrites(3);
            for (String service : SERVICES) {
                long pid = launcher.childPids.get(service);
                int from = launcher.lineCount();
                ProcessHandle.of(pid).orElseThrow().destroyForcibly();
                long restarted = awaitRestart(service, from);
                assertThat(restarted).as(service + " runs as a new process").isNotEqualTo(pid);
                // The load goes on against the restarted part before the next one is killed.
                load.awaitAcknowledgedWrites(3);
            }
            load.close();
            load.printFailures("with each service killed in turn");
            load.assertEveryFailureIsAProblemResponse();
            assertThat(load.failures()).as("writes failed while project-service and issue-service were down")
                    .anyMatch(failure -> failure.write().equals("register"))
                    .anyMatch(failure -> failure.write().equals("report a ticket"));
        }
        assertEveryAcknowledgedWriteIsKeptAndEveryConsumerHasEveryProject();
    }

    @Test
    @Order(2)
    void whileKafkaHangsAndDiesTheServicesKeepAcceptingWritesAndTheOutboxDrainsInOrderAfterwards() throws Exception {
        // A hung broker is the harder case for its clients (their requests time out instead of being refused); the
        // SIGKILL that ends the hang then has the launcher restart it, which recovers its log from disk.
        long kafka = launcher.childPids.get("kafka");
        Instant down;
        Instant up;
        double mostPending = 0;
        try (SteadyLoad load = new SteadyLoad()) {
            load.awaitAcknowledgedWrites(3);
            down = Instant.now();
            signal("STOP", kafka);
            while (Instant.now().isBefore(down.plus(KAFKA_HANG))) {
                mostPending = Math.max(mostPending, outboxPending());
                Thread.sleep(1000);
            }
            int from = launcher.lineCount();
            ProcessHandle.of(kafka).orElseThrow().destroyForcibly();
            stopped.remove(kafka);
            awaitRestart("kafka", from);
            up = Instant.now();
            load.awaitAcknowledgedWrites(3);
            load.close();
            load.printFailures("with Kafka down for " + Duration.between(down, up).toSeconds() + " s");
            assertThat(load.failures()).as("no write failed while Kafka was down").isEmpty();
            assertThat(load.acknowledgedBetween(down, up)).as("writes acknowledged while Kafka was down")
                    .isGreaterThanOrEqualTo(10);
        }
        assertThat(mostPending).as("events waited in project-service's outbox while Kafka was down").isPositive();
        await("project-service's outbox is empty again", () -> outboxPending() == 0);
        assertEveryAcknowledgedWriteIsKeptAndEveryConsumerHasEveryProject();
    }

    @Test
    @Order(3)
    void whileMongoDbDoesNotAnswerTheClientGetsA503ProblemBeforeTheGatewaysTimeoutAndTheServiceRecoversByItself()
            throws Exception {
        Map<String, Long> pidsBefore = Map.copyOf(launcher.childPids);
        int from = launcher.lineCount();
        CompletableFuture<Void> continued = hangFor(MONGODB_HANG, pidsBefore.get("mongodb"));
        Instant sent = Instant.now();
        HttpResponse<String> during = calls.send("POST", gateway + "/api/projects", centre,
                PROJECT.formatted(-1, CREDIT_CODE));
        Duration took = Duration.between(sent, Instant.now());
        System.out.printf("With MongoDB stopped, POST /api/projects through the gateway answered %d after %d ms: %s%n",
                during.statusCode(), took.toMillis(), during.body());
        GatewayCalls.expect(during, 503, "service-unavailable");
        assertThat(took).as("the service's own MongoDB time-out answered, before the gateway's and long before"
                + " MongoDB answered again").isLessThan(FAIL_FAST);

        continued.get();
        await("a registration succeeds again", () -> {
            HttpResponse<String> after = send("POST", gateway + "/api/projects", centre,
                    PROJECT.formatted(-2, CREDIT_CODE));
            if (after.statusCode() == 201) {
                acknowledgedProjects.put(GatewayCalls.member(after.body(), "id"), 1);
            }
            return after.statusCode() == 201;
        });
        // A time-out cannot tell whether the database made the change after all: say whether it did.
        HttpResponse<String> madeAnyway = calls.get(gateway + "/api/projects?text="
                + URLEncoder.encode("故障测试项目 -1", StandardCharsets.UTF_8), centre);
        System.out.printf("The registration answered %d was made after all: %d time(s)%n", during.statusCode(),
                GatewayCalls.number(madeAnyway.body(), "total"));
        assertThat(launcher.childPids).as("nothing was restarted").isEqualTo(pidsBefore);
        assertThat(launcher.output().lines().skip(from)).as("nothing ended").noneMatch(line -> line.contains(" ended "));
    }

    /**
     * Straight to the service, without the gateway's own time-out: its MongoDB operation time-out (5 s) bounds the
     * wait. Before it was set, a write waited as long as the database did (201 after 40 s for a 40 s stop).
     */
    @Test
    @Order(4)
    void whileMongoDbDoesNotAnswerAServiceFailsFastWithAProblemItself() throws Exception {
        CompletableFuture<Void> continued = hangFor(MONGODB_HANG, launcher.childPids.get("mongodb"));
        Instant sent = Instant.now();
        HttpResponse<String> during = calls.send("POST", url(PortSetting.PROJECT) + "/api/projects", centre,
                PROJECT.formatted(-3, CREDIT_CODE));
        Duration took = Duration.between(sent, Instant.now());
        continued.get();

        assertThat(took).as("answered " + during.statusCode() + " " + during.body()).isLessThan(FAIL_FAST);
        GatewayCalls.expect(during, 503, "service-unavailable");
    }

    /**
     * The MongoDB-wire server killed in the middle of the load: the launcher starts it again on its file, and it has
     * every write it acknowledged (it commits each before answering; it once lost the last second of them when it
     * died).
     */
    @Test
    @Order(5)
    void mongoDbKilledWithSigkillUnderLoadIsRestartedWithEveryWriteItAcknowledged() throws Exception {
        try (SteadyLoad load = new SteadyLoad()) {
            load.awaitAcknowledgedWrites(3);
            long pid = launcher.childPids.get("mongodb");
            int from = launcher.lineCount();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            assertThat(awaitRestart("mongodb", from)).as("mongodb runs as a new process").isNotEqualTo(pid);
            load.awaitAcknowledgedWrites(3);
            load.close();
            load.printFailures("with MongoDB killed");
            load.assertEveryFailureIsAProblemResponse();
        }
        assertEveryAcknowledgedWriteIsKeptAndEveryConsumerHasEveryProject();
    }

    /**
     * Nothing acknowledged is lost, every event reached every consumer once and in order: each acknowledged write is
     * in its project's history (its events numbered 1..n in order), the dashboard counts exactly the projects that
     * exist, and approval- and issue-service know every one of them, with its last corrected name. Read straight
     * from the services with the centre's token: through the gateway, its 20 requests a second would make these
     * several hundred reads take minutes.
     */
    private void assertEveryAcknowledgedWriteIsKeptAndEveryConsumerHasEveryProject() throws Exception {
        String projects = url(PortSetting.PROJECT) + "/api/projects";
        Set<String> existing = allProjectIds();
        assertThat(existing).as("every acknowledged registration exists").containsAll(acknowledgedProjects.keySet());

        await("the dashboard counts the " + existing.size() + " projects", () -> {
            long count = GatewayCalls.number(calls.get(gateway + "/api/reports/dashboard", centre).body(),
                    "projectCount");
            assertThat(count).as("projectCount never exceeds the projects that exist").isLessThanOrEqualTo(
                    existing.size());
            return count == existing.size();
        });

        for (Map.Entry<String, Integer> project : acknowledgedProjects.entrySet()) {
            HttpResponse<String> history = calls.get(projects + "/" + project.getKey() + "/history", centre);
            GatewayCalls.expect(history, 200, null);
            List<Integer> sequences = new ArrayList<>();
            for (Matcher entry = HISTORY_ENTRY.matcher(history.body()); entry.find(); ) {
                if (PROJECT_EVENTS.contains(entry.group(2))) {
                    sequences.add(Integer.parseInt(entry.group(1)));
                }
            }
            assertThat(sequences).as("the events of " + project.getKey() + " are numbered 1..n in order")
                    .isEqualTo(IntStream.rangeClosed(1, sequences.size()).boxed().toList());
            assertThat(sequences.size()).as("the acknowledged writes of " + project.getKey())
                    .isGreaterThanOrEqualTo(project.getValue());
        }
        for (String id : existing) {
            for (String knownAt : List.of(url(PortSetting.APPROVAL) + "/api/approvals/projects/",
                    url(PortSetting.ISSUE) + "/api/issues/projects/")) {
                String name = correctedNames.get(id);
                await(knownAt + id + " is known" + (name == null ? "" : " as " + name), () -> {
                    HttpResponse<String> known = send("GET", knownAt + id, centre, null);
                    return known.statusCode() == 200 && (name == null || known.body().contains(name));
                });
            }
        }
        for (String ticket : acknowledgedTickets) {
            GatewayCalls.expect(calls.get(url(PortSetting.ISSUE) + "/api/issues/tickets/" + ticket, enterprise), 200,
                    null);
        }
        System.out.printf("Checked %d projects (%d registrations acknowledged) and %d acknowledged tickets%n",
                existing.size(), acknowledgedProjects.size(), acknowledgedTickets.size());
    }

    /** Every project project-service has, page by page. */
    private Set<String> allProjectIds() throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        long total;
        int page = 0;
        do {
            HttpResponse<String> found = calls.get(url(PortSetting.PROJECT) + "/api/projects?size=100&page=" + page++,
                    centre);
            GatewayCalls.expect(found, 200, null);
            total = GatewayCalls.number(found.body(), "total");
            ITEM_ID.matcher(found.body()).results().forEach(id -> ids.add(id.group(1)));
        } while (ids.size() < total && page < 100);
        assertThat(ids).as("one id per project").hasSize((int) total);
        return ids;
    }

    /** Waits for the launcher's restart of a part and for it to be ready again; returns its new pid. */
    private long awaitRestart(String part, int from) throws InterruptedException {
        // Either line ends the wait: a launcher that gave up on the part fails the test at once.
        String restarted = launcher.awaitLine(from, line -> line.startsWith(part + " restarted as pid ")
                || line.startsWith(part + " (pid ") && line.contains("not restarting it again"), RESTART_TIMEOUT);
        assertThat(restarted).startsWith(part + " restarted as pid ");
        launcher.awaitLine(from, line -> line.startsWith(part + " ready again "), RESTART_TIMEOUT);
        return Long.parseLong(restarted.substring(restarted.lastIndexOf(' ') + 1));
    }

    /** project-service's {@code outbox_events_pending}, from its own actuator. */
    private double outboxPending() throws IOException, InterruptedException {
        HttpResponse<String> metrics = calls.get(url(PortSetting.PROJECT) + "/actuator/prometheus", null);
        Matcher pending = PENDING.matcher(metrics.body());
        assertThat(pending.find()).as("outbox_events_pending in " + metrics.body()).isTrue();
        return Double.parseDouble(pending.group(1));
    }

    /** Stops a process (SIGSTOP) and continues it (SIGCONT) after the time given, whatever the test does meanwhile. */
    private CompletableFuture<Void> hangFor(Duration hang, long pid) {
        signal("STOP", pid);
        return CompletableFuture.runAsync(() -> {
            signal("CONT", pid);
            stopped.remove(pid);
        }, CompletableFuture.delayedExecutor(hang.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -" + signal + " " + pid)
                    .isTrue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (signal.equals("STOP")) {
            stopped.add(pid);
        }
    }

    private int status(String uri, String token) {
        return send("GET", uri, token, null).statusCode();
    }

    /** A call whose failure to connect is retried by the caller's {@link #await}, not thrown. */
    private HttpResponse<String> send(String method, String uri, String token, String body) {
        try {
            return calls.send(method, uri, token, body);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the condition holds; an exception counts as not yet (a part may still be coming back). */
    private static void await(String what, Check condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(CATCH_UP);
        Throwable last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (AssertionError e) {
                throw e;
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(500);
        }
        fail("Not within " + CATCH_UP.toSeconds() + " s: " + what + (last == null ? "" : " (last: " + last + ")"));
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private String url(PortSetting setting) {
        return "http://localhost:" + ports.get(setting);
    }

    /** One answer to a write of the load: status 0 when none came (the connection failed). */
    private record Outcome(String write, Instant at, long millis, int status, String problem) {

        boolean acknowledged() {
            return status == 200 || status == 201;
        }

        @Override
        public String toString() {
            return write + " → " + (status == 0 ? "no answer" : status) + " " + problem;
        }
    }

    /**
     * Writes through the gateway at a steady pace from two threads until closed, recording every answer: the centre
     * registers a project, corrects its name and moves it to the preparation stage (three events in order); the
     * demo enterprise reports a problem ticket on its project.
     */
    private final class SteadyLoad implements AutoCloseable {

        private final ExecutorService threads = Executors.newFixedThreadPool(2);
        private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        private final List<Future<?>> running = new ArrayList<>();
        private volatile boolean closed;

        SteadyLoad() {
            running.add(threads.submit(() -> repeat(this::registerCorrectAndMove)));
            running.add(threads.submit(() -> repeat(this::reportATicket)));
        }

        private void repeat(Runnable round) {
            while (!closed) {
                round.run();
                try {
                    Thread.sleep(PACE.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void registerCorrectAndMove() {
            int number = projectNumbers.incrementAndGet();
            HttpResponse<String> registered = write("register", "POST", gateway + "/api/projects", centre,
                    PROJECT.formatted(number, CREDIT_CODE), 201);
            if (registered == null) {
                return;
            }
            String id = GatewayCalls.member(registered.body(), "id");
            acknowledgedProjects.put(id, 1);
            String name = "故障测试项目 " + number + "（更正）";
            if (write("correct", "PATCH", gateway + "/api/projects/" + id, centre,
                    "{\"version\":1,\"name\":\"" + name + "\"}", 200) == null) {
                return;
            }
            acknowledgedProjects.put(id, 2);
            correctedNames.put(id, name);
            if (write("move", "POST", gateway + "/api/projects/" + id + "/stage-changes", centre,
                    "{\"version\":2,\"to\":\"PREPARATION\"}", 200) != null) {
                acknowledgedProjects.put(id, 3);
            }
        }

        private void reportATicket() {
            HttpResponse<String> reported = write("report a ticket", "POST", gateway + "/api/issues/tickets",
                    enterprise, ("{\"projectId\":\"%s\",\"category\":\"ROAD_ACCESS\",\"severity\":\"SERIOUS\","
                            + "\"title\":\"施工便道未打通\",\"description\":\"重型车辆无法进场\"}").formatted(ticketProject),
                    201);
            if (reported != null) {
                acknowledgedTickets.add(GatewayCalls.member(reported.body(), "ticketId"));
            }
        }

        /** The answer if it is the expected one, else null; recorded either way. */
        private HttpResponse<String> write(String what, String method, String uri, String token, String body,
                int expected) {
            Instant at = Instant.now();
            try {
                HttpResponse<String> answer = calls.send(method, uri, token, body);
                String problem = answer.statusCode() >= 400
                        ? answer.headers().firstValue("Content-Type").orElse("(no type)") + " "
                                + answer.body().replaceAll(".*\"type\":\"[^\"]*/([^\"/]+)\".*", "$1")
                        : "";
                outcomes.add(new Outcome(what, at, Duration.between(at, Instant.now()).toMillis(),
                        answer.statusCode(), problem));
                return answer.statusCode() == expected ? answer : null;
            } catch (IOException e) {
                outcomes.add(new Outcome(what, at, Duration.between(at, Instant.now()).toMillis(), 0, e.toString()));
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** Waits until the load has had {@code count} more writes acknowledged of every kind. */
        void awaitAcknowledgedWrites(int count) throws InterruptedException {
            Map<String, Long> before = acknowledgedByKind();
            await(count + " more acknowledged writes of each kind", () -> {
                Map<String, Long> now = acknowledgedByKind();
                return List.of("register", "report a ticket").stream()
                        .allMatch(kind -> now.getOrDefault(kind, 0L) >= before.getOrDefault(kind, 0L) + count);
            });
        }

        private Map<String, Long> acknowledgedByKind() {
            return outcomes.stream().filter(Outcome::acknowledged)
                    .collect(Collectors.groupingBy(Outcome::write, Collectors.counting()));
        }

        long acknowledgedBetween(Instant from, Instant to) {
            return outcomes.stream().filter(Outcome::acknowledged)
                    .filter(outcome -> !outcome.at().isBefore(from) && outcome.at().isBefore(to)).count();
        }

        List<Outcome> failures() {
            return outcomes.stream().filter(outcome -> !outcome.acknowledged()).toList();
        }

        void printFailures(String when) {
            Map<String, Long> byKind = new TreeMap<>(failures().stream()
                    .collect(Collectors.groupingBy(Outcome::toString, Collectors.counting())));
            long slowest = failures().stream().mapToLong(Outcome::millis).max().orElse(0);
            System.out.printf("Writes %s: %d acknowledged, %d failed (the slowest failure took %d ms) %s%n", when,
                    outcomes.size() - failures().size(), failures().size(), slowest, byKind);
        }

        /** A failed write is answered by the gateway with a 5xx problem: never a hang, a 4xx or a bare error page. */
        void assertEveryFailureIsAProblemResponse() {
            assertThat(failures()).allSatisfy(failure -> {
                assertThat(failure.status()).as(failure.toString()).isBetween(500, 599);
                assertThat(failure.problem()).as(failure.toString()).startsWith("application/problem+json");
            });
        }

        @Override
        public void close() throws InterruptedException {
            closed = true;
            threads.shutdown();
            if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
            for (Future<?> thread : running) {
                try {
                    thread.get(1, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("the load failed", e);
                }
            }
        }
    }
}
