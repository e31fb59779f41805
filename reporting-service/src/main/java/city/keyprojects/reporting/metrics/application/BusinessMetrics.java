package city.keyprojects.reporting.metrics.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import city.keyprojects.reporting.metrics.domain.BusinessFigures;
import city.keyprojects.reporting.snapshots.ReportSnapshots;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The business figures on {@code /actuator/prometheus} for Grafana (docs/services/reporting-service.md lists them),
 * taken from the latest snapshot: scraping never folds the projects.
 */
@Component
class BusinessMetrics {

    private static final Logger log = LoggerFactory.getLogger(BusinessMetrics.class);

    private final ReportSnapshots snapshots;
    private final BusinessFiguresReport report;
    private final AtomicReference<BusinessFigures> latest = new AtomicReference<>();
    private final MultiGauge projectsByStage;
    private final MultiGauge overdueApprovals;

    BusinessMetrics(ReportSnapshots snapshots, BusinessFiguresReport report, MeterRegistry registry) {
        this.snapshots = snapshots;
        this.report = report;
        this.projectsByStage = MultiGauge.builder("keyprojects.projects")
                .description("Key projects registered, by stage").register(registry);
        this.overdueApprovals = MultiGauge.builder("keyprojects.approval.items.overdue")
                .description("Approval items past their limit and not decided, by department").register(registry);
        Gauge.builder("keyprojects.tickets.open", latest, figures -> value(figures.get(), BusinessFigures::openTickets))
                .description("Problem tickets waiting for an answer").register(registry);
        Gauge.builder("keyprojects.tickets.overdue", latest,
                figures -> value(figures.get(), BusinessFigures::overdueTickets))
                .description("Problem tickets past their due date without an answer").register(registry);
        Gauge.builder("keyprojects.tickets.supervised", latest,
                figures -> value(figures.get(), BusinessFigures::supervisedTickets))
                .description("Problem tickets on the supervision list (挂牌督办)").register(registry);
        Gauge.builder("keyprojects.investment.completed.ratio", latest, figures -> figures.get() == null
                || figures.get().completedToPlanRatio() == null ? Double.NaN
                        : figures.get().completedToPlanRatio().doubleValue())
                .description("This year's completed investment over the plan to date (序时进度)").register(registry);
    }

    @Scheduled(fixedDelayString = "${reporting.reports.refresh-period:PT2S}",
            initialDelayString = "${reporting.reports.refresh-initial-delay:PT2S}")
    void update() {
        try {
            BusinessFigures figures = snapshots.read(report, snapshots.thisYear()).block(Duration.ofMinutes(1))
                    .report();
            latest.set(figures);
            projectsByStage.register(rows(figures.projectsByStage(), "stage"), true);
            overdueApprovals.register(rows(figures.overdueApprovalsByDepartment(), "department"), true);
        } catch (RuntimeException e) {
            log.warn("Could not update the business metrics: {}", e.toString());
        }
    }

    private static List<MultiGauge.Row<?>> rows(Map<String, Long> counts, String tag) {
        return counts.entrySet().stream()
                .<MultiGauge.Row<?>>map(entry -> MultiGauge.Row.of(Tags.of(tag, entry.getKey()), entry.getValue()))
                .toList();
    }

    private static double value(BusinessFigures figures, ToLongFunction<BusinessFigures> field) {
        return figures == null ? Double.NaN : field.applyAsLong(figures);
    }
}
