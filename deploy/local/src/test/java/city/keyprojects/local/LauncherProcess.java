package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged launcher as a real process, started with {@code --no-demo-data}; its output is echoed to the test's
 * and read for the pids of its parts: the table printed once all are ready, and the line printed when it restarts
 * one.
 */
final class LauncherProcess {

    static final Path PROJECT_ROOT = Path.of(System.getProperty("kp.projectRoot", "../..")).toAbsolutePath()
            .normalize();
    static final Path LAUNCHER_JAR = Path.of("target", "local-platform.jar").toAbsolutePath();
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final Pattern TABLE_ROW = Pattern.compile("^  (\\S+)\\s+(\\d+)\\s+(\\d+)\\s+\\S+\\s+\\S+$");
    private static final Pattern RESTARTED = Pattern.compile("^(\\S+) restarted as pid (\\d+)$");

    final Process process;
    /** Each part's current pid, by name: from the table, then from each restart. */
    final Map<String, Long> childPids = new ConcurrentHashMap<>();
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LauncherProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "launcher-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static LauncherProcess start(Map<PortSetting, Integer> ports, Path dataDir, List<LauncherProcess> started)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", LAUNCHER_JAR.toString(),
                "--project-root=" + PROJECT_ROOT, "--data-dir=" + dataDir, "--no-demo-data"));
        ports.forEach((setting, port) -> command.add("--" + setting.option() + "=" + port));
        LauncherProcess launcher = new LauncherProcess(new ProcessBuilder(command)
                .directory(PROJECT_ROOT.toFile())
                .redirectErrorStream(true)
                .start());
        started.add(launcher);
        return launcher;
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Matcher row = TABLE_ROW.matcher(line);
                if (row.matches()) {
                    childPids.put(row.group(1), Long.parseLong(row.group(3)));
                }
                Matcher restarted = RESTARTED.matcher(line);
                if (restarted.matches()) {
                    childPids.put(restarted.group(1), Long.parseLong(restarted.group(2)));
                }
                lines.add(line);
                System.out.println("[launcher " + process.pid() + "] " + line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String output() throws InterruptedException {
        // The reader may still be draining the last lines of a process that just ended.
        Thread.sleep(200);
        return String.join("\n", lines);
    }

    /** How many lines the launcher printed so far: {@link #awaitLine} looks only after a given one. */
    int lineCount() {
        return lines.size();
    }

    /** The first line after the first {@code from} that matches, waiting for it up to {@code timeout}. */
    String awaitLine(int from, Predicate<String> wanted, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<String> seen = List.copyOf(lines);
            for (String line : seen.subList(Math.min(from, seen.size()), seen.size())) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                fail("The launcher did not print the line awaited within " + timeout.toSeconds() + " s:\n"
                        + output());
            }
            Thread.sleep(250);
        }
    }

    void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (lines.stream().noneMatch(line -> line.startsWith("Portal:"))) {
            if (!process.isAlive()) {
                fail("The launcher ended with exit code " + process.exitValue()
                        + " before the platform was ready:\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                fail("The platform was not ready within " + READY_TIMEOUT.toSeconds() + " s:\n" + output());
            }
            Thread.sleep(250);
        }
    }

    void stopAndAssertNothingLeft() throws InterruptedException {
        // SIGTERM, as Process.destroy() sends, but without closing the output still to be read.
        process.toHandle().destroy();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the launcher stops on SIGTERM").isTrue();
        assertThat(output()).contains("Stopped.");
        childPids.forEach((part, pid) -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
                .as(part + " (pid " + pid + ") is gone").isEmpty());
    }
}
