package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import city.keyprojects.deploy.monitoring.MonitoringFiles;

/**
 * Checks a running platform against the monitoring: every metric the Prometheus rules (deploy/prometheus/rules)
 * and the Grafana dashboards (deploy/grafana/dashboards) read must be exposed by at least one application, so
 * that no alert or panel silently reads nothing. Which metrics they read is deploy/checks' {@link MonitoringFiles}.
 */
final class MonitoringMetrics {

    /** The sample names each metric type's family has in the text format. */
    private static final Map<String, List<String>> SUFFIXES = Map.of(
            "counter", List.of("", "_total", "_created"),
            "gauge", List.of(""),
            "histogram", List.of("_bucket", "_count", "_sum", "_created"),
            "summary", List.of("", "_count", "_sum", "_created"));
    private static final Pattern TYPE = Pattern.compile("^# TYPE (\\S+) (\\S+)");
    private static final GatewayCalls CALLS = new GatewayCalls();

    private MonitoringMetrics() {
    }

    /**
     * Scrapes {@code endpoints} (application name → its /actuator/prometheus URL) and fails naming every metric
     * the rules and dashboards read that no application exposes.
     *
     * @return the metric names checked
     */
    static Set<String> assertEveryMetricReadIsExposed(Map<String, String> endpoints) {
        Set<String> needed = MonitoringFiles.applicationMetricsRead();
        assertThat(needed).as("metric names in the rules and dashboards").isNotEmpty();
        Set<String> missing = new TreeSet<>(needed);
        endpoints.forEach((application, url) -> missing.removeAll(scrape(application, url)));
        assertThat(missing).as("metrics read by deploy/prometheus/rules or deploy/grafana/dashboards that no "
                + "application exposes (scraped: %s)", endpoints).isEmpty();
        return needed;
    }

    /**
     * The sample names one application exposes, with each declared family's sample names: a histogram declared
     * without a sample yet (no request served) still counts as exposing its _bucket, _count and _sum.
     */
    private static Set<String> scrape(String application, String url) {
        HttpResponse<String> response;
        try {
            response = CALLS.exchange("GET", url, Map.of("Accept", "text/plain;version=0.0.4"), null,
                    Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new AssertionError(application + "'s " + url + " could not be scraped: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(response.statusCode()).as(application + "'s " + url).isEqualTo(200);
        Set<String> names = new TreeSet<>();
        for (String line : response.body().split("\n")) {
            Matcher type = TYPE.matcher(line);
            if (type.find()) {
                String family = type.group(1);
                SUFFIXES.getOrDefault(type.group(2), List.of("")).forEach(suffix -> names.add(family + suffix));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }
}
