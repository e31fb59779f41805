package city.keyprojects.reporting.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;

import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import city.keyprojects.reporting.projects.domain.ProjectFacts;

@PlatformIntegrationTest
@AutoConfigureWebTestClient
class ReportSnapshotsIntegrationTest {

    @Autowired
    ProjectFactsProjection facts;
    @Autowired
    ReactiveMongoOperations mongo;
    @Autowired
    Clock clock;

    record Count(int projects) {
    }

    static class Counting implements ReportBuilder<Count> {
        private final String name;

        Counting(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<Count> type() {
            return Count.class;
        }

        @Override
        public Count build(List<ProjectFacts> projects, int year, LocalDate asOf) {
            return new Count(projects.size());
        }
    }

    @Test
    void a_report_that_cannot_be_built_does_not_hold_back_the_others_and_is_tried_again() {
        ReportBuilder<Count> failing = new Counting("failing-test-report") {
            @Override
            public Count build(List<ProjectFacts> projects, int year, LocalDate asOf) {
                throw new IllegalStateException("no working-day calendar for that year");
            }
        };
        Counting counting = new Counting("counting-test-report");
        ReportSnapshots snapshots = new ReportSnapshots(facts, List.of(failing, counting), mongo, clock);

        assertThat(snapshots.refresh().block(Duration.ofSeconds(30))).as("this and last year's count").isEqualTo(2);

        ReportSnapshots.Snapshot<Count> built = snapshots.read(counting, snapshots.thisYear())
                .block(Duration.ofSeconds(30));
        assertThat(built.report().projects()).isEqualTo(facts.all().count().block().intValue());
        assertThat(snapshots.refresh().block(Duration.ofSeconds(30))).as("the failing one is tried again")
                .isEqualTo(2);
    }
}
