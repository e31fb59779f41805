package city.keyprojects.deploy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The metrics the rules and dashboards read. Those the applications must expose are listed here: the system test
 * (deploy/local, MonitoringMetrics) scrapes a running platform for exactly the names this set is computed from, so
 * a new expression on a metric changes this list, on purpose.
 */
class MonitoringMetricNamesTest {

    /** Exposed by the applications on /actuator/prometheus. */
    static final Set<String> EXPOSED_BY_APPLICATIONS = Set.of(
            // Spring Boot / Micrometer: the server's requests (a histogram), the JVM, the Kafka clients.
            "http_server_requests_seconds_bucket", "http_server_requests_seconds_count",
            "jvm_memory_used_bytes", "jvm_memory_committed_bytes", "jvm_gc_pause_seconds_sum",
            "jvm_threads_live_threads", "kafka_consumer_fetch_manager_records_lag_max",
            // Spring Cloud Gateway's per-route timer (no buckets: a mean, not percentiles).
            "spring_cloud_gateway_requests_seconds_count", "spring_cloud_gateway_requests_seconds_sum",
            // platform-core: the outbox relay and the dead-letter handler.
            "outbox_events_pending", "outbox_events_published_total", "outbox_publish_failures_total",
            "events_dead_lettered_total",
            // reporting-service: the business figures.
            "keyprojects_projects", "keyprojects_approval_items_overdue", "keyprojects_tickets_open",
            "keyprojects_tickets_overdue", "keyprojects_tickets_supervised", "keyprojects_investment_completed_ratio");

    @Test
    void theMetricsReadAreTheRecordedOnesPrometheusOwnAndTheListedApplicationOnes() {
        assertThat(MonitoringFiles.applicationMetricsRead()).isEqualTo(new TreeSet<>(EXPOSED_BY_APPLICATIONS));
    }

    @Test
    void everyRecordedNameReadIsRecordedByARule() {
        // Recorded names follow level:metric:operations; a colon anywhere else would be a typo or a missing rule.
        Set<String> recordedNamesRead = MonitoringFiles.namesRead();
        recordedNamesRead.removeIf(name -> !name.contains(":"));

        assertThat(recordedNamesRead).isNotEmpty();
        assertThat(MonitoringFiles.recordedNames()).containsAll(recordedNamesRead);
    }

    @Test
    void everyRecordingRuleIsReadByAnAlertOrADashboard() {
        assertThat(MonitoringFiles.namesRead()).containsAll(MonitoringFiles.recordedNames());
    }
}
