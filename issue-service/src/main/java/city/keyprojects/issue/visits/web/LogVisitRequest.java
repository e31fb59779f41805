package city.keyprojects.issue.visits.web;

import static city.keyprojects.issue.visits.domain.VisitRules.DEPARTMENT;
import static city.keyprojects.issue.visits.domain.VisitRules.MAX_ID_LENGTH;
import static city.keyprojects.issue.visits.domain.VisitRules.MAX_NAME_LENGTH;
import static city.keyprojects.issue.visits.domain.VisitRules.MAX_PARTICIPANTS;
import static city.keyprojects.issue.visits.domain.VisitRules.MAX_PROBLEMS;
import static city.keyprojects.issue.visits.domain.VisitRules.MAX_PROBLEM_LENGTH;
import static city.keyprojects.issue.visits.domain.VisitRules.MAX_PROJECTS;
import static city.keyprojects.issue.visits.domain.VisitRules.MAX_SUMMARY_LENGTH;
import static city.keyprojects.issue.visits.domain.VisitRules.TICKET_ID;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import city.keyprojects.issue.visits.domain.VisitKind;
import city.keyprojects.issue.visits.domain.VisitProblem;
import city.keyprojects.issue.visits.domain.VisitReport;

/**
 * The body of {@code POST /api/issues/visits}. {@code leader} defaults to the caller when a leader logs,
 * {@code department} to the caller's when a department officer does.
 */
record LogVisitRequest(
        @NotNull VisitKind kind,
        @NotEmpty @Size(max = MAX_PROJECTS) List<@NotBlank @Size(max = MAX_ID_LENGTH) String> projectIds,
        @NotNull LocalDate date,
        @Pattern(regexp = "\\S+", message = "must be a user id") @Size(max = MAX_ID_LENGTH) String leader,
        @Pattern(regexp = DEPARTMENT, message = "must be a department code") String department,
        @Size(max = MAX_PARTICIPANTS) List<@NotBlank @Size(max = MAX_NAME_LENGTH) String> participants,
        @NotBlank @Size(max = MAX_SUMMARY_LENGTH) String summary,
        @Size(max = MAX_PROBLEMS) List<@NotNull @Valid Problem> problemsRaised,
        @Size(max = MAX_PROBLEMS) List<@NotNull @Valid Problem> problemsSolved) {

    record Problem(
            @NotBlank @Size(max = MAX_PROBLEM_LENGTH) String description,
            @Pattern(regexp = TICKET_ID, message = "must be a ticket id") String ticketId) {

        VisitProblem toProblem() {
            return new VisitProblem(description.strip(), ticketId);
        }
    }

    VisitReport toReport() {
        return new VisitReport(kind, projectIds.stream().map(String::strip).toList(), date, leader, department,
                participants == null ? null : participants.stream().map(String::strip).toList(), summary.strip(),
                problems(problemsRaised), problems(problemsSolved));
    }

    private static List<VisitProblem> problems(List<Problem> problems) {
        return problems == null ? null : problems.stream().map(Problem::toProblem).toList();
    }
}
