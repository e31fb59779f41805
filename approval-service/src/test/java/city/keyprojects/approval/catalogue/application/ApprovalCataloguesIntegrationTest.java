package city.keyprojects.approval.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import city.keyprojects.approval.catalogue.domain.ApprovalCatalogue;
import city.keyprojects.platform.outbox.StaleVersionException;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The application service against the database, for what the HTTP tests cannot reach. */
@PlatformIntegrationTest
class ApprovalCataloguesIntegrationTest {

    @Autowired
    ApprovalCatalogues catalogues;

    @Test
    void of_two_publications_based_on_the_same_version_at_once_one_is_stored_the_other_is_stale() {
        ApprovalCatalogue current = catalogues.current().block();

        List<String> outcomes = Flux.merge(attempt(current, "甲"), attempt(current, "乙")).collectList().block();

        assertThat(outcomes).containsExactlyInAnyOrder("published", "stale");
        ApprovalCatalogue after = catalogues.current().block();
        assertThat(after.version()).isEqualTo(current.version() + 1);
        assertThat(after.note()).isIn("甲", "乙");
    }

    @Test
    void seeding_again_as_a_second_instance_starting_would_leaves_version_1_as_it_is() {
        ApprovalCatalogue first = catalogues.version(1).block();

        StepVerifier.create(Mono.when(catalogues.seedDefault(), catalogues.seedDefault())).verifyComplete();

        assertThat(catalogues.version(1).block()).isEqualTo(first);
        assertThat(first.publishedBy()).isEqualTo("system");
    }

    @Test
    void the_service_itself_refuses_anyone_but_the_centre() {
        ApprovalCatalogue current = catalogues.current().block();
        StepVerifier.create(catalogues.publish(current.version(), current.items(),
                current.jointAcceptanceLimitWorkingDays(), "部门", TestIdentity.ZJJ_OFFICER))
                .expectError(ForbiddenException.class)
                .verify();
        assertThat(catalogues.current().block()).isEqualTo(current);
    }

    @Test
    void a_version_never_published_is_not_found() {
        StepVerifier.create(catalogues.version(0)).expectError(NotFoundException.class).verify();
    }

    private Mono<String> attempt(ApprovalCatalogue current, String note) {
        return catalogues.publish(current.version(), current.items(), current.jointAcceptanceLimitWorkingDays(),
                note, TestIdentity.CENTRE)
                .map(published -> "published")
                .onErrorResume(StaleVersionException.class, e -> Mono.just("stale"));
    }
}
