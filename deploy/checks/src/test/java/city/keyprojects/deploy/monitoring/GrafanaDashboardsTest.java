package city.keyprojects.deploy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;

/** The Grafana provisioning and dashboards: every panel reads Prometheus through the data-source variable. */
class GrafanaDashboardsTest {

    /** Grafana 12's dashboard schema; older dashboards are migrated on load, so this is what a current one saves. */
    private static final int SCHEMA_VERSION = 41;

    @Test
    void theTechnicalAndBusinessDashboardsAreThere() {
        List<String> uids = MonitoringFiles.dashboards().stream()
                .map(file -> MonitoringFiles.dashboard(file).path("uid").asText()).toList();

        assertThat(uids).containsExactlyInAnyOrder("keyprojects-technical", "keyprojects-business");
    }

    @Test
    void everyDashboardHasACurrentSchemaAndADataSourceVariable() {
        for (Path file : MonitoringFiles.dashboards()) {
            JsonNode dashboard = MonitoringFiles.dashboard(file);
            JsonNode variable = variable(dashboard, "datasource");

            assertThat(dashboard.path("schemaVersion").asInt()).as(file + " schemaVersion").isEqualTo(SCHEMA_VERSION);
            assertThat(variable.path("type").asText()).as(file + " $datasource").isEqualTo("datasource");
            assertThat(variable.path("query").asText()).as(file + " $datasource").isEqualTo("prometheus");
        }
    }

    @Test
    void everyPanelHasAStableUniqueIdAndAPlace() {
        for (Path file : MonitoringFiles.dashboards()) {
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : allPanels(MonitoringFiles.dashboard(file))) {
                assertThat(panel.path("id").isInt()).as(file + " panel " + panel.path("title") + " id").isTrue();
                assertThat(ids.add(panel.path("id").asInt())).as(file + " duplicate id " + panel.path("id")).isTrue();
                assertThat(panel.path("gridPos").path("w").asInt()).as(file + " " + panel.path("title")).isPositive();
            }
        }
    }

    @Test
    void everyPanelReadsTheDataSourceVariableWithAtLeastOneExpression() {
        for (Path file : MonitoringFiles.dashboards()) {
            List<JsonNode> panels = MonitoringFiles.panels(MonitoringFiles.dashboard(file));
            assertThat(panels).as(file.toString()).isNotEmpty();
            for (JsonNode panel : panels) {
                String name = file.getFileName() + " panel " + panel.path("id") + " " + panel.path("title");
                assertThat(panel.path("datasource").path("uid").asText()).as(name).isEqualTo("${datasource}");
                assertThat(panel.path("targets").size()).as(name + " targets").isPositive();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(target.path("expr").asText()).as(name + " target " + target.path("refId")).isNotBlank();
                    assertThat(target.path("datasource").path("uid").asText()).as(name).isEqualTo("${datasource}");
                }
            }
        }
    }

    @Test
    void everyExpressionParsesIntoMetricNames() {
        for (String expression : MonitoringFiles.expressions()) {
            assertThat(PromqlMetricNames.of(expression)).as(expression).isNotEmpty();
        }
    }

    @Test
    void theProvisionedDataSourceIsTheVariablesDefault() throws IOException {
        Map<String, Object> datasource = firstOf(MonitoringFiles.GRAFANA.resolve("provisioning/datasources/prometheus.yml"),
                "datasources");

        assertThat(datasource).containsEntry("type", "prometheus");
        for (Path file : MonitoringFiles.dashboards()) {
            assertThat(variable(MonitoringFiles.dashboard(file), "datasource").path("current").path("value").asText())
                    .as(file.toString()).isEqualTo(datasource.get("uid"));
        }
    }

    @Test
    void theDashboardProviderReadsFilesTheUiCannotOverwrite() throws IOException {
        Map<String, Object> provider = firstOf(MonitoringFiles.GRAFANA.resolve("provisioning/dashboards/dashboards.yml"),
                "providers");

        assertThat(provider).containsEntry("type", "file").containsEntry("allowUiUpdates", false);
        assertThat(provider.get("options")).asString().contains("path=");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstOf(Path file, String key) throws IOException {
        Map<String, Object> root = new Yaml().load(Files.readString(file));
        return ((List<Map<String, Object>>) root.get(key)).get(0);
    }

    private static JsonNode variable(JsonNode dashboard, String name) {
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        throw new AssertionError("No variable " + name + " in " + dashboard.path("uid"));
    }

    /** Rows included: their ids share the dashboard's id space. */
    private static List<JsonNode> allPanels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        });
        return panels;
    }
}
