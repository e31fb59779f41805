package city.keyprojects.approval.cases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.Actor;
import reactor.core.publisher.Mono;

/**
 * What the passing of time does to open cases: suspends items whose missing materials did not come, returns those
 * suspended too long, and reports items past their limit, once per escalation level (the case records which
 * levels it reported, so running it again publishes nothing new).
 */
@Service
public class WatchingApprovalClocks {

    private static final Logger log = LoggerFactory.getLogger(WatchingApprovalClocks.class);

    private final ApprovalCases cases;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    WatchingApprovalClocks(ApprovalCases cases, WorkingDayCalendar calendar, Clock clock) {
        this.cases = cases;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Applies the passing of time up to {@code today} to every open case; answers how many events it caused. */
    public Mono<Integer> passTime(LocalDate today) {
        return cases.open(null).concatMap(open -> {
            AtomicInteger caused = new AtomicInteger();
            // A case that time leaves unchanged is not written (no events, no write).
            return cases.change(open.id(), stored -> Mono.fromCallable(() -> {
                ApprovalCase.Result result = stored.state().passTime(today, clock.instant(), calendar);
                caused.set(result.events().size());
                return result;
            }), Actor.SYSTEM).map(stored -> caused.get()).onErrorResume(error -> {
                // One case failing (e.g. a date beyond the calendar) must not stop the others; the next run retries.
                log.warn("Could not apply the passing of time to case {}: {}", open.id(), error.toString());
                return Mono.just(0);
            });
        }).reduce(0, Integer::sum);
    }
}
