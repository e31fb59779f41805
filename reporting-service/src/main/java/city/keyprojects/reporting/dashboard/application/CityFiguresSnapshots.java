package city.keyprojects.reporting.dashboard.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.reporting.dashboard.domain.CityFigures;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The city figures of this year and the last, kept ready in {@code city_figures} (one document per year): a read
 * fetches one document, whatever the number of projects. They are built again from the projects' facts when the
 * facts have changed since (or the day has), off the read path; a read may so lag the last event by a refresh
 * period.
 */
@Service
public class CityFiguresSnapshots {

    static final String COLLECTION = "city_figures";

    private final ProjectFactsProjection facts;
    private final ReactiveMongoOperations mongo;
    private final Clock clock;

    CityFiguresSnapshots(ProjectFactsProjection facts, ReactiveMongoOperations mongo, Clock clock) {
        this.facts = facts;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A year's figures as last built, with the change count they were built at; this or last year only. */
    public Mono<Snapshot> figures(int year) {
        int thisYear = today().getYear();
        if (year != thisYear && year != thisYear - 1) {
            return Mono.error(new InvalidInputException("year", "figures are kept for " + (thisYear - 1) + " and "
                    + thisYear));
        }
        return mongo.findById(Integer.toString(year), Document.class, COLLECTION)
                .map(this::snapshot)
                .switchIfEmpty(Mono.defer(() -> refresh().then(mongo.findById(Integer.toString(year),
                        Document.class, COLLECTION).map(this::snapshot))));
    }

    /** The figures with when they were built and at which count of changes to the facts. */
    public record Snapshot(CityFigures figures, long basedOnChanges, Instant builtAt) {
    }

    /** Builds this year's and last year's figures again if the facts or the day changed since; answers how many. */
    public Mono<Integer> refresh() {
        LocalDate today = today();
        return facts.changes().flatMap(changes -> Flux.just(today.getYear(), today.getYear() - 1)
                .concatMap(year -> mongo.findById(Integer.toString(year), Document.class, COLLECTION)
                        .filter(current -> current.getLong("basedOnChanges") == changes
                                && today.toString().equals(current.getString("asOf")))
                        .map(current -> 0)
                        .switchIfEmpty(Mono.defer(() -> build(year, today, changes))))
                .reduce(0, Integer::sum));
    }

    private Mono<Integer> build(int year, LocalDate today, long changes) {
        return facts.all().collectList().flatMap(all -> {
            CityFigures figures = CityFigures.of(all, year, today);
            Document document = new Document();
            mongo.getConverter().write(figures, document);
            document.remove("_class");
            Document snapshot = new Document("_id", Integer.toString(year)).append("asOf", today.toString())
                    .append("basedOnChanges", changes).append("builtAt", clock.instant().toString())
                    .append("figures", document);
            // Another instance building at the same time writes much the same; a stale build is redone at the next
            // refresh, its change count being behind.
            return mongo.findAndReplace(Query.query(Criteria.where("_id").is(Integer.toString(year))), snapshot,
                    FindAndReplaceOptions.options().upsert(), COLLECTION).thenReturn(1);
        });
    }

    private Snapshot snapshot(Document document) {
        return new Snapshot(mongo.getConverter().read(CityFigures.class, document.get("figures", Document.class)),
                document.getLong("basedOnChanges"), Instant.parse(document.getString("builtAt")));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
    }
}
