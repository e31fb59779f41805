package city.keyprojects.local;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One part of the platform running as a child process, its output appended to its own log file. It may be started
 * again after it ended: the same command and environment, appending to the same log.
 */
final class Child {

    /** The line the Kafka and MongoDB processes print once they serve. */
    static final String READY_LINE = "READY";

    /** How a part tells that it is ready. */
    enum Kind {
        /** Prints {@link #READY_LINE}. */
        INFRA,
        /** A Spring Boot application: its readiness probe answers UP, on its management port. */
        APP
    }

    private static final String READINESS_PATH = "/actuator/health/readiness";

    private final String name;
    private final Kind kind;
    private final int port;
    private final int managementPort;
    private final String address;
    private final Path log;
    private final List<String> command;
    private final ProcessBuilder builder;
    private volatile Process process;
    /** Where the current start's output begins in the log; written by whichever thread (re)starts the part. */
    private volatile long logStart;

    /**
     * @param port           where clients reach the part
     * @param managementPort where an application's actuator answers (its readiness probe); the same as
     *                       {@code port} unless the application moves its actuator to a port of its own
     */
    Child(String name, Kind kind, int port, int managementPort, String address, Path log, List<String> command,
            Map<String, String> env, Path workingDir) {
        this.name = name;
        this.kind = kind;
        this.port = port;
        this.managementPort = managementPort;
        this.address = address;
        this.log = log;
        this.command = List.copyOf(command);
        this.builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
    }

    String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    int port() {
        return port;
    }

    /** Where the actuator answers; the same as {@link #port()} for most parts. */
    int managementPort() {
        return managementPort;
    }

    /** Where clients reach it: a URL or, for Kafka, the bootstrap address. */
    String address() {
        return address;
    }

    Path log() {
        return log;
    }

    /** Null until started; after a restart, the current process. */
    Process process() {
        return process;
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    void start() throws IOException {
        if (isRunning()) {
            throw new IllegalStateException(name + " is running already (pid " + process.pid() + ")");
        }
        Files.createDirectories(log.getParent());
        String marker = String.format("%n===== %s launcher: starting %s: %s%n", Instant.now(), name,
                String.join(" ", command));
        Files.writeString(log, marker, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        logStart = Files.size(log);
        process = builder.start();
        // Nothing is ever typed to a part; end of input from the start.
        process.getOutputStream().close();
    }

    boolean isReady(HttpClient http) {
        if (!isRunning()) {
            return false;
        }
        return switch (kind) {
            case INFRA -> outputSinceStart().lines().anyMatch(line -> line.startsWith(READY_LINE));
            case APP -> readinessUp(http);
        };
    }

    private boolean readinessUp(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + READINESS_PATH))
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last lines this start wrote, to show why it failed. */
    String tail(int lines) {
        List<String> all = outputSinceStart().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private String outputSinceStart() {
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
            channel.position(Math.min(logStart, channel.size()));
            InputStream in = Channels.newInputStream(channel);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Asks the part to stop (SIGTERM); {@link #awaitStop} waits for it. */
    void requestStop() {
        if (isRunning()) {
            process.destroy();
        }
    }

    /** Waits until the part has stopped, killing it if it is still running at the deadline. */
    boolean awaitStop(Instant deadline) throws InterruptedException {
        if (process == null) {
            return true;
        }
        long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return true;
        }
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
        return false;
    }
}
