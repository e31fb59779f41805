package city.keyprojects.project.policies.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.project.policies.application.FindingPolicies;
import city.keyprojects.project.policies.application.PublishingPolicy;
import city.keyprojects.project.policies.application.WithdrawingPolicy;
import city.keyprojects.project.registry.domain.Sector;
import reactor.core.publisher.Mono;

/** The policy catalogue's HTTP API (惠企政策); who may call what is in {@code PolicyAccessRules}. */
@RestController
class PolicyController {

    static final int MAX_PAGE_SIZE = 100;

    private final PublishingPolicy publishing;
    private final WithdrawingPolicy withdrawing;
    private final FindingPolicies finding;

    PolicyController(PublishingPolicy publishing, WithdrawingPolicy withdrawing, FindingPolicies finding) {
        this.publishing = publishing;
        this.withdrawing = withdrawing;
        this.finding = finding;
    }

    @PostMapping("/api/policies")
    Mono<ResponseEntity<PolicyView>> publish(@Valid @RequestBody PublishPolicyRequest request, CurrentUser user) {
        return Mono.fromCallable(request::toDetails)
                .flatMap(details -> publishing.publish(details, user.actor()))
                .map(publication -> PolicyView.of(publication.policy(), publication.projectIds().size()))
                .map(view -> ResponseEntity.created(URI.create("/api/policies/" + view.id())).body(view));
    }

    @GetMapping("/api/policies/{id}")
    Mono<PolicyView> byId(@PathVariable String id) {
        return finding.byId(id).map(PolicyView::of);
    }

    /** The catalogue, newest first: optionally only the policies for one sector, and withdrawn ones too. */
    @GetMapping("/api/policies")
    Mono<PolicyPage> catalogue(
            @RequestParam(required = false) Sector sector,
            @RequestParam(defaultValue = "false") boolean includeWithdrawn,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return finding.catalogue(sector, includeWithdrawn, page, size).map(found -> new PolicyPage(
                found.items().stream().map(PolicyView::of).toList(), page, size, found.total()));
    }

    @PostMapping("/api/policies/{id}/withdrawal")
    Mono<PolicyView> withdraw(@PathVariable String id, @Valid @RequestBody WithdrawPolicyRequest request,
            CurrentUser user) {
        return withdrawing.withdraw(id, request.reason().strip(), user.actor()).map(PolicyView::of);
    }

    /** The policies that fit the project today (相关政策), newest first. */
    @GetMapping("/api/projects/{id}/policies")
    Mono<PolicyPage> forProject(@PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return finding.fitting(id, page, size).map(found -> new PolicyPage(
                found.items().stream().map(PolicyView::of).toList(), page, size, found.total()));
    }
}
