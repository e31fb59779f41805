package city.keyprojects.deploy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Prometheus's own checker on deploy/prometheus: the configurations load, the rules parse, and the rules' unit
 * tests (deploy/prometheus/tests) pass, with a test where each alert fires and one where it stays quiet.
 * Skipped when promtool is not installed (Debian: apt-get install prometheus).
 */
class PromtoolChecksTest {

    private static Path promtool;

    @BeforeAll
    static void findPromtool() {
        promtool = onPath("promtool").orElse(null);
        assumeTrue(promtool != null, "promtool is not on the PATH (Debian: apt-get install prometheus): "
                + "the Prometheus configuration and rules are not checked");
    }

    @Test
    void composeAndLocalConfigurationsLoadWithTheirRules() {
        Result result = promtool("check", "config", "prometheus.yml", "local/prometheus.yml");

        assertThat(result.exitCode()).as(result.output()).isZero();
        // check config also loads the rule files the configuration names: make sure it found ours.
        assertThat(result.output()).contains("SUCCESS: 2 rule files found");
    }

    @Test
    void kubernetesConfigurationLoadsWherePromtoolKnowsKubernetesDiscovery() {
        Result result = promtool("check", "config", "kubernetes/prometheus.yml");

        // Debian builds Prometheus without the Kubernetes service discovery.
        assumeTrue(!result.output().contains("field kubernetes_sd_configs not found"),
                "this promtool is built without Kubernetes service discovery: " + result.output().strip());
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void ruleFilesAreValid() {
        List<String> command = new ArrayList<>(List.of("check", "rules"));
        MonitoringFiles.ruleFiles().forEach(file -> command.add(MonitoringFiles.PROMETHEUS.relativize(file).toString()));

        Result result = promtool(command.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void ruleUnitTestsPass() {
        List<String> command = new ArrayList<>(List.of("test", "rules"));
        MonitoringFiles.ruleTests().forEach(file -> command.add(MonitoringFiles.PROMETHEUS.relativize(file).toString()));

        Result result = promtool(command.toArray(String[]::new));

        assertThat(MonitoringFiles.ruleTests()).isNotEmpty();
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    /** Guards the test above: promtool does fail a wrong expectation (a quiet alert expected to fire). */
    @Test
    void aWrongExpectationFailsTheUnitTests(@TempDir Path directory) throws IOException {
        Path test = directory.resolve("wrong.yml");
        Files.writeString(test, """
                rule_files:
                  - %s
                tests:
                  - interval: 1m
                    input_series:
                      - series: 'up{job="project-service", instance="project-service:8081"}'
                        values: '1x10'
                    alert_rule_test:
                      - eval_time: 10m
                        alertname: KeyProjectsServiceDown
                        exp_alerts:
                          - exp_labels: {severity: critical, job: project-service, instance: project-service:8081}
                """.formatted(MonitoringFiles.PROMETHEUS.resolve("rules/alerts.yml")));

        Result result = promtool("test", "rules", test.toString());

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("KeyProjectsServiceDown");
    }

    @Test
    void everyAlertIsTestedFiringAndQuiet() {
        Set<String> alerts = new TreeSet<>();
        MonitoringFiles.rules().stream().filter(rule -> rule.containsKey("alert"))
                .forEach(rule -> alerts.add((String) rule.get("alert")));
        Set<String> firing = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        for (Map<String, Object> expectation : alertExpectations()) {
            Object expected = expectation.get("exp_alerts");
            boolean fires = expected instanceof List<?> list && !list.isEmpty();
            (fires ? firing : quiet).add((String) expectation.get("alertname"));
        }

        assertThat(alerts).hasSizeGreaterThanOrEqualTo(9);
        assertThat(firing).as("alerts tested where they fire").containsAll(alerts);
        assertThat(quiet).as("alerts tested where they stay quiet").containsAll(alerts);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> alertExpectations() {
        List<Map<String, Object>> expectations = new ArrayList<>();
        for (Path file : MonitoringFiles.ruleTests()) {
            Map<String, Object> root = read(file);
            for (Map<String, Object> test : (List<Map<String, Object>>) root.get("tests")) {
                expectations.addAll((List<Map<String, Object>>) test.getOrDefault("alert_rule_test", List.of()));
            }
        }
        return expectations;
    }

    private static Map<String, Object> read(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result promtool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(promtool.toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(MonitoringFiles.PROMETHEUS.toFile())
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("promtool finished").isTrue();
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry, program)).filter(Files::isExecutable).findFirst();
    }
}
