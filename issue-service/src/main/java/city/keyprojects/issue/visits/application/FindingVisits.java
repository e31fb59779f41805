package city.keyprojects.issue.visits.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.issue.visits.domain.LeaderMonth;
import city.keyprojects.issue.visits.domain.SiteVisit;
import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.problem.NotFoundException;
import reactor.core.publisher.Mono;

/** Queries: one visit, pages of visits, and what each leader led per month (走访 expected twice a month). */
@Service
public class FindingVisits {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("state.date"), Sort.Order.desc("state.loggedAt"),
            Sort.Order.asc("_id"));

    private final AggregateStore<SiteVisit> visits;
    private final Clock clock;

    FindingVisits(AggregateStore<SiteVisit> visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    /** Which visits to list; a null field does not filter. */
    public record VisitFilter(String projectId, String leader, String department, YearMonth month) {
    }

    /** One page of visits, and how many match in all. */
    public record VisitPage(List<Stored<SiteVisit>> items, long total) {
    }

    public Mono<Stored<SiteVisit>> byId(String visitId) {
        return visits.find(visitId).switchIfEmpty(Mono.error(() -> new NotFoundException("No visit " + visitId + ".")));
    }

    /** The visits matching {@code filter}, the latest visit day first. */
    public Mono<VisitPage> page(VisitFilter filter, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.projectId() != null) {
            criteria = criteria.and("state.projectIds").is(filter.projectId());
        }
        if (filter.leader() != null) {
            criteria = criteria.and("state.leader").is(filter.leader());
        }
        if (filter.department() != null) {
            criteria = criteria.and("state.department").is(filter.department());
        }
        if (filter.month() != null) {
            criteria = criteria.and("state.date").gte(filter.month().atDay(1))
                    .lt(filter.month().plusMonths(1).atDay(1));
        }
        Query query = new Query(criteria).with(NEWEST_FIRST).skip((long) page * size).limit(size);
        return visits.find(query).collectList().zipWith(visits.count(new Query(criteria)), VisitPage::new);
    }

    /** Every leader who led a visit or meeting in {@code month}, by leader id. */
    public Mono<List<LeaderMonth>> leadersIn(YearMonth month) {
        Criteria led = Criteria.where("state.leader").ne(null)
                .and("state.date").gte(month.atDay(1)).lt(month.plusMonths(1).atDay(1));
        return visits.find(Query.query(led)).map(Stored::state).collectList().map(found -> found.stream()
                .map(SiteVisit::leader).distinct().sorted()
                .map(leader -> LeaderMonth.of(leader, month, found))
                .toList());
    }

    /** The twelve months of {@code year} for one leader, January first (months to come count nothing yet). */
    public Mono<List<LeaderMonth>> leaderYear(String leader, int year) {
        Criteria led = Criteria.where("state.leader").is(leader)
                .and("state.date").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1));
        return visits.find(Query.query(led)).map(Stored::state).collectList().map(found -> Arrays.stream(Month.values())
                .map(month -> LeaderMonth.of(leader, YearMonth.of(year, month), found))
                .toList());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
    }
}
