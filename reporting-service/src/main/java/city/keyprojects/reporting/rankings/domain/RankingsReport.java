package city.keyprojects.reporting.rankings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.reporting.projects.domain.ApprovalFacts;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.projects.domain.TicketFacts;

/**
 * The year's scores and rankings (打分排名, "晒进度、晒成效", "看项目就是看干部") as of a day: the projects, each on
 * investment against plan, milestones, approvals and problems; districts and project officers by the mean of their
 * projects' scores; departments by the approval items they decided and the problem tickets handed to them, across
 * all projects. Cancelled projects and projects not yet registered take no part.
 */
public record RankingsReport(int year, LocalDate asOf, ScoreWeights weights, List<Ranked> projects,
        List<Ranked> districts, List<Ranked> departments, List<Ranked> officers) {

    public RankingsReport {
        projects = List.copyOf(projects);
        districts = List.copyOf(districts);
        departments = List.copyOf(departments);
        officers = List.copyOf(officers);
    }

    public static RankingsReport of(Collection<ProjectFacts> all, int year, LocalDate asOf, ScoreWeights weights,
            WorkingDayCalendar calendar) {
        List<ProjectFacts> ranked = all.stream().filter(RankingsReport::takesPart).toList();
        Map<String, Score> scores = new LinkedHashMap<>();
        ranked.forEach(project -> scores.put(project.projectId(), Score.of(weights, List.of(
                InvestmentAgainstPlan.assess(project, year, asOf),
                MilestonesOnTime.assess(project.milestones().values(), year, asOf),
                ApprovalsOnTime.assess(project.approvals().values(), year, asOf),
                ProblemsSolved.assess(project.tickets().values(), asOf, calendar)))));
        List<CompetitionRanking.Candidate> projects = ranked.stream().map(project -> new CompetitionRanking.Candidate(
                project.projectId(), project.name(), scores.get(project.projectId()), 1)).toList();
        return new RankingsReport(year, asOf, weights, CompetitionRanking.of(projects),
                groups(ranked, scores, ProjectFacts::district), departments(ranked, year, asOf, weights, calendar),
                groups(ranked, scores, RankingsReport::officer));
    }

    /** The project's place, if it takes part. */
    public Optional<Ranked> project(String projectId) {
        return projects.stream().filter(entry -> entry.id().equals(projectId)).findFirst();
    }

    private static boolean takesPart(ProjectFacts project) {
        return project.registered() && !"CANCELLED".equals(project.stage());
    }

    private static String officer(ProjectFacts project) {
        return project.responsibility() == null ? null : project.responsibility().officer();
    }

    /** Districts or officers: the mean of their projects' scores; projects without one belong to no group. */
    private static List<Ranked> groups(List<ProjectFacts> projects, Map<String, Score> scores,
            Function<ProjectFacts, String> key) {
        Map<String, List<Score>> byKey = new TreeMap<>();
        for (ProjectFacts project : projects) {
            String group = key.apply(project);
            if (group != null) {
                byKey.computeIfAbsent(group, k -> new ArrayList<>()).add(scores.get(project.projectId()));
            }
        }
        List<CompetitionRanking.Candidate> candidates = new ArrayList<>();
        byKey.forEach((group, groupScores) -> candidates.add(
                new CompetitionRanking.Candidate(group, group, Score.meanOf(groupScores), groupScores.size())));
        return CompetitionRanking.of(candidates);
    }

    /**
     * Departments on the approvals they decided in the year and the tickets handed to them, pooled over all
     * projects; the investment and milestone criteria are the projects' and not theirs.
     */
    private static List<Ranked> departments(List<ProjectFacts> projects, int year, LocalDate asOf,
            ScoreWeights weights, WorkingDayCalendar calendar) {
        Map<String, Department> byId = new TreeMap<>();
        for (ProjectFacts project : projects) {
            for (ApprovalFacts decision : project.approvals().values()) {
                if (decision.department() != null && ApprovalsOnTime.decidedInYear(decision, year, asOf)) {
                    byId.computeIfAbsent(decision.department(), id -> new Department()).add(project, decision);
                }
            }
            for (TicketFacts ticket : project.tickets().values()) {
                if (ticket.department() != null) {
                    byId.computeIfAbsent(ticket.department(), id -> new Department()).add(project, ticket);
                }
            }
        }
        List<CompetitionRanking.Candidate> candidates = new ArrayList<>();
        byId.forEach((id, department) -> candidates.add(new CompetitionRanking.Candidate(id, id,
                Score.of(weights, List.of(ApprovalsOnTime.assess(department.decisions, year, asOf),
                        ProblemsSolved.assess(department.tickets, asOf, calendar))),
                department.projects.size())));
        return CompetitionRanking.of(candidates);
    }

    /** What one department did across the projects. */
    private static final class Department {
        final List<ApprovalFacts> decisions = new ArrayList<>();
        final List<TicketFacts> tickets = new ArrayList<>();
        final Set<String> projects = new HashSet<>();

        void add(ProjectFacts project, ApprovalFacts decision) {
            decisions.add(decision);
            projects.add(project.projectId());
        }

        void add(ProjectFacts project, TicketFacts ticket) {
            tickets.add(ticket);
            projects.add(project.projectId());
        }
    }
}
