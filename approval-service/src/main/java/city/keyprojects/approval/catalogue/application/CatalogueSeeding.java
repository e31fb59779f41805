package city.keyprojects.approval.catalogue.application;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Seeds the default catalogue while the application starts, before its web server answers (the server is started
 * after every singleton is ready). If the database is not reachable yet, startup goes on: the first read seeds it.
 */
@Component
class CatalogueSeeding implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSeeding.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ApprovalCatalogues catalogues;

    CatalogueSeeding(ApprovalCatalogues catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            catalogues.seedDefault().block(PATIENCE);
        } catch (RuntimeException e) {
            log.warn("Could not seed the default approval catalogue at startup; the first read will: {}",
                    e.toString());
        }
    }
}
