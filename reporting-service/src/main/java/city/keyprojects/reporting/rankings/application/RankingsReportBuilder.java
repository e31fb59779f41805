package city.keyprojects.reporting.rankings.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.rankings.domain.RankingsReport;
import city.keyprojects.reporting.snapshots.ReportBuilder;

/** The scores and rankings, kept ready as a report snapshot with the configured weights. */
@Component
public class RankingsReportBuilder implements ReportBuilder<RankingsReport> {

    private final ScoreSettings settings;
    private final WorkingDayCalendar calendar;

    RankingsReportBuilder(ScoreSettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "rankings";
    }

    @Override
    public Class<RankingsReport> type() {
        return RankingsReport.class;
    }

    @Override
    public RankingsReport build(List<ProjectFacts> projects, int year, LocalDate asOf) {
        return RankingsReport.of(projects, year, asOf, settings.scoreWeights(), calendar);
    }
}
