package city.keyprojects.deploy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import city.keyprojects.deploy.ProjectFiles;

/**
 * The static scrape configurations (Compose and local) scrape every application's /actuator/prometheus on the
 * port its application.yml gives the actuator: the management port where there is one, else the server port.
 */
class ScrapeTargetsTest {

    private static final List<String> APPLICATIONS = List.of("project-service", "approval-service", "issue-service",
            "reporting-service", "gateway");
    /** A port setting's default: {@code ${SERVER_PORT:8081}} gives 8081. */
    private static final Pattern DEFAULT_PORT = Pattern.compile("\\$\\{[A-Z_]+:(\\d+)}");

    @Test
    void composeScrapesEveryApplicationByItsServiceNameOnItsActuatorPort() throws IOException {
        assertThat(targets("deploy/prometheus/prometheus.yml")).isEqualTo(expected(""));
    }

    @Test
    void localScrapesEveryApplicationOnLocalhostOnItsActuatorPort() throws IOException {
        assertThat(targets("deploy/prometheus/local/prometheus.yml")).isEqualTo(expected("localhost"));
    }

    @Test
    void theGatewayIsScrapedOnItsManagementPortNotItsPublicOne() throws IOException {
        assertThat(targets("deploy/prometheus/prometheus.yml")).containsEntry("gateway", "gateway:8090 /actuator/prometheus");
    }

    /** job name → "host:port path", as the configuration has them. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> targets(String file) throws IOException {
        Map<String, Object> config = new Yaml().load(Files.readString(ProjectFiles.file(file)));
        Map<String, String> targets = new TreeMap<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
            for (Map<String, Object> group : (List<Map<String, Object>>) job.get("static_configs")) {
                for (String target : (List<String>) group.get("targets")) {
                    targets.merge((String) job.get("job_name"), target + " " + job.get("metrics_path"),
                            (a, b) -> a + ", " + b);
                }
            }
        }
        return targets;
    }

    private static Map<String, String> expected(String host) throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (String application : APPLICATIONS) {
            expected.put(application, (host.isEmpty() ? application : host) + ":" + actuatorPort(application)
                    + " /actuator/prometheus");
        }
        return expected;
    }

    @SuppressWarnings("unchecked")
    private static int actuatorPort(String application) throws IOException {
        Map<String, Object> settings = new Yaml().load(Files.readString(
                ProjectFiles.file(application + "/src/main/resources/application.yml")));
        Map<String, Object> management = (Map<String, Object>) settings.getOrDefault("management", Map.of());
        Map<String, Object> server = (Map<String, Object>) management.get("server");
        Object port = server != null && server.containsKey("port") ? server.get("port")
                : ((Map<String, Object>) settings.get("server")).get("port");
        Matcher matcher = DEFAULT_PORT.matcher(String.valueOf(port));
        assertThat(matcher.matches()).as(application + "'s port setting " + port).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
