package city.keyprojects.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged local platform (deploy/local) as a child process on free ports and a fresh data directory, without
 * demo data, without the gateway's per-address rate limit (one load generator is one address) and with a 1 GiB
 * heap for the MongoDB-wire server.
 */
final class PlatformUnderTest implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    static final List<String> PORTS = List.of("gateway-port", "gateway-management-port", "project-port",
            "approval-port", "issue-port", "reporting-port", "kafka-port", "kafka-controller-port", "mongodb-port");

    private final Process process;
    private final Map<String, Integer> ports;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private PlatformUnderTest(Process process, Map<String, Integer> ports) {
        this.process = process;
        this.ports = ports;
        Thread reader = new Thread(this::read, "platform-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the platform and waits until every part is ready. */
    static PlatformUnderTest start(Path projectRoot, Path dataDir) throws Exception {
        Map<String, Integer> ports = freePorts();
        ProcessBuilder builder = launcher(projectRoot, ports, "--data-dir=" + dataDir, "--no-demo-data");
        builder.environment().put("GATEWAY_RATELIMIT_ENABLED", "false");
        // A hundred thousand projects' facts do not fit the demo's 256 MiB.
        builder.environment().put("KP_MONGODB_HEAP", "4g");
        // Reporting logs each build of its reports with its duration (reportBuilds).
        builder.environment().put("LOGGING_LEVEL_CITY_KEYPROJECTS_REPORTING_SNAPSHOTS", "DEBUG");
        PlatformUnderTest platform = new PlatformUnderTest(builder.start(), ports);
        platform.awaitLine(line -> line.startsWith("Press Ctrl-C to stop."), READY_TIMEOUT);
        return platform;
    }

    /**
     * Runs the launcher's own {@code --measure} (time to ready and resident memory of every process, on a fresh data
     * directory) and returns its report.
     */
    static List<String> measureStart(Path projectRoot) throws Exception {
        Process process = launcher(projectRoot, freePorts(), "--measure").start();
        List<String> report = new ArrayList<>();
        boolean inReport = false;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                inReport |= line.startsWith("Measurement");
                if (inReport && !line.isBlank()) {
                    report.add(line);
                }
            }
        }
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0 || report.isEmpty()) {
            throw new IllegalStateException("./run-local.sh --measure did not report (exit "
                    + (process.isAlive() ? "none" : process.exitValue()) + ")");
        }
        return report;
    }

    /** How long reporting's builds of all its reports took in the run, from its log. */
    static String reportBuilds(Path dataDir) throws IOException {
        Pattern built = Pattern.compile("Built \\d+ report snapshot\\(s\\) in (\\d+) ms");
        List<Long> millis = new ArrayList<>();
        try (var lines = Files.lines(dataDir.resolve("logs").resolve("reporting-service.log"))) {
            lines.map(built::matcher).filter(Matcher::find).forEach(found -> millis.add(Long.parseLong(found.group(1))));
        }
        if (millis.isEmpty()) {
            return "reporting's report builds: none logged";
        }
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format("reporting's report builds (all reports, this year and last): %d, median %d ms, max %d ms"
                + " (data and logs in %s)", sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1),
                dataDir);
    }

    String url(String portOption) {
        return "http://localhost:" + ports.get(portOption);
    }

    /**
     * Waits until the platform's processes (the launcher and all it started) used less than a quarter of one core
     * over five seconds: after a burst of writes the platform goes on working for a while after every consumer has
     * committed (5–15 s in the runs that printed it). A latency is compared with another measured quiet.
     * Answers how long it took; gives up after {@code limit} and says so.
     */
    double awaitQuiet(Duration limit) throws InterruptedException {
        Duration window = Duration.ofSeconds(5);
        long started = System.nanoTime();
        Duration before = cpuTime();
        while (true) {
            TimeUnit.NANOSECONDS.sleep(window.toNanos());
            Duration now = cpuTime();
            double cores = (double) now.minus(before).toNanos() / window.toNanos();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (cores < 0.25) {
                System.out.printf("  the platform was quiet %.0f s later (%.2f of a core over %d s)%n", seconds,
                        cores, window.toSeconds());
                return seconds;
            }
            if (seconds > limit.toSeconds()) {
                System.out.printf("  the platform still used %.2f of a core after %.0f s; measuring anyway%n", cores,
                        seconds);
                return seconds;
            }
            before = now;
        }
    }

    /** CPU time of the launcher and every process it started, as the operating system counts it. */
    private Duration cpuTime() {
        return Stream.concat(Stream.of(process.toHandle()),
                        process.toHandle().descendants())
                .map(handle -> handle.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    int port(String portOption) {
        return ports.get(portOption);
    }

    private void awaitLine(java.util.function.Predicate<String> wanted, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (lines.stream().noneMatch(wanted)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform ended (exit " + process.exitValue() + "):\n"
                        + String.join("\n", lines));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The platform was not ready within " + timeout.toSeconds()
                        + " s:\n" + String.join("\n", lines));
            }
            Thread.sleep(250);
        }
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packaged launcher with a small heap, as run-local.sh starts it, on the given ports. */
    private static ProcessBuilder launcher(Path projectRoot, Map<String, Integer> ports, String... options) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC", "-Xmx64m",
                "-jar", projectRoot.resolve("deploy/local/target/local-platform.jar").toString(),
                "--project-root=" + projectRoot));
        command.addAll(List.of(options));
        ports.forEach((option, port) -> command.add("--" + option + "=" + port));
        return new ProcessBuilder(command).directory(projectRoot.toFile()).redirectErrorStream(true);
    }

    private static Map<String, Integer> freePorts() throws IOException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String option : PORTS) {
            ports.put(option, freePort());
        }
        return ports;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM, as Ctrl-C: the launcher stops every part. */
    @Override
    public void close() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
