package city.keyprojects.reporting.rankings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.reporting.projects.domain.ApprovalFacts;
import city.keyprojects.reporting.projects.domain.MilestoneFacts;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.projects.domain.TicketFacts;

/** Project facts for the scoring tests, as the projection folds them. */
final class Facts {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    /** A Sunday. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private Facts() {
    }

    static ProjectFacts project(String id, String name, String district, String officer) {
        ProjectFacts registered = ProjectFacts.unknown(id).registeredAs(name, district, "INDUSTRIAL", "MUNICIPAL_KEY",
                "UNDER_CONSTRUCTION", new BigDecimal("500000000"), null, LocalDate.of(2025, 3, 1));
        return officer == null ? registered
                : registered.assigned(new ProjectFacts.Responsibility("副区长", "区发改局", officer));
    }

    /** An annual plan of twelve equal months. */
    static ProjectFacts planned(ProjectFacts project, int year, String monthly) {
        BigDecimal month = new BigDecimal(monthly);
        return project.plannedFor(year, month.multiply(BigDecimal.valueOf(12)), Collections.nCopies(12, month));
    }

    /** The same amount completed each month from January through {@code throughMonth}. */
    static ProjectFacts completed(ProjectFacts project, int year, int throughMonth, String monthly) {
        ProjectFacts reported = project;
        for (int month = 1; month <= throughMonth; month++) {
            reported = reported.reportedFor(YearMonth.of(year, month), new BigDecimal(monthly), BigDecimal.TEN);
        }
        return reported;
    }

    static ProjectFacts milestone(ProjectFacts project, String id, LocalDate planned, LocalDate reached) {
        return project.milestone(id, current -> new MilestoneFacts("START", planned, reached));
    }

    static ProjectFacts decision(ProjectFacts project, String item, String department, LocalDate on,
            boolean onTime) {
        return project.decided(project.projectId() + "-case", item,
                new ApprovalFacts(department, on, 10, onTime ? 8 : 12, onTime));
    }

    static ProjectFacts ticket(ProjectFacts project, String id, TicketFacts ticket) {
        return project.ticket(id, current -> ticket);
    }

    /** Assigned, due {@code due}, and not answered. */
    static TicketFacts open(String department, LocalDate due) {
        return TicketFacts.reported("ROAD_ACCESS", due).assignedTo(department, due);
    }

    /** Answered and closed on the reporter's confirmation (销号). */
    static TicketFacts solved(String department) {
        return open(department, LocalDate.of(2026, 5, 10)).answeredOnTime(true).closed(true, 5);
    }

    /** Answered, then closed by the clock when the reporter neither confirmed nor reopened. */
    static TicketFacts closedUnconfirmed(String department) {
        return open(department, LocalDate.of(2026, 5, 10)).answeredOnTime(true).closed(false, null);
    }

    static List<MilestoneFacts> milestones(MilestoneFacts... milestones) {
        return List.of(milestones);
    }
}
