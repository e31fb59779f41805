package city.keyprojects.reporting.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.problem.ProblemException;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.reporting.dashboard.application.RunningCityTotals;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import reactor.test.StepVerifier;

@PlatformIntegrationTest
@AutoConfigureWebTestClient
class ReportSnapshotsIntegrationTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();

    @Autowired
    ProjectFactsProjection facts;
    @Autowired
    ReactiveMongoOperations mongo;
    @Autowired
    Clock clock;
    @Autowired
    RunningCityTotals totals;
    @Autowired
    EventCodec codec;

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
        ReportSnapshots snapshots = new ReportSnapshots(facts, List.of(failing, counting), mongo, clock, totals,
                Long.MAX_VALUE);

        assertThat(snapshots.refresh().block(Duration.ofSeconds(30))).as("this and last year's count").isEqualTo(2);

        ReportSnapshots.Snapshot<Count> built = snapshots.read(counting, snapshots.thisYear())
                .block(Duration.ofSeconds(30));
        assertThat(built.report().projects()).isEqualTo(facts.all().count().block().intValue());
        assertThat(snapshots.refresh().block(Duration.ofSeconds(30))).as("the failing one is tried again")
                .isEqualTo(2);
    }

    @Test
    void past_the_limit_of_projects_no_report_is_built_and_one_never_built_is_a_503_naming_why() {
        Counting counting = new Counting("limited-test-report");
        ReportSnapshots snapshots = new ReportSnapshots(facts, List.of(counting), mongo, clock, totals, 0);
        facts.apply(CONTRACT.exampleOfProject(codec, "project.registered", UUID.randomUUID().toString()))
                .block(Duration.ofSeconds(30));
        assertThat(totals.current().block().projects()).isPositive();

        assertThat(snapshots.refresh().block(Duration.ofSeconds(30))).as("reports built").isZero();
        StepVerifier.create(snapshots.read(counting, snapshots.thisYear()))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(ProblemException.class);
                    ProblemException problem = (ProblemException) error;
                    assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(problem.type()).isEqualTo("report-not-built");
                    assertThat(problem.headers()).containsEntry("Retry-After", "60");
                })
                .verify(Duration.ofSeconds(30));
    }

    @Test
    void at_an_unchanged_basis_and_day_a_refresh_does_not_read_the_reports_again() {
        Counting counting = new Counting("known-current-test-report");
        ReportSnapshots snapshots = new ReportSnapshots(facts, List.of(counting), mongo, clock, totals,
                Long.MAX_VALUE);
        assertThat(snapshots.refresh().block(Duration.ofSeconds(30))).isEqualTo(2);

        // Taken away behind its back: a refresh that looked would find them missing and build them again.
        mongo.remove(Query.query(Criteria.where("report").is(counting.name())), ReportSnapshots.COLLECTION)
                .block(Duration.ofSeconds(30));
        assertThat(snapshots.refresh().block(Duration.ofSeconds(30))).as("known to be current").isZero();

        facts.apply(CONTRACT.exampleOfProject(codec, "project.registered", UUID.randomUUID().toString()))
                .block(Duration.ofSeconds(30));
        assertThat(snapshots.refresh().block(Duration.ofSeconds(30))).as("the facts changed").isEqualTo(2);
        assertThat(snapshots.read(counting, snapshots.thisYear()).block(Duration.ofSeconds(30)).report().projects())
                .isEqualTo(facts.all().count().block().intValue());
    }
}
