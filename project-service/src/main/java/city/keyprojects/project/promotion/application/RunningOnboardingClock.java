package city.keyprojects.project.promotion.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.promotion.domain.OnboardingClock;
import city.keyprojects.project.promotion.domain.PromotionPlan;
import city.keyprojects.project.registry.domain.Sector;
import reactor.core.publisher.Mono;

/**
 * Runs the {@link OnboardingClock} from the project service's own events: an industrial project's registration
 * creates its onboarding tasks, naming its officer completes the first one. Every step is idempotent on the plan's
 * state, so a redelivered event changes nothing; a failure goes back to the listener, which retries.
 */
@Service
public class RunningOnboardingClock {

    private final AggregateStore<PromotionPlan> plans;
    private final EventCodec codec;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    RunningOnboardingClock(AggregateStore<PromotionPlan> plans, EventCodec codec, WorkingDayCalendar calendar,
            Clock clock) {
        this.plans = plans;
        this.codec = codec;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The fields of {@code project.registered} the clock reads; the sector as text, so that a sector added later
     * by the registry is simply not industrial here rather than an unreadable event.
     */
    record Registered(String projectId, String sector, Instant registeredAt) {

        Sector knownSector() {
            return Arrays.stream(Sector.values()).filter(known -> known.name().equals(sector)).findFirst()
                    .orElse(null);
        }
    }

    /** The fields of {@code project.responsibility-assigned} the clock reads. */
    record ResponsibilityAssigned(String projectId, String officer, String department, Instant assignedAt) {
    }

    public Mono<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "project.registered" -> registered(codec.dataAs(event, Registered.class));
            case "project.responsibility-assigned" ->
                officerNamed(codec.dataAs(event, ResponsibilityAssigned.class));
            default -> Mono.empty();
        };
    }

    private Mono<Void> registered(Registered registered) {
        if (!OnboardingClock.appliesTo(registered.knownSector())) {
            return Mono.empty();
        }
        LocalDate day = cityDay(registered.registeredAt());
        return change(registered.projectId(), true,
                plan -> plan.startOnboarding(day, calendar, clock.instant()));
    }

    private Mono<Void> officerNamed(ResponsibilityAssigned assigned) {
        if (assigned.officer() == null) {
            return Mono.empty();
        }
        LocalDate day = cityDay(assigned.assignedAt());
        // Only a project with a plan has onboarding tasks to complete.
        return change(assigned.projectId(), false,
                plan -> plan.officerNamed(assigned.officer(), assigned.department(), day, clock.instant()));
    }

    private Mono<Void> change(String projectId, boolean createIfMissing,
            Function<PromotionPlan, PromotionPlan.Result> command) {
        return plans.find(PromotionPlan.idFor(projectId)).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(read -> {
                    if (read.isEmpty() && !createIfMissing) {
                        return Mono.empty();
                    }
                    PromotionPlan plan = read.map(Stored::state).orElseGet(() -> PromotionPlan.empty(projectId));
                    return SavingPlans.save(plans, read, command.apply(plan), Actor.SYSTEM);
                })
                .then();
    }

    private static LocalDate cityDay(Instant instant) {
        return LocalDate.ofInstant(instant, PlatformAutoConfiguration.CITY_ZONE);
    }
}
