package city.keyprojects.reporting.metrics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import city.keyprojects.reporting.snapshots.ReportSnapshots;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.node.ObjectNode;

/** The business metrics as Prometheus scrapes them, from the latest snapshot of the projects' facts. */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class BusinessMetricsIntegrationTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();

    @Autowired
    ProjectFactsProjection projection;
    @Autowired
    ReportSnapshots snapshots;
    @Autowired
    BusinessMetrics metrics;
    @Autowired
    MeterRegistry registry;
    @Autowired
    EventCodec codec;

    @Test
    void projects_by_stage_overdue_approvals_by_department_and_tickets_are_gauges() {
        String projectId = UUID.randomUUID().toString();
        String department = "d" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope overdue = CONTRACT.exampleOfProject(codec, "approval.item-overdue", projectId);
        ((ObjectNode) overdue.data()).put("department", department);
        for (EventEnvelope event : new EventEnvelope[] {
                CONTRACT.exampleOfProject(codec, "project.registered", projectId), overdue,
                CONTRACT.exampleOfProject(codec, "issue.ticket-supervised", projectId)}) {
            projection.apply(event).block(Duration.ofSeconds(10));
        }

        snapshots.refresh().block(Duration.ofSeconds(30));
        metrics.update();

        assertThat(registry.get("keyprojects.approval.items.overdue").tag("department", department).gauge().value())
                .isEqualTo(1.0);
        assertThat(registry.get("keyprojects.projects").tag("stage", "RESERVE").gauge().value())
                .isGreaterThanOrEqualTo(1.0);
        assertThat(registry.get("keyprojects.tickets.supervised").gauge().value()).isGreaterThanOrEqualTo(1.0);
        assertThat(registry.get("keyprojects.tickets.open").gauge().value()).isGreaterThanOrEqualTo(1.0);
        assertThat(registry.find("keyprojects.investment.completed.ratio").gauge()).isNotNull();
    }
}
