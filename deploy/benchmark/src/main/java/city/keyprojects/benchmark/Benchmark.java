package city.keyprojects.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The benchmark of issue 10, one run, every figure against a baseline measured in the same run on the same
 * machine (docs/performance.md). It starts the packaged local platform by itself.
 *
 * <pre>
 * deploy/benchmark/benchmark.sh [--projects=10000,100000] [--seconds=30]
 * </pre>
 */
public final class Benchmark {

    private static final String PROJECT = """
            {"name":"基准测试项目 %d","district":"371400","sector":"INDUSTRIAL","level":"MUNICIPAL_KEY",\
            "totalInvestment":"500000000.00","ownerName":"基准测试企业","ownerCreditCode":"91350100M000100Y43"}""";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        long smaller = 10_000;
        long larger = 100_000;
        Duration phase = Duration.ofSeconds(30);
        Path root = Path.of("").toAbsolutePath();
        for (String arg : args) {
            if (arg.startsWith("--projects=")) {
                String[] sizes = arg.substring("--projects=".length()).split(",");
                smaller = Long.parseLong(sizes[0]);
                larger = Long.parseLong(sizes[1]);
            } else if (arg.startsWith("--seconds=")) {
                phase = Duration.ofSeconds(Long.parseLong(arg.substring("--seconds=".length())));
            } else if (arg.startsWith("--project-root=")) {
                root = Path.of(arg.substring("--project-root=".length())).toAbsolutePath();
            } else {
                System.err.println("Unknown option " + arg
                        + "; use --projects=<smaller>,<larger> --seconds=<per load phase> --project-root=<dir>");
                System.exit(2);
            }
        }
        Report report = new Report();

        // Twice: a first start after a build that changed an application writes the class-data archives the next
        // one uses (its last line says how many were used).
        for (String start : List.of("start 1 of 2", "start 2 of 2")) {
            System.out.println("== The local platform, " + start + ": time to ready and resident memory"
                    + " (./run-local.sh --measure)");
            List<String> measured = PlatformUnderTest.measureStart(root);
            measured.forEach(System.out::println);
            measured.stream().filter(line -> line.contains("time to ready") || line.contains("resident memory")
                            || line.trim().startsWith("class-data archives used"))
                    .forEach(line -> report.note("local platform, " + start + ": " + line.trim()));
        }

