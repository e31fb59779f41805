package city.keyprojects.reporting.snapshots;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.http.HttpStatus;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.ProblemException;
import city.keyprojects.platform.storage.EmbeddedDocuments;
import city.keyprojects.reporting.dashboard.application.RunningCityTotals;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection.Basis;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Every report of this year and the last, kept ready in {@code report_snapshots} (one document per report and
 * year, id {@code <report>-<year>}): a read fetches one document, whatever the number of projects. They are built
 * again from the projects' facts when the facts have changed since (or the day has), off the read path, so a read
 * lags the last event by the time one build takes (ReportRefresher).
 */
@Service
public class ReportSnapshots {

    static final String COLLECTION = "report_snapshots";
    private static final Logger log = LoggerFactory.getLogger(ReportSnapshots.class);
    private static final Scheduler BUILDS = Schedulers.newSingle("report-builds", true);

    private final ProjectFactsProjection facts;
    private final List<ReportBuilder<?>> builders;
    private final ReactiveMongoOperations mongo;
    private final Clock clock;
    private final RunningCityTotals totals;
    private final long maxProjects;
    private final AtomicBoolean builtSinceStart = new AtomicBoolean();
    private final AtomicBoolean overLimit = new AtomicBoolean();
    /** The basis and day every report was last seen built at, by this instance or another. */
    private final AtomicReference<String> knownCurrent = new AtomicReference<>();

    ReportSnapshots(ProjectFactsProjection facts, List<ReportBuilder<?>> builders, ReactiveMongoOperations mongo,
            Clock clock, RunningCityTotals totals, @Value("${reporting.reports.max-projects:5000}") long maxProjects) {
        this.facts = facts;
        this.builders = builders;
        this.mongo = mongo;
        this.clock = clock;
        this.totals = totals;
        this.maxProjects = maxProjects;
    }

    /** A report as last built, with when and at which basis of the facts ({@code <generation>:<changes>}). */
    public record Snapshot<T>(T report, int year, LocalDate asOf, String basedOn, Instant builtAt) {
    }

    /** The year's report as last built (building it first if it never was); this or last year only. */
    public <T> Mono<Snapshot<T>> read(ReportBuilder<T> builder, int year) {
        try {
            reportYear(year);
        } catch (InvalidInputException notKept) {
            return Mono.error(notKept);
        }
        return find(builder, year).switchIfEmpty(Mono.defer(() -> refresh().then(find(builder, year))))
                .switchIfEmpty(Mono.error(() -> new ProblemException("report-not-built", HttpStatus.SERVICE_UNAVAILABLE,
                        "Report not built", "The " + builder.name() + " report of " + year + " has not been built: "
                                + "there are more key projects than it is built for (reporting.reports.max-projects).",
                        Map.of("Retry-After", "60"))));
    }

    /** The year a read without one is for: this year in the city. */
    public int thisYear() {
        return today().getYear();
    }

    /** The year asked for, or this year without one; reports are kept for this year and the last only. */
    public int reportYear(Integer asked) {
        int thisYear = thisYear();
        if (asked != null && asked != thisYear && asked != thisYear - 1) {
            throw new InvalidInputException("year", "reports are kept for " + (thisYear - 1) + " and " + thisYear);
        }
        return asked == null ? thisYear : asked;
    }

    /**
     * Builds every report of this year and the last again if the facts or the day changed since, or if this
     * instance has not built them yet (its configuration — thresholds, weights — may have changed); answers how
     * many.
     */
    public Mono<Integer> refresh() {
        LocalDate today = today();
        boolean first = !builtSinceStart.get();
        return facts.basis().flatMap(basis -> {
            String state = basis + "@" + today;
            // Known current: looking again would read every report's document, several MB each with many projects,
            // which the MongoDB-wire server deserialises whole, every refresh period, even on a quiet platform.
            if (!first && state.equals(knownCurrent.get())) {
                return Mono.just(0);
            }
            return totals.current().flatMap(city -> tooMany(city.projects()) ? Mono.just(0)
                    : current(today, basis).flatMap(upToDate -> {
                        if (upToDate && !first) {
                            knownCurrent.set(state);
                            return Mono.just(0);
                        }
                        return build(today, basis, state);
                    }));
        });
    }

