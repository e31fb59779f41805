package city.keyprojects.approval.catalogue.application;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import city.keyprojects.approval.catalogue.domain.ApprovalCatalogue;
import city.keyprojects.approval.catalogue.domain.CatalogueItem;
import city.keyprojects.platform.outbox.StaleVersionException;
import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.platform.security.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approval catalogue (审批事项清单): which items each stage has, which department decides each, and its
 * promised limit. Reading it is public information (政务公开); only the key-project centre publishes a new version,
 * and a published version never changes.
 */
@Service
public class ApprovalCatalogues {

    private final CatalogueStore store;
    private final DefaultCatalogue defaultCatalogue;
    private final Clock clock;

    ApprovalCatalogues(CatalogueStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.defaultCatalogue = DefaultCatalogue.load(json);
        this.clock = clock;
    }

    /** The newest version; the default one if nothing was ever published. */
    public Mono<ApprovalCatalogue> current() {
        return store.latest().switchIfEmpty(Mono.defer(() -> seedDefault().then(store.latest())));
    }

    /** @throws NotFoundException (as the error signal) if no such version was published */
    public Mono<ApprovalCatalogue> version(long version) {
        return store.byVersion(version).switchIfEmpty(Mono.error(() -> new NotFoundException(
                "The approval catalogue has no version " + version + ".")));
    }

    /**
     * Publishes the version after {@code basedOnVersion}, which must be the current one.
     *
     * @throws ForbiddenException     (as the error signal) unless the user is the key-project centre
     * @throws StaleVersionException  if a newer version exists, or another one was published at the same time
     * @throws InvalidInputException  if {@code basedOnVersion} was never published, or a field is not acceptable
     * @throws city.keyprojects.platform.problem.RuleViolationException  if the items break a catalogue rule
     */
    public Mono<ApprovalCatalogue> publish(long basedOnVersion, List<CatalogueItem> items,
            int jointAcceptanceLimitWorkingDays, String note, CurrentUser user) {
        if (!user.has(Role.CITY_ADMIN)) {
            return Mono.error(new ForbiddenException("Only the key-project centre publishes the approval catalogue."));
        }
        return current().flatMap(current -> {
            if (basedOnVersion > current.version()) {
                return Mono.error(new InvalidInputException("basedOnVersion", "there is no version "
                        + basedOnVersion + "; the current one is " + current.version()));
            }
            if (basedOnVersion < current.version()) {
                return Mono.error(new StaleVersionException(basedOnVersion));
            }
            ApprovalCatalogue next = current.next(items, jointAcceptanceLimitWorkingDays, note, clock.instant(),
                    user.id());
            // Someone published the same next version since we read the current one.
            return store.insert(next)
                    .onErrorMap(DuplicateKeyException.class, e -> new StaleVersionException(basedOnVersion));
        });
    }

    /** Every published version, newest first. */
    public Flux<CatalogueVersionSummary> versions() {
        return store.summaries();
    }

    /**
     * Stores the default as version 1 unless a version 1 exists. Instances starting together may all try: the
     * first insert wins, the others find its key taken and leave it.
     */
    Mono<Void> seedDefault() {
        return store.insert(defaultCatalogue.asFirstVersion(clock.instant()))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                .then();
    }
}
