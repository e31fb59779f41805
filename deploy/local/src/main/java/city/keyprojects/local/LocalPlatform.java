package city.keyprojects.local;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts the whole platform on this machine, each part in its own process: Kafka and MongoDB first, then the four
 * services and the gateway, restarts a part that ends by itself once the platform runs ({@link RestartPolicy}), and
 * stops them all again on Ctrl-C or SIGTERM. See {@link Options#usage()}.
 */
public final class LocalPlatform {

    /**
     * Flags for each application. The heap caps keep the sum of all seven processes under the 3 GiB goal even with
     * every heap full; the small initial heap (measured: about 215 MiB instead of 265 MiB resident per application
     * after start, no measurable cost in start time) keeps an idle platform small. The serial collector suits two cores. C2
     * stays on (no TieredStopAtLevel): the throughput benchmarks need it.
     */
    private static final List<String> APP_JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx200m",
            "-XX:MaxMetaspaceSize=192m", "-Xss512k", "-Xshare:auto", "-XX:+ExitOnOutOfMemoryError",
            // Java 17 writes output in the locale's charset; the logs hold Chinese names.
            "-Dfile.encoding=UTF-8");
    /**
     * Kafka's collector and heap: its log cleaner buffer is cut to 16 MiB (EmbeddedKafkaBroker); the rest needs about
     * 40 MiB.
     */
    static final List<String> KAFKA_MEMORY = List.of("-XX:+UseSerialGC", "-Xmx256m");
    static final List<String> MONGODB_MEMORY = List.of("-XX:+UseSerialGC", "-Xmx256m");
    /** A larger MongoDB-wire heap for more data than the demo's (the benchmark's thousands of projects), e.g. 1g. */
    static final String MONGODB_HEAP_ENV = "KP_MONGODB_HEAP";
    private static final List<String> INFRA_JVM_FLAGS = List.of("-Xms32m", "-Xss512k",
            "-Xshare:auto", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
            // slf4j-simple: Kafka at INFO writes thousands of lines; the READY line is printed, not logged.
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
            "-Dorg.slf4j.simpleLogger.log.kafka=warn",
            "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
            "-Dorg.slf4j.simpleLogger.log.state.change.logger=warn");

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    /** Five applications writing their class-data archives at once took 23 s to stop instead of 5 s. */
    private static final Duration ARCHIVING_STOP_GRACE = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 40;

    /**
     * An application: its module's directory and jar share its name. Its actuator answers on {@code managementPort},
     * which for a service is its own port.
     */
    private record App(String name, PortSetting port, PortSetting managementPort) {
        App(String name, PortSetting port) {
            this(name, port, port);
        }

        Path jar(Path projectRoot) {
            return projectRoot.resolve(name).resolve("target").resolve(name + ".jar");
        }
    }

    private static final List<App> SERVICES = List.of(
            new App("project-service", PortSetting.PROJECT),
            new App("approval-service", PortSetting.APPROVAL),
            new App("issue-service", PortSetting.ISSUE),
            new App("reporting-service", PortSetting.REPORTING));
    /** The gateway keeps its actuator off the public port: nothing outside reaches health or metrics. */
    private static final App GATEWAY = new App("gateway", PortSetting.GATEWAY, PortSetting.GATEWAY_MANAGEMENT);
    /** Where the gateway's token service publishes the public keys that the services check tokens with. */
    private static final String JWK_SET_PATH = "/.well-known/jwks.json";

    /** The platform could not get ready; the message says which part and why. */
    private static final class StartupFailure extends Exception {
        StartupFailure(String message) {
            super(message);
        }
    }

    private final Options options;
    private final Instant launcherStart;
    private final Path workingDir;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    /** Guarded by this, in the order started. */
    private final List<Child> children = new ArrayList<>();
    /** Guarded by this: each part's restarts, by name. */
    private final Map<String, RestartPolicy> restartPolicies = new HashMap<>();
    /** Waits out restart back-offs and watches restarted parts get ready; daemon threads, so exiting ends them. */
    private final ScheduledExecutorService supervisor = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "local-platform-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Path dataDir;
    private DataDirLock lock;
    /** How each application starts; set before the first one does. */
    private volatile Map<String, AppCds.Launch> launches = Map.of();
    /** Guarded by this; once set, nothing more is started. */
    private boolean stopping;
    /** Set once every part is ready: from then on a part that ends is restarted, not a failed start. */
    private volatile boolean running;

    private LocalPlatform(Options options, Path workingDir) {
        this.options = options;
        this.workingDir = workingDir;
        this.launcherStart = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    }

    public static void main(String[] args) {
        Path workingDir = Path.of("").toAbsolutePath();
        Options options;
        try {
            options = Options.parse(Arrays.asList(args), System.getenv(), workingDir);
        } catch (Options.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.print(Options.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.usage());
            return;
        }
        // Exiting runs the shutdown hook, which stops whatever was started.
        System.exit(new LocalPlatform(options, workingDir).run());
    }

    private int run() {
        List<Path> missing = Stream.concat(SERVICES.stream(), Stream.of(GATEWAY))
                .map(app -> app.jar(options.projectRoot()))
                .filter(jar -> !Files.isRegularFile(jar))
                .toList();
        if (!missing.isEmpty()) {
            err.println("The application jars are missing (looked under " + options.projectRoot() + "):");
            missing.forEach(jar -> err.println("  " + jar));
            err.println("Build them first: ./run-local.sh builds and then starts everything"
                    + " (or build with ./mvnw -DskipTests package and start with --project-root=DIR).");
            return 1;
        }
        try {
            dataDir = options.dataDir() != null ? options.dataDir() : Files.createTempDirectory("kp-measure-");
            lock = DataDirLock.acquire(dataDir);
        } catch (DataDirLock.LockedException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Cannot use the data directory " + dataDir + ": " + e);
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-platform-stop"));

        List<String> portProblems = PortCheck.problems(options.ports());
        if (!portProblems.isEmpty()) {
            portProblems.forEach(err::println);
            err.println("Nothing was started.");
            return 1;
        }

        out.println("Starting the platform; data in " + display(dataDir) + ", logs in " + display(logs()));
        try {
            List<Child> infrastructure = List.of(kafka(), mongodb());
            start(infrastructure);
            // While Kafka and MongoDB start.
            launches = new AppCds(cdsCache(), java()).prepare(Stream.concat(SERVICES.stream(), Stream.of(GATEWAY))
                    .collect(Collectors.toMap(App::name, app -> app.jar(options.projectRoot()))), logs());
            awaitReady(infrastructure);
            List<Child> apps = new ArrayList<>();
            for (App service : SERVICES) {
                apps.add(app(service, Map.of()));
            }
            apps.add(app(GATEWAY, gatewayEnv()));
            start(apps);
            awaitReady(apps);
        } catch (StartupFailure e) {
            err.println();
            err.println(e.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("Could not start a part of the platform: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            return 1;
        }
        Duration toReady = Duration.between(launcherStart, Instant.now());
        running = true;
        printTable(toReady);

        if (options.measure()) {
            Map<String, Long> pids = new LinkedHashMap<>();
            pids.put("launcher", ProcessHandle.current().pid());
            allChildren().forEach(child -> pids.put(child.name(), child.process().pid()));
            out.print(Measurement.report(toReady, pids));
            long archived = launches.values().stream().filter(launch -> launch.pendingArchive() == null
                    && launch.archive() != null).count();
            out.printf("  class-data archives used by %d of %d applications (a first run after a build writes them"
                    + " when it stops)%n", archived, launches.size());
            stop();
            return 0;
        }
        if (options.demoData()) {
            try {
                int posted = DemoData.load(http, URI.create(gatewayUrl()), dataDir.resolve(DemoData.MARKER));
                if (posted > 0) {
                    out.println("Loaded " + posted + " demo projects (a first start only; --no-demo-data skips this).");
                }
            } catch (DemoData.RejectedException | IOException e) {
                err.println("Could not load the demo data: " + e.getMessage());
                err.println("The platform is stopping. Start again to load the rest, or use --no-demo-data.");
                return 1;
            } catch (InterruptedException e) {
                return 1;
            }
        }
        out.println("Press Ctrl-C to stop.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            return 1;
        }
        return 0;
    }

    private Child kafka() {
        int port = options.port(PortSetting.KAFKA);
        return new Child("kafka", Child.Kind.INFRA, port, port, "localhost:" + port, logs().resolve("kafka.log"),
                infraCommand(KafkaMain.class, KAFKA_MEMORY, "--port", Integer.toString(port),
                        "--controller-port", Integer.toString(options.port(PortSetting.KAFKA_CONTROLLER)),
                        "--dir", dataDir.resolve("kafka").toString()),
                Map.of(InfraProcess.PARENT_PID, launcherPid()), dataDir);
    }

    /**
     * The MongoDB-wire server's collector and heap: {@link #MONGODB_MEMORY}, or the size given (such as 512m or 2g)
     * from the start, with ZGC. Grown on demand from a small heap, the serial collector kept it at a few hundred MB
     * under load and ran a full collection every second or two, each a pause of every query; on a heap of 4 GiB its
     * young collections paused every query for 60 to 200 ms every few seconds, ZGC's for under a millisecond. ZGC
     * costs throughput: 2,000 registrations took 89 s to reach reporting instead of 73 s (docs/performance.md). The
     * default stays serial: on a small heap its pauses are short, and ZGC's three mappings of the heap would count
     * three times in the resident memory the platform is measured by.
     */
    static List<String> mongodbMemory(String size) {
        if (size == null || size.isBlank()) {
            return MONGODB_MEMORY;
        }
        if (!size.matches("\\d{1,5}[mMgG]")) {
            throw new IllegalArgumentException(MONGODB_HEAP_ENV + " must be a size such as 512m or 2g, not " + size);
        }
        return List.of("-XX:+UseZGC", "-Xms" + size, "-Xmx" + size);
    }

    private Child mongodb() {
        int port = options.port(PortSetting.MONGODB);
        return new Child("mongodb", Child.Kind.INFRA, port, port, "mongodb://localhost:" + port,
                logs().resolve("mongodb.log"),
                infraCommand(MongoMain.class, mongodbMemory(System.getenv(MONGODB_HEAP_ENV)), "--port",
                        Integer.toString(port),
                        "--file", dataDir.resolve("mongodb").resolve("platform.mv").toString()),
                Map.of(InfraProcess.PARENT_PID, launcherPid()), dataDir);
    }

    /** The infrastructure runs from the launcher's own classpath, which keeps Kafka's jars out of the applications. */
    static List<String> infraCommand(Class<?> main, List<String> memory, String... args) {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(INFRA_JVM_FLAGS);
        command.addAll(memory);
        command.addAll(List.of("-cp", classpath, main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Beside the launcher's jar (or classes): a rebuild of the launcher keeps it, {@code mvn clean} removes it. */
    private static Path cdsCache() {
        try {
            return Path.of(LocalPlatform.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent().resolve("app-cds");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Child app(App app, Map<String, String> extraEnv) {
        int port = options.port(app.port());
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + options.port(PortSetting.KAFKA));
        env.put("MONGODB_URI", "mongodb://localhost:" + options.port(PortSetting.MONGODB));
        // The gateway signs the access tokens with this issuer; the services check them against its public keys.
        // Both follow the gateway's port, so a platform on other ports still accepts its own tokens.
        env.put("PLATFORM_SECURITY_ISSUER", issuer());
        env.put("PLATFORM_SECURITY_JWK_SET_URI", issuer() + JWK_SET_PATH);
        env.put(InfraProcess.PARENT_PID, launcherPid());
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(APP_JVM_FLAGS);
        command.addAll(launches.get(app.name()).args());
        return new Child(app.name(), Child.Kind.APP, port, options.port(app.managementPort()),
                "http://localhost:" + port + "/",
                logs().resolve(app.name() + ".log"), command, env, dataDir);
    }

    private Map<String, String> gatewayEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("GATEWAY_PORT", Integer.toString(options.port(PortSetting.GATEWAY)));
        env.put("GATEWAY_MANAGEMENT_PORT", Integer.toString(options.port(PortSetting.GATEWAY_MANAGEMENT)));
        // The demo accounts (application-demo.yml): the local platform is for trying the platform out.
        env.put("SPRING_PROFILES_ACTIVE", "demo");
        // Tokens stay valid across a restart of the platform.
        env.put("GATEWAY_IDENTITY_SIGNING_KEY_FILE", dataDir.resolve("gateway").resolve("signing-key.json").toString());
        env.put("PROJECT_SERVICE_URI", "http://localhost:" + options.port(PortSetting.PROJECT));
        env.put("APPROVAL_SERVICE_URI", "http://localhost:" + options.port(PortSetting.APPROVAL));
        env.put("ISSUE_SERVICE_URI", "http://localhost:" + options.port(PortSetting.ISSUE));
        env.put("REPORTING_SERVICE_URI", "http://localhost:" + options.port(PortSetting.REPORTING));
        return env;
    }

    /** Starts every part of a group at once: on two cores that is fastest overall. */
    private void start(List<Child> group) throws IOException, InterruptedException {
        out.println("Starting " + group.stream().map(Child::name).collect(Collectors.joining(", ")) + " ...");
        for (Child child : group) {
            start(child);
        }
    }

    /** Waits until every part of a group is ready, printing each as it gets there. */
    private void awaitReady(List<Child> group) throws InterruptedException, StartupFailure {
        Instant deadline = launcherStart.plus(options.readyTimeout());
        Set<Child> pending = new LinkedHashSet<>(group);
        while (!pending.isEmpty()) {
            for (Iterator<Child> it = pending.iterator(); it.hasNext(); ) {
                Child child = it.next();
                if (child.isReady(http)) {
                    it.remove();
                    out.printf("  %-18s ready after %5.1f s%n", child.name(), secondsSinceStart());
                } else if (!child.isRunning()) {
                    if (isStopping()) {
                        throw new InterruptedException("stopping");
                    }
                    throw new StartupFailure(child.name() + " ended with exit code " + child.process().exitValue()
                            + " before it was ready.\n" + logTail(child));
                }
            }
            if (!pending.isEmpty() && Instant.now().isAfter(deadline)) {
                throw new StartupFailure("Not ready after " + options.readyTimeout().toSeconds() + " s: "
                        + pending.stream().map(Child::name).collect(Collectors.joining(", ")) + ".\n"
                        + pending.stream().map(this::logTail).collect(Collectors.joining("\n"))
                        + "If this machine is only slow, allow more time with --ready-timeout=SECONDS.");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Refuses once stopping has begun: the shutdown hook must not miss a process started after it looked. */
    private synchronized void start(Child child) throws IOException, InterruptedException {
        if (stopping) {
            throw new InterruptedException("stopping");
        }
        child.start();
        children.add(child);
        restartPolicies.put(child.name(), new RestartPolicy());
        superviseExit(child);
    }

    /**
     * Once the platform runs, an end that the launcher did not ask for is reported and the part started again after
     * its back-off; the other parts keep running meanwhile. Looked at a moment later: on Ctrl-C in a terminal the
     * children get SIGINT too, and may end before the launcher's own shutdown hook has begun.
     */
    private void superviseExit(Child child) {
        child.process().onExit().thenAcceptAsync(process -> {
            if (!running || isStopping()) {
                return;
            }
            Instant endedAt = Instant.now();
            RestartPolicy policy = restartPolicy(child);
            policy.nextRestart(endedAt).ifPresentOrElse(backoff -> {
                err.printf("%n%s (pid %d) ended with exit code %d; restarting it in %d s (restart %d of at most %d"
                                + " within %d minutes; the other parts keep running). Its log: %s%n",
                        child.name(), process.pid(), process.exitValue(), backoff.toSeconds(),
                        policy.restartsInWindow(), RestartPolicy.LIMIT, RestartPolicy.WINDOW.toMinutes(),
                        display(child.log()));
                supervisor.schedule(() -> restart(child, endedAt), backoff.toMillis(), TimeUnit.MILLISECONDS);
            }, () -> err.printf("%n%s (pid %d) ended with exit code %d after %d restarts within %d minutes: not"
                            + " restarting it again. The other parts keep running without it; stop the platform"
                            + " (Ctrl-C) and look at its log: %s%n%s%n",
                    child.name(), process.pid(), process.exitValue(), RestartPolicy.LIMIT,
                    RestartPolicy.WINDOW.toMinutes(), display(child.log()), logTail(child)));
        }, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
    }

    /** The same command, environment and log as before; refused once stopping has begun, as a first start is. */
    private void restart(Child child, Instant endedAt) {
        synchronized (this) {
            if (stopping) {
                return;
            }
            try {
                child.start();
            } catch (IOException e) {
                err.printf("Could not restart %s: %s. The other parts keep running without it.%n", child.name(), e);
                return;
            }
        }
        Process process = child.process();
        out.printf("%s restarted as pid %d%n", child.name(), process.pid());
        superviseExit(child);
        supervisor.execute(() -> reportReadyAgain(child, process, endedAt));
    }

    /** Polls until the restarted process is ready; gives up quietly if it ends first (its exit is reported). */
    private void reportReadyAgain(Child child, Process process, Instant endedAt) {
        if (!process.isAlive() || isStopping()) {
            return;
        }
        if (child.isReady(http)) {
            out.printf("%s ready again (pid %d), %.1f s after it ended%n", child.name(), process.pid(),
                    Duration.between(endedAt, Instant.now()).toMillis() / 1000.0);
            return;
        }
        supervisor.schedule(() -> reportReadyAgain(child, process, endedAt), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized RestartPolicy restartPolicy(Child child) {
        return restartPolicies.get(child.name());
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    private String logTail(Child child) {
        return "Last lines of " + display(child.log()) + ":\n" + child.tail(LOG_TAIL_LINES) + "\n";
    }

    private void printTable(Duration toReady) {
        out.printf("%nAll parts ready in %.1f s.%n%n", toReady.toMillis() / 1000.0);
        out.printf("  %-18s %-6s %-8s %-30s %s%n", "part", "port", "pid", "address", "log");
        allChildren().forEach(child -> out.printf("  %-18s %-6d %-8d %-30s %s%n", child.name(), child.port(),
                child.process().pid(), child.address(), display(child.log())));
        out.println();
        out.println("Portal:   " + gatewayUrl());
        out.println("API base: " + gatewayUrl() + "api/");
        out.println("Health:   " + gatewayManagementUrl() + "actuator/health");
        out.println("Metrics:  " + gatewayManagementUrl() + "actuator/prometheus");
    }

    /**
     * Stops the applications (gateway first, so no request reaches a stopping service), then Kafka and MongoDB,
     * which the applications still need while they stop; releases the data directory. Runs once, from the shutdown
     * hook or after {@code --measure}; a second caller waits for the first.
     */
    private void stop() {
        boolean first;
        synchronized (this) {
            first = !stopping;
            stopping = true;
        }
        if (!first) {
            awaitStopped();
            return;
        }
        List<Child> started = allChildren();
        if (!started.isEmpty()) {
            out.println();
            out.println(started.stream().anyMatch(this::writesArchive)
                    ? "Stopping ... (this first run after a build writes the class-data archives that make later"
                            + " starts faster: it takes up to a minute)"
                    : "Stopping ...");
        }
        List<Child> stoppedApps = new ArrayList<>(stopGroup(started.stream().filter(this::isGateway).toList()));
        stoppedApps.addAll(stopGroup(started.stream()
                .filter(child -> child.kind() == Child.Kind.APP && !isGateway(child)).toList()));
        stopGroup(started.stream().filter(child -> child.kind() == Child.Kind.INFRA).toList());
        try {
            for (Child app : stoppedApps) {
                launches.get(app.name()).keepArchive();
            }
        } catch (IOException e) {
            err.println("Could not keep a class-data archive: " + e);
        }
        try {
            lock.close();
            if (options.dataDir() == null) {
                Directories.deleteRecursively(dataDir);
            }
        } catch (IOException e) {
            err.println("Could not clean up " + dataDir + ": " + e);
        }
        if (!started.isEmpty()) {
            out.println("Stopped.");
        }
        stopped.countDown();
    }

    private void awaitStopped() {
        boolean interrupted = false;
        while (stopped.getCount() > 0) {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIGTERM to all of the group at once, then up to {@link #STOP_GRACE} for each before it is killed (longer for
     * an application writing its class-data archive).
     *
     * @return the parts that stopped by themselves
     */
    private List<Child> stopGroup(List<Child> group) {
        group.forEach(Child::requestStop);
        Instant now = Instant.now();
        List<Child> stoppedCleanly = new ArrayList<>();
        for (Child child : group) {
            Duration grace = writesArchive(child) ? ARCHIVING_STOP_GRACE : STOP_GRACE;
            try {
                if (child.awaitStop(now.plus(grace))) {
                    stoppedCleanly.add(child);
                } else {
                    err.println(child.name() + " did not stop within " + grace.toSeconds() + " s; killed it.");
                }
            } catch (InterruptedException e) {
                child.process().destroyForcibly();
            }
        }
        return stoppedCleanly;
    }

    private boolean writesArchive(Child child) {
        AppCds.Launch launch = launches.get(child.name());
        return launch != null && launch.pendingArchive() != null;
    }

    private boolean isGateway(Child child) {
        return child.name().equals(GATEWAY.name());
    }

    private synchronized List<Child> allChildren() {
        return List.copyOf(children);
    }

    private Path logs() {
        return dataDir.resolve("logs");
    }

    private String gatewayUrl() {
        return issuer() + "/";
    }

    /** The gateway's actuator: health and metrics, not reachable through its public port. */
    private String gatewayManagementUrl() {
        return "http://localhost:" + options.port(PortSetting.GATEWAY_MANAGEMENT) + "/";
    }

    /** The issuer of the platform's access tokens: the gateway's public address, without a trailing slash. */
    private String issuer() {
        return "http://localhost:" + options.port(PortSetting.GATEWAY);
    }

    private double secondsSinceStart() {
        return Duration.between(launcherStart, Instant.now()).toMillis() / 1000.0;
    }

    /** Paths under the working directory are shown relative to it: shorter, and what the user typed. */
    private String display(Path path) {
        return path.startsWith(workingDir) && !path.equals(workingDir)
                ? workingDir.relativize(path).toString()
                : path.toString();
    }

    private static String launcherPid() {
        return Long.toString(ProcessHandle.current().pid());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
