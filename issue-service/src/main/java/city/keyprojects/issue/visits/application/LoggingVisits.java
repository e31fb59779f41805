package city.keyprojects.issue.visits.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;

import city.keyprojects.issue.events.IssueTopic;
import city.keyprojects.issue.projects.application.KnownProjects;
import city.keyprojects.issue.visits.domain.SiteVisit;
import city.keyprojects.issue.visits.domain.VisitReport;
import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Use case: a leader, a department or the key-project centre logs a site visit (走访) or promotion meeting
 * (专题推进会) on projects this service knows, publishing {@code issue.visit-logged}.
 */
@Service
public class LoggingVisits {

    private final AggregateStore<SiteVisit> visits;
    private final KnownProjects projects;
    private final Clock clock;

    LoggingVisits(AggregateStore<SiteVisit> visits, KnownProjects projects, Clock clock) {
        this.visits = visits;
        this.projects = projects;
        this.clock = clock;
    }

    /** 403 for another's visit, 400/409 for a visit the rules refuse, 404 for a project not known (yet). */
    public Mono<Stored<SiteVisit>> log(VisitReport report, CurrentUser user) {
        return Mono.fromCallable(() -> logged(report, user))
                .flatMap(logged -> Flux.fromIterable(logged.visit().projectIds()).concatMap(projects::byId)
                        .then(visits.create(logged.visit().visitId(), logged.visit(),
                                IssueTopic.outgoing(logged.events()), user.actor())));
    }

    private SiteVisit.Result logged(VisitReport report, CurrentUser user) {
        Instant now = clock.instant();
        return SiteVisit.log(UUID.randomUUID().toString(), VisitAccessPolicy.asLoggedBy(user, report), user.id(),
                LocalDate.ofInstant(now, PlatformAutoConfiguration.CITY_ZONE), now);
    }
}
