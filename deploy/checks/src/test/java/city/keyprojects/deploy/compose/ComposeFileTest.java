package city.keyprojects.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import city.keyprojects.deploy.ProjectFiles;
import city.keyprojects.deploy.kubernetes.Applications;

/** deploy/compose/compose.yaml runs the same images with the same settings as Kubernetes, in a healthy order. */
class ComposeFileTest {

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ProjectFiles.file("deploy/compose/compose.yaml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).getOrDefault("environment", Map.of());
    }

    @Test
    void runsTheApplicationsImages() {
        for (String app : Applications.ALL) {
            assertThat(services.get(app)).as(app).containsEntry("image", "key-projects/" + app + ":0.1.0-SNAPSHOT");
        }
    }

    @Test
    void setsOnlyVariablesTheApplicationsRead() {
        Set<String> known = Applications.environmentNames();
        for (String app : Applications.ALL) {
            assertThat(known).as(app).containsAll(environment(app).keySet());
        }
    }

    @Test
    void wiresEachServiceToKafkaItsDatabaseAndTheGatewaysKeys() {
        for (String app : Applications.SERVICES) {
            Map<String, Object> env = environment(app);
            assertThat(env).as(app).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI", "PLATFORM_SECURITY_ISSUER",
                    "PLATFORM_SECURITY_JWK_SET_URI");
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat(Applications.configuration(app).toString())
                    .contains("${MONGODB_DATABASE:" + env.get("MONGODB_DATABASE") + "}");
            // The services and the gateway agree on who issues the tokens.
            assertThat(env.get("PLATFORM_SECURITY_ISSUER")).isEqualTo(environment("gateway").get("PLATFORM_SECURITY_ISSUER"));
            assertThat((String) env.get("PLATFORM_SECURITY_JWK_SET_URI"))
                    .isEqualTo("http://gateway:" + Applications.port("gateway") + "/.well-known/jwks.json");
            String variable = app.substring(0, app.indexOf('-')).toUpperCase() + "_SERVICE_URI";
            assertThat(environment("gateway").get(variable)).isEqualTo("http://" + app + ":" + Applications.port(app));
        }
    }

    @Test
    void checksEachApplicationsReadinessOnItsActuatorPort() {
        for (String app : Applications.ALL) {
            @SuppressWarnings("unchecked")
            List<String> test = (List<String>) ((Map<String, Object>) services.get(app).get("healthcheck")).get("test");
            assertThat(test.get(0)).isEqualTo("CMD");
            assertThat(test).as(app).contains("HealthCheck")
                    .endsWith("http://localhost:" + Applications.managementPort(app) + "/actuator/health/readiness");
        }
    }

    /** An application started before Kafka, MongoDB or its healthcheck is ready would fail its first start. */
    @Test
    @SuppressWarnings("unchecked")
    void everyDependencyIsWaitedForUntilHealthyOrDone() {
        Map<String, Integer> dependencies = new HashMap<>();
        services.forEach((name, service) -> {
            Map<String, Map<String, Object>> dependsOn =
                    (Map<String, Map<String, Object>>) service.getOrDefault("depends_on", Map.of());
            dependsOn.forEach((target, how) -> {
                assertThat(services).as(name + " depends on " + target).containsKey(target);
                String condition = (String) how.get("condition");
                if (condition.equals("service_healthy")) {
                    assertThat(services.get(target)).as(target + ", which " + name + " waits for").containsKey("healthcheck");
                } else {
                    assertThat(condition).isEqualTo("service_completed_successfully");
                    assertThat(services.get(target)).as(target + " runs once").containsEntry("restart", "no");
                }
                dependencies.merge(name, 1, Integer::sum);
            });
        });
        for (String app : Applications.SERVICES) {
            Map<String, Map<String, Object>> dependsOn = (Map<String, Map<String, Object>>) services.get(app).get("depends_on");
            assertThat(dependsOn).containsKeys("kafka", "mongodb");
        }
        assertThat(((Map<String, Object>) services.get("gateway").get("depends_on")).keySet())
                .containsAll(Applications.SERVICES);
        assertThat(dependencies).containsKey("grafana");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusAndGrafanaReadTheMonitoringFiles() {
        assertThat((List<String>) services.get("prometheus").get("volumes")).contains("../prometheus:/etc/prometheus:ro");
        assertThat((List<String>) services.get("grafana").get("volumes")).contains(
                "../grafana/provisioning:/etc/grafana/provisioning:ro",
                "../grafana/dashboards:/var/lib/grafana/dashboards/keyprojects:ro");
    }

    @Test
    @SuppressWarnings("unchecked")
    void applicationsRunLockedDown() {
        for (String app : Applications.ALL) {
            Map<String, Object> service = services.get(app);
            assertThat(service).as(app).containsEntry("read_only", true).containsEntry("tmpfs", List.of("/tmp"));
            assertThat((List<String>) service.get("cap_drop")).containsExactly("ALL");
            assertThat(service.get("ports") == null || app.equals("gateway")).as(app + " publishes a port").isTrue();
        }
    }
}
