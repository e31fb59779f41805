package city.keyprojects.reporting.metrics.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.reporting.metrics.domain.BusinessFigures;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.snapshots.ReportBuilder;

/** The business figures, kept ready as a report snapshot for the metrics endpoint. */
@Component
public class BusinessFiguresReport implements ReportBuilder<BusinessFigures> {

    private final WorkingDayCalendar calendar;

    BusinessFiguresReport(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "business-figures";
    }

    @Override
    public Class<BusinessFigures> type() {
        return BusinessFigures.class;
    }

    @Override
    public BusinessFigures build(List<ProjectFacts> projects, int year, LocalDate asOf) {
        // Metrics are about now: last year's snapshot holds the figures as of its last day.
        return BusinessFigures.of(projects, year == asOf.getYear() ? asOf : LocalDate.of(year, 12, 31), calendar);
    }
}
