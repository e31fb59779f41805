package city.keyprojects.issue.visits.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Visits as the domain tests need them: a typical report, changed one field at a time. */
final class VisitStory {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    static final Instant NOW = Instant.parse("2026-03-18T07:30:00Z");

    private VisitStory() {
    }

    static VisitReport report() {
        return new VisitReport(VisitKind.SITE_VISIT, List.of("P-1", "P-2"), TODAY.minusDays(1), "leader-wang", null,
                List.of("王副市长", "住建局张局长"), "现场查看清表交地进度，协调道路进场",
                List.of(new VisitProblem("施工道路未打通", null)),
                List.of(new VisitProblem("临时用电已接通", "T-2026-0007")));
    }

    static VisitReport report(VisitKind kind, String leader, LocalDate date) {
        VisitReport report = report();
        return new VisitReport(kind, report.projectIds(), date, leader, report.department(), report.participants(),
                report.summary(), report.problemsRaised(), report.problemsSolved());
    }

    static SiteVisit logged(VisitReport report) {
        return SiteVisit.log("V-" + System.nanoTime(), report, "logger", TODAY, NOW).visit();
    }
}
