package city.keyprojects.approval.catalogue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.approval.catalogue.application.ApprovalCatalogues;
import city.keyprojects.approval.catalogue.domain.ApprovalCatalogue;
import city.keyprojects.platform.security.CurrentUser;
import reactor.core.publisher.Mono;

/** The approval catalogue's API (审批事项清单); who may call what is in {@code CatalogueAccessRules}. */
@RestController
@RequestMapping("/api/approvals/catalogue")
class CatalogueController {

    static final int MAX_PAGE_SIZE = 100;

    private final ApprovalCatalogues catalogues;

    CatalogueController(ApprovalCatalogues catalogues) {
        this.catalogues = catalogues;
    }

    /** The version new approval cases are opened with. */
    @GetMapping
    Mono<CatalogueView> current() {
        return catalogues.current().map(CatalogueView::of);
    }

    @GetMapping("/versions")
    Mono<CatalogueVersionsPage> versions(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        // Versions are numbered 1, 2, 3 … without gaps: the current number is the count.
        return catalogues.current().map(ApprovalCatalogue::version).zipWith(
                catalogues.versions().skip((long) page * size).take(size).collectList(),
                (total, items) -> new CatalogueVersionsPage(items, page, size, total));
    }

    /** A version as published, e.g. the one an approval case was opened with. */
    @GetMapping("/versions/{version}")
    Mono<CatalogueView> version(@PathVariable long version) {
        return catalogues.version(version).map(CatalogueView::of);
    }

    /** Publishes the next version; cases already open keep the version they were opened with. */
    @PutMapping
    Mono<CatalogueView> publish(@Valid @RequestBody PublishCatalogueRequest request, CurrentUser user) {
        return catalogues.publish(request.basedOnVersion(), request.catalogueItems(),
                request.jointAcceptanceLimitWorkingDays(), request.strippedNote(), user).map(CatalogueView::of);
    }
}
