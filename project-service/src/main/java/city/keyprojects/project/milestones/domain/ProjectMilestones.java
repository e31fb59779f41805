package city.keyprojects.project.milestones.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.NotFoundException;

/**
 * The key time nodes (关键时间节点) of one project: planned and actual dates. Its id is the project's id. Commands
 * return the new state with the events it caused; nothing changed means no event.
 */
public record ProjectMilestones(String projectId, List<Milestone> milestones) {

    /** Earliest planned first; on the same day the standard kinds in their order. */
    private static final Comparator<Milestone> PLAN_ORDER = Comparator.comparing(Milestone::plannedDate)
            .thenComparing(Milestone::kind).thenComparing(Milestone::milestoneId);

    public ProjectMilestones {
        Objects.requireNonNull(projectId, "projectId");
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** A project of which nothing is planned yet. */
    /**
     * The milestones' own aggregate id: not the project's, because consumers apply each (aggregateid, sequence)
     * once and these events are numbered apart from the project's. Their subject is still the project.
     */
    public static String idFor(String projectId) {
        return "milestones-" + projectId;
    }

    public static ProjectMilestones none(String projectId) {
        return new ProjectMilestones(projectId, List.of());
    }

    /** The new state and the events that led to it. */
    public record Result(ProjectMilestones milestones, List<MilestoneEvent> events) {
    }

    public Optional<Milestone> milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.milestoneId().equals(milestoneId)).findFirst();
    }

    /** The milestones missed as of {@code today}, in plan order. */
    public List<Milestone> missedOn(LocalDate today) {
        return milestones.stream().filter(m -> MilestoneRules.isMissed(m, today)).toList();
    }

    /**
     * Replaces the plan by {@code plan}: a line with a milestone id (or a standard kind already planned) replans
     * that milestone, any other line adds one, and a milestone the plan leaves out is removed. Reached milestones
     * stay exactly as they are.
     *
     * @param newIds  gives the id of each milestone added
     */
    public Result plan(List<PlannedMilestone> plan, LocalDate today, Instant now, Supplier<String> newIds) {
        MilestoneRules.requireOneOfEachStandardKind(plan.stream().map(PlannedMilestone::kind).toList());
        Map<String, Milestone> left = new LinkedHashMap<>();
        milestones.forEach(m -> left.put(m.milestoneId(), m));
        List<Milestone> next = new ArrayList<>();
        List<MilestoneEvent> events = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < plan.size(); i++) {
            PlannedMilestone line = plan.get(i);
            Milestone existing = existingFor(line, i, named);
            if (existing == null) {
                Milestone added = new Milestone(newIds.get(), line.kind(), line.name(), line.plannedDate(), null,
                        false);
                next.add(added);
                events.add(new MilestonePlanned(projectId, added.milestoneId(), added.kind(), added.name(),
                        added.plannedDate(), now));
                continue;
            }
            left.remove(existing.milestoneId());
            if (Objects.equals(existing.name(), line.name()) && existing.plannedDate().equals(line.plannedDate())) {
                next.add(existing);
                continue;
            }
            MilestoneRules.requireReachedMilestoneKept(existing);
            Milestone replanned = existing.replanned(line.name(), line.plannedDate());
            next.add(replanned);
            events.add(new MilestoneReplanned(projectId, existing.milestoneId(), existing.kind(), replanned.name(),
                    replanned.plannedDate(), existing.name(), existing.plannedDate(),
                    MilestoneRules.isMissed(existing, today), now));
        }
        for (Milestone removed : left.values()) {
            MilestoneRules.requireReachedMilestoneKept(removed);
            events.add(new MilestoneRemoved(projectId, removed.milestoneId(), removed.kind(), removed.name(),
                    removed.plannedDate(), now));
        }
        if (events.isEmpty()) {
            return new Result(this, List.of());
        }
        MilestoneRules.requireStandardMilestonesInOrder(next);
        return new Result(new ProjectMilestones(projectId, next.stream().sorted(PLAN_ORDER).toList()),
                List.copyOf(events));
    }

    /** The milestone a line of a plan stands for, or null when the line adds one. */
    private Milestone existingFor(PlannedMilestone line, int index, Set<String> named) {
        String field = "milestones[" + index + "].milestoneId";
        if (line.milestoneId() == null) {
            return line.kind().isStandard()
                    ? milestones.stream().filter(m -> m.kind() == line.kind()).findFirst().orElse(null)
                    : null;
        }
        if (!named.add(line.milestoneId())) {
            throw new InvalidInputException(field, "names the same milestone as an earlier line");
        }
        Milestone existing = milestone(line.milestoneId())
                .orElseThrow(() -> new InvalidInputException(field, "no such milestone in this project's plan"));
        if (existing.kind() != line.kind()) {
            throw new InvalidInputException(field, "is a " + existing.kind() + " milestone, not " + line.kind());
        }
        return existing;
    }

    /** Records the day a milestone was reached; the same day again changes nothing. */
    public Result reach(String milestoneId, LocalDate actualDate, LocalDate today, Instant now) {
        Milestone milestone = required(milestoneId);
        MilestoneRules.requireActualDateNotInFuture(actualDate, today);
        MilestoneRules.requireActualDateRecordedOnce(milestone, actualDate);
        if (milestone.reached()) {
            return new Result(this, List.of());
        }
        Milestone reached = milestone.reachedOn(actualDate);
        ProjectMilestones next = replacing(reached);
        return new Result(next, List.of(new MilestoneReached(projectId, milestoneId, reached.kind(), reached.name(),
                reached.plannedDate(), actualDate, now)));
    }

    /** Corrects the day a milestone was reached, keeping the earlier day and the reason in the event. */
    public Result correctActualDate(String milestoneId, LocalDate actualDate, String reason, LocalDate today,
            Instant now) {
        Objects.requireNonNull(reason, "reason");
        Milestone milestone = required(milestoneId);
        MilestoneRules.requireActualDateToCorrect(milestone);
        MilestoneRules.requireActualDateNotInFuture(actualDate, today);
        if (milestone.actualDate().equals(actualDate)) {
            return new Result(this, List.of());
        }
        Milestone corrected = milestone.reachedOn(actualDate);
        ProjectMilestones next = replacing(corrected);
        return new Result(next, List.of(new MilestoneActualDateCorrected(projectId, milestoneId, corrected.kind(),
                corrected.name(), corrected.plannedDate(), actualDate, milestone.actualDate(), reason, now)));
    }

    /** Marks every milestone newly missed as of {@code today} as reported, with one event each. */
    public Result reportMissed(LocalDate today) {
        List<MilestoneEvent> events = new ArrayList<>();
        List<Milestone> next = new ArrayList<>();
        for (Milestone milestone : milestones) {
            if (MilestoneRules.isMissToReport(milestone, today)) {
                next.add(milestone.missReported());
                events.add(new MilestoneMissed(projectId, milestone.milestoneId(), milestone.kind(), milestone.name(),
                        milestone.plannedDate(), today));
            } else {
                next.add(milestone);
            }
        }
        return events.isEmpty() ? new Result(this, List.of())
                : new Result(new ProjectMilestones(projectId, next), List.copyOf(events));
    }

    private Milestone required(String milestoneId) {
        return milestone(milestoneId).orElseThrow(
                () -> new NotFoundException("No milestone " + milestoneId + " in project " + projectId + "."));
    }

    /** This plan with one milestone changed; the order of actual dates is checked on the result. */
    private ProjectMilestones replacing(Milestone changed) {
        List<Milestone> next = milestones.stream()
                .map(m -> m.milestoneId().equals(changed.milestoneId()) ? changed : m).toList();
        MilestoneRules.requireStandardMilestonesInOrder(next);
        return new ProjectMilestones(projectId, next);
    }
}