    private Mono<Integer> build(LocalDate today, Basis basis, String state) {
        return facts.all(basis.generation()).collectList().flatMap(all -> Flux.fromIterable(builders)
                        .concatMap(builder -> Flux.just(today.getYear(), today.getYear() - 1)
                                .concatMap(year -> write(builder, all, year, today, basis)))
                        .reduce(0, Integer::sum))
                .doOnSuccess(built -> {
                    builtSinceStart.set(true);
                    if (built == builders.size() * 2) {
                        knownCurrent.set(state);
                    }
                });
    }

    /**
     * Whether there are more projects than a fold of all of them may take ({@code reporting.reports.max-projects}):
     * the reports then keep serving as last built, and the crossing is logged once. The fold holds every project's
     * facts in memory and writes each report as one document (16 MB at most); past the limit it would run out of
     * either (docs/performance.md).
     */
    private boolean tooMany(long projects) {
        boolean over = projects > maxProjects;
        if (over != overLimit.getAndSet(over)) {
            if (over) {
                log.warn("{} key projects, more than reporting.reports.max-projects ({}): the lights, rankings, open"
                        + " data and metrics stay as last built; the dashboard is unaffected", projects, maxProjects);
            } else {
                log.info("{} key projects, within reporting.reports.max-projects again: reports are built", projects);
            }
        }
        return over;
    }

    /** Whether every report's documents of this year and the last were built at this basis on this day. */
    private Mono<Boolean> current(LocalDate today, Basis basis) {
        List<String> ids = builders.stream().flatMap(builder -> Stream.of(
                id(builder, today.getYear()), id(builder, today.getYear() - 1))).toList();
        Query upToDate = Query.query(Criteria.where("_id").in(ids).and("basedOn").is(basis.toString())
                .and("asOf").is(today.toString()));
        return mongo.count(upToDate, COLLECTION).map(count -> count == ids.size());
    }

    private <T> Mono<Integer> write(ReportBuilder<T> builder, List<ProjectFacts> all, int year, LocalDate today,
            Basis basis) {
        return Mono.fromCallable(() -> {
                    Document document = EmbeddedDocuments.of(mongo.getConverter(), builder.build(all, year, today));
                    return new Document("_id", id(builder, year)).append("report", builder.name())
                            .append("year", year).append("asOf", today.toString())
                            .append("basedOn", basis.toString()).append("builtAt", clock.instant().toString())
                            .append("content", document);
                })
                // Folding and converting run on a thread of their own: on the MongoDB driver's, a build of many
                // projects would hold up every other query's answer (the dashboard's among them).
                .subscribeOn(BUILDS)
                // Another instance building at the same time writes much the same; a stale build is redone at the
                // next refresh, its basis being behind.
                .flatMap(snapshot -> mongo.findAndReplace(Query.query(Criteria.where("_id").is(id(builder, year))),
                        snapshot, FindAndReplaceOptions.options().upsert(), COLLECTION).thenReturn(1))
                .onErrorResume(RuntimeException.class, failed -> {
                    // One report failing (a day beyond the working-day calendar, say) must not stop the others:
                    // its last build keeps serving, and the next refresh tries again.
                    log.warn("Could not build report {} of {}: {}", builder.name(), year, failed.toString());
                    return Mono.just(0);
                });
    }

    private <T> Mono<Snapshot<T>> find(ReportBuilder<T> builder, int year) {
        return mongo.findById(id(builder, year), Document.class, COLLECTION).map(document -> new Snapshot<>(
                mongo.getConverter().read(builder.type(), document.get("content", Document.class)), year,
                LocalDate.parse(document.getString("asOf")), document.getString("basedOn"),
                Instant.parse(document.getString("builtAt"))));
    }

    private static String id(ReportBuilder<?> builder, int year) {
        return builder.name() + "-" + year;
    }

    /** Today in the city. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
    }
}