        Path dataDir = Files.createTempDirectory("benchmark-data");
        System.out.println("\n== Starting the platform for the load (data in " + dataDir + ")");
        try (PlatformUnderTest platform = PlatformUnderTest.start(root, dataDir)) {
            Api api = new Api();
            String gateway = platform.url("gateway-port");
            BareKafka kafka = new BareKafka("localhost:" + platform.port("kafka-port"));

            String token = api.login(gateway, "centre", "demo-centre");
            JsonNode project = api.send("POST", platform.url("project-port") + "/api/projects", token,
                    PROJECT.formatted(0), 201);
            String path = "/api/projects/" + project.get("id").asString();
            gatewayAgainstDirect(report, token, platform.url("project-port") + path, gateway + path, phase);

            commandToVisible(report, api, kafka, platform, api.login(gateway, "centre", "demo-centre"));

            System.out.println("\n== Outbox relay draining a backlog against bare KafkaTemplate sends");
            OutboxThroughput.Rates outbox = OutboxThroughput.measure("mongodb://localhost:"
                    + platform.port("mongodb-port"), kafka, 2_000, 5);
            report.ratio("outbox relay / bare KafkaTemplate, events/s", rate(outbox.relay()), rate(outbox.bare()),
                    outbox.relay() / outbox.bare(), 0.5, false);

            String reporting = platform.url("reporting-port");
            ReportingAtScale scale = new ReportingAtScale(kafka, api, reporting);
            System.out.printf("%n== The dashboard with %d projects' events%n", smaller);
            scale.growTo(smaller);
            HttpLoad.Run small = dashboardLatency(platform, api, gateway, reporting, phase);
            System.out.printf("%n== The dashboard with %d projects' events%n", larger);
            scale.growTo(larger);
            HttpLoad.Run large = dashboardLatency(platform, api, gateway, reporting, phase);
            report.ratio("dashboard p99, " + larger + " / " + smaller + " projects", ms(large.latencies().millis(99)),
                    ms(small.latencies().millis(99)), large.latencies().millis(99) / small.latencies().millis(99),
                    1.5, true);

            System.out.println("\n== A reporting rebuild against raw consumption of the same topics");
            double raw = kafka.consumeAll(ReportingAtScale.TOPICS);
            double rebuilt = scale.rebuild(gateway, api.login(gateway, "centre", "demo-centre"));
            report.ratio("reporting rebuild / raw consumption, events/s", rate(rebuilt), rate(raw), rebuilt / raw,
                    0.3, false);
        }
        report.note(PlatformUnderTest.reportBuilds(dataDir));
        System.out.println("\n== Figures (machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ")");
        report.print(System.out);
    }

    private static void gatewayAgainstDirect(Report report, String token, String direct, String gateway,
            Duration phase) throws Exception {
        System.out.println("\n== GET " + direct.replaceFirst("^http://[^/]+", "") + ": the gateway against calling"
                + " project-service directly");
        try (HttpLoad load = new HttpLoad(token)) {
            // Warm: the JIT compiles both paths before anything is measured.
            load.saturate(direct, 16, phase);
            load.saturate(gateway, 16, phase);
            HttpLoad.Run directSaturated = load.saturate(direct, 32, phase);
            System.out.println("  direct, saturated (32 clients):  " + directSaturated.summary());
            HttpLoad.Run gatewaySaturated = load.saturate(gateway, 32, phase);
            System.out.println("  gateway, saturated (32 clients): " + gatewaySaturated.summary());
            double rate = directSaturated.perSecond() / 2;
            openLoopSideBySide(report, load, direct, gateway, rate, phase, "");
            report.ratio("gateway / direct throughput, saturated", rate(gatewaySaturated.perSecond()),
                    rate(directSaturated.perSecond()), gatewaySaturated.perSecond() / directSaturated.perSecond(),
                    0.75, false);
            // When half the direct rate is more than the gateway can take, the figures above are its queue; at a
            // rate both sustain they show what the extra hop itself costs.
            double sustained = Math.min(rate, gatewaySaturated.perSecond() / 2);
            openLoopSideBySide(report, load, direct, gateway, sustained, phase, " (half the gateway's)");
        }
    }

    /** Both paths at the same open-loop rate, one after the other, and their p50 and p99 ratios. */
    private static void openLoopSideBySide(Report report, HttpLoad load, String direct, String gateway, double rate,
            Duration phase, String qualifier) throws InterruptedException {
        HttpLoad.Run directOpen = load.openLoop(direct, rate, phase);
        System.out.printf("  direct, %.0f req/s open loop:  %s%n", rate, directOpen.summary());
        HttpLoad.Run gatewayOpen = load.openLoop(gateway, rate, phase);
        System.out.printf("  gateway, %.0f req/s open loop: %s%n", rate, gatewayOpen.summary());
        latencyRatios(report, String.format("gateway / direct %%s at %.0f req/s%s", rate, qualifier),
                gatewayOpen.latencies(), directOpen.latencies(), 1.3, 2.0);
    }

    /** The p50 and p99 ratios of the platform's latencies to the baseline's; {@code figure} has a %s for which. */
    private static void latencyRatios(Report report, String figure, Latencies platform, Latencies baseline,
            double p50Goal, double p99Goal) {
        report.ratio(String.format(figure, "p50"), ms(platform.millis(50)), ms(baseline.millis(50)),
                platform.millis(50) / baseline.millis(50), p50Goal, true);
        report.ratio(String.format(figure, "p99"), ms(platform.millis(99)), ms(baseline.millis(99)),
                platform.millis(99) / baseline.millis(99), p99Goal, true);
    }

    /**
     * A registration sent to project-service, then reporting's dashboard read every 2 ms until it counts the new
     * project; one at a time. The baseline: one record at a time through Kafka alone, same broker and settings.
     */
    private static void commandToVisible(Report report, Api api, BareKafka kafka, PlatformUnderTest platform,
            String token) throws Exception {
        System.out.println("\n== Command to visible in reporting against a bare Kafka round trip");
        Latencies bare = kafka.roundTrips(50, 300);
        System.out.println("  bare Kafka, send to receive: " + bare.summary());
        String dashboard = platform.url("reporting-port") + "/api/reports/dashboard";
        String projects = platform.url("project-port") + "/api/projects";
        Latencies visible = new Latencies();
        Latencies registered = new Latencies();
        Latencies published = new Latencies();
        long count = api.get(dashboard, null).get("projectCount").asLong();
        try (BareKafka.Arrivals arrivals = kafka.arrivals(ReportingAtScale.PROJECT_TOPIC)) {
            for (int i = 1; i <= 110; i++) {
                long sent = System.nanoTime();
                String id = api.send("POST", projects, token, PROJECT.formatted(i), 201).get("id").asString();
                long answered = System.nanoTime();
                count++;
                while (api.get(dashboard, null).get("projectCount").asLong() < count) {
                    Thread.sleep(2);
                }
                long seen = System.nanoTime();
                if (i > 10) {
                    visible.record(seen - sent);
                    registered.record(answered - sent);
                    published.record(arrivals.of(id) - sent);
                }
            }
        }
        System.out.println("  registration to the dashboard counting it: " + visible.summary());
        System.out.println("    of which the registration's own answer: " + registered.summary());
        System.out.println("    and until its event is on " + ReportingAtScale.PROJECT_TOPIC + " (read by a consumer"
                + " of ours): " + published.summary());
        latencyRatios(report, "command-to-visible / bare Kafka, %s", visible, bare, 5, 10);
    }

    /**
     * On a quiet platform, so that both sizes are measured alike (the platform goes on working for some seconds
     * after every consumer has committed). Signed in afresh: a token lasts 15 minutes, and growing to the larger
     * size takes longer than that (a run once measured 1 500 refusals of an expired token as the dashboard's
     * latency). A run with any failure is no figure.
     */
    private static HttpLoad.Run dashboardLatency(PlatformUnderTest platform, Api api, String gateway,
            String reporting, Duration phase) throws Exception {
        platform.awaitQuiet(Duration.ofMinutes(5));
        try (HttpLoad load = new HttpLoad(api.login(gateway, "centre", "demo-centre"))) {
            String dashboard = reporting + "/api/reports/dashboard";
            load.openLoop(dashboard, 50, Duration.ofSeconds(10));
            HttpLoad.Run run = load.openLoop(dashboard, 50, phase);
            System.out.println("  GET /api/reports/dashboard, 50 req/s open loop: " + run.summary());
            if (run.failures() > 0) {
                throw new IllegalStateException(run.failures() + " dashboard requests failed: " + run.summary());
            }
            return run;
        }
    }

    private static String ms(double millis) {
        return String.format("%.2f ms", millis);
    }

    private static String rate(double perSecond) {
        return String.format("%.0f/s", perSecond);
    }
}
