package city.keyprojects.deploy.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import city.keyprojects.deploy.ProjectFiles;

/**
 * The Prometheus rule files and Grafana dashboards of deploy/, the PromQL expressions they hold and the metrics
 * they read. Public for the system test (deploy/local), which checks those metrics on a running platform.
 */
public final class MonitoringFiles {

    /** Series Prometheus makes itself for every target and rule: no application exposes them. */
    static final Set<String> MADE_BY_PROMETHEUS = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped",
            "scrape_samples_post_metric_relabeling", "scrape_series_added", "ALERTS", "ALERTS_FOR_STATE");


    static final Path PROMETHEUS = ProjectFiles.file("deploy/prometheus");
    static final Path GRAFANA = ProjectFiles.file("deploy/grafana");

    /** A templating query such as {@code label_values(metric{...}, label)}: its first argument is PromQL. */
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*),\\s*\\w+\\s*\\)\\s*$",
            Pattern.DOTALL);

    private MonitoringFiles() {
    }

    static List<Path> ruleFiles() {
        return list(PROMETHEUS.resolve("rules"), ".yml");
    }

    static List<Path> ruleTests() {
        return list(PROMETHEUS.resolve("tests"), ".yml");
    }

    static List<Path> dashboards() {
        return list(GRAFANA.resolve("dashboards"), ".json");
    }

    /** Every rule of every group of every rule file, as SnakeYAML reads it. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rules() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Path file : ruleFiles()) {
            Map<String, Object> root = new Yaml().load(read(file));
            for (Map<String, Object> group : (List<Map<String, Object>>) root.get("groups")) {
                rules.addAll((List<Map<String, Object>>) group.get("rules"));
            }
        }
        return rules;
    }

    static Set<String> recordedNames() {
        Set<String> names = new TreeSet<>();
        rules().stream().filter(rule -> rule.containsKey("record")).forEach(rule -> names.add((String) rule.get("record")));
        return names;
    }

    static JsonNode dashboard(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The panels of a dashboard, those inside collapsed rows included, rows themselves excluded. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if ("row".equals(panel.path("type").asText())) {
                panel.path("panels").forEach(panels::add);
            } else {
                panels.add(panel);
            }
        }
        return panels;
    }

    /** Every PromQL expression: the rules', the dashboards' targets and their query variables'. */
    static List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        rules().forEach(rule -> expressions.add((String) rule.get("expr")));
        for (Path file : dashboards()) {
            JsonNode dashboard = dashboard(file);
            panels(dashboard).forEach(panel -> panel.path("targets")
                    .forEach(target -> expressions.add(target.path("expr").asText())));
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                if ("query".equals(variable.path("type").asText())) {
                    expressions.add(variableExpression(variable.path("query").path("query").asText()));
                }
            }
        }
        return expressions;
    }

    /** Every metric name an expression reads, recorded names included. */
    static Set<String> namesRead() {
        Set<String> names = new TreeSet<>();
        expressions().forEach(expression -> names.addAll(PromqlMetricNames.of(expression)));
        return names;
    }

    /** The metrics the rules and dashboards read that an application must expose: not recorded, not Prometheus's. */
    public static Set<String> applicationMetricsRead() {
        Set<String> names = namesRead();
        names.removeAll(recordedNames());
        names.removeAll(MADE_BY_PROMETHEUS);
        return names;
    }

    static String variableExpression(String query) {
        Matcher matcher = LABEL_VALUES.matcher(query);
        return matcher.matches() ? matcher.group(1) : query;
    }

    private static List<Path> list(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
