package city.keyprojects.project.promotion.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.problem.RuleViolationException;

/**
 * A project's promotion plan (推进计划, the fourth of "五个一"): its target dates and the tasks that lead to them,
 * each owned by a department and a person and due on a date. One per project ({@link #idFor}).
 * Commands return the new state with the events they caused.
 */
public record PromotionPlan(String projectId, TargetDates targets, List<PromotionTask> tasks, int customTasksAdded) {

    /** Keeps one plan's document and its events within reason. */
    public static final int MAX_TASKS = 100;

    public static final String DUE_DATE_NOT_PAST = "due-date-not-past";
    public static final String TASK_LIMIT = "plan-task-limit";
    public static final String COMPLETED_ONCE = "task-completed-once";
    public static final String COMPLETION_NOT_IN_FUTURE = "completion-not-in-future";

    private static final Comparator<PromotionTask> BY_DUE_DATE = Comparator.comparing(PromotionTask::dueDate)
            .thenComparing(PromotionTask::taskId);

    public PromotionPlan {
        Objects.requireNonNull(projectId, "projectId");
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** The new state and the events that led to it; no events means nothing changed. */
    public record Result(PromotionPlan plan, List<PromotionEvent> events) {
    }

    /** Who answers for a task of the template, as the one drawing the plan says. */
    public record Assignment(TaskKind kind, String ownerDepartment, String ownerPerson) {

        public Assignment {
            Objects.requireNonNull(kind, "kind");
            if (!kind.isBackwardPlanned()) {
                throw new IllegalArgumentException(kind + " is not planned backwards from a target date");
            }
        }
    }

    /**
     * The plan's own aggregate id: not the project's, because consumers apply each (aggregateid, sequence) once
     * and the plan's events are numbered apart from the project's. Its events' subject is still the project.
     */
    public static String idFor(String projectId) {
        return "promotion-plan-" + projectId;
    }

    public String id() {
        return idFor(projectId);
    }

    /** A plan with nothing in it yet: the start of every plan. */
    public static PromotionPlan empty(String projectId) {
        return new PromotionPlan(projectId, null, List.of(), 0);
    }

    public Optional<PromotionTask> task(String taskId) {
        return tasks.stream().filter(task -> task.taskId().equals(taskId)).findFirst();
    }

    /**
     * Draws the plan backwards from the targets: one task per assigned kind, due as {@link BackwardPlanningTemplate}
     * says. Redrawing keeps what is done and what did not come from the template (onboarding and custom tasks);
     * open template tasks are replaced. A derived due date may already have passed: the task is then overdue at
     * once, which is the point of planning backwards.
     *
     * @throws RuleViolationException if the targets are past or out of order, or a production task has no
     *                                production target
     */
    public Result drawUp(TargetDates newTargets, List<Assignment> assignments, LocalDate today,
            WorkingDayCalendar calendar, Instant now) {
        newTargets.requireValid(today);
        Set<TaskKind> kinds = EnumSet.noneOf(TaskKind.class);
        List<PromotionTask> next = new ArrayList<>();
        for (PromotionTask task : tasks) {
            if (task.isDone() || !task.kind().isBackwardPlanned()) {
                next.add(task);
            }
        }
        for (Assignment assignment : assignments) {
            if (!kinds.add(assignment.kind())) {
                throw new IllegalArgumentException(assignment.kind() + " is assigned twice");
            }
            Optional<PromotionTask> existing = task(PromotionTask.idOf(assignment.kind()));
            if (existing.filter(PromotionTask::isDone).isPresent()) {
                continue;
            }
            LocalDate due = BackwardPlanningTemplate.dueDate(assignment.kind(), newTargets, calendar);
            // Reported once per due date: a task still late on the same date is not reported again.
            boolean reported = existing.filter(task -> task.overdueReported() && task.dueDate().equals(due))
                    .isPresent();
            next.add(new PromotionTask(PromotionTask.idOf(assignment.kind()),
                    BackwardPlanningTemplate.step(assignment.kind()).title(), assignment.kind(),
                    assignment.ownerDepartment(), assignment.ownerPerson(), due, null, reported));
        }
        requireWithinLimit(next.size());
        next.sort(BY_DUE_DATE);
        PromotionPlan plan = new PromotionPlan(projectId, newTargets, next, customTasksAdded);
        return new Result(plan, List.of(new PromotionPlanDrawnUp(projectId, newTargets.start(),
                newTargets.completion(), newTargets.production(), next.stream().map(PromotionTask::planned).toList(),
                now)));
    }

    /** Adds a task of the caller's own, due today or later. */
    public Result addTask(String title, String ownerDepartment, String ownerPerson, LocalDate dueDate,
            LocalDate today, Instant now) {
        if (dueDate.isBefore(today)) {
            throw new RuleViolationException(DUE_DATE_NOT_PAST, "A new task cannot be due before today (" + today
                    + ").");
        }
        requireWithinLimit(tasks.size() + 1);
        int number = customTasksAdded + 1;
        PromotionTask task = new PromotionTask("custom-" + number, title, TaskKind.CUSTOM, ownerDepartment,
                ownerPerson, dueDate, null, false);
        return new Result(with(task, number), List.of(added(task, now)));
    }

    /**
     * Records that a task was done on a day that is not in the future; a task is done once.
     *
     * @throws NotFoundException if the plan has no such task
     */
    public Result complete(String taskId, LocalDate completedOn, LocalDate today, Instant now) {
        PromotionTask task = task(taskId).orElseThrow(() -> new NotFoundException(
                "The promotion plan of project " + projectId + " has no task " + taskId + "."));
        if (task.isDone()) {
            throw new RuleViolationException(COMPLETED_ONCE, "Task " + taskId + " was done on " + task.completedOn()
                    + " already.");
        }
        if (completedOn.isAfter(today)) {
            throw new RuleViolationException(COMPLETION_NOT_IN_FUTURE, "A task cannot be done after today (" + today
                    + ").");
        }
        return new Result(replacing(task.completed(completedOn)), List.of(completed(task, completedOn, now)));
    }

    /**
     * Starts the {@link OnboardingClock} for a project registered that day: adds each onboarding task the plan
     * does not have yet, so that a repeated start changes nothing.
     */
    public Result startOnboarding(LocalDate registrationDay, WorkingDayCalendar calendar, Instant now) {
        List<PromotionTask> next = new ArrayList<>(tasks);
        List<PromotionEvent> events = new ArrayList<>();
        for (PromotionTask task : OnboardingClock.tasks(registrationDay, calendar)) {
            if (task(task.taskId()).isEmpty()) {
                next.add(task);
                events.add(added(task, now));
            }
        }
        requireWithinLimit(next.size());
        return events.isEmpty() ? unchanged()
                : new Result(new PromotionPlan(projectId, targets, next, customTasksAdded), events);
    }

    /**
     * The project's officer was named on {@code day}: the onboarding task of naming them is done, and the open
     * onboarding tasks that nobody owns yet become theirs. Repeated, it changes nothing.
     */
    public Result officerNamed(String officer, String department, LocalDate day, Instant now) {
        PromotionPlan plan = this;
        List<PromotionEvent> events = new ArrayList<>();
        for (PromotionTask task : tasks) {
            if (task.isDone() || !task.kind().isOnboarding()) {
                continue;
            }
            if (task.kind() == TaskKind.OFFICER_NAMED) {
                plan = plan.replacing(task.completed(day));
                events.add(completed(task, day, now));
            } else if (task.ownerPerson() == null) {
                plan = plan.replacing(task.ownedBy(department, officer));
                events.add(new TaskOwnerAssigned(projectId, task.taskId(), department, officer, now));
            }
        }
        return new Result(plan, List.copyOf(events));
    }

    /** Marks every task that is overdue today and not yet reported, with one event each. */
    public Result detectOverdue(LocalDate today, WorkingDayCalendar calendar) {
        PromotionPlan plan = this;
        List<PromotionEvent> events = new ArrayList<>();
        for (PromotionTask task : tasks) {
            if (task.isOverdue(today) && !task.overdueReported()) {
                plan = plan.replacing(task.reportedOverdue());
                events.add(new TaskOverdue(projectId, task.taskId(), task.title(), task.kind(), task.ownerDepartment(),
                        task.ownerPerson(), task.dueDate(), calendar.workingDaysBetween(task.dueDate(), today),
                        today));
            }
        }
        return new Result(plan, List.copyOf(events));
    }

    private Result unchanged() {
        return new Result(this, List.of());
    }

    private PromotionPlan with(PromotionTask added, int customNumber) {
        List<PromotionTask> next = new ArrayList<>(tasks);
        next.add(added);
        return new PromotionPlan(projectId, targets, next, customNumber);
    }

    private PromotionPlan replacing(PromotionTask changed) {
        return new PromotionPlan(projectId, targets, tasks.stream()
                .map(task -> task.taskId().equals(changed.taskId()) ? changed : task).toList(), customTasksAdded);
    }

    private TaskAdded added(PromotionTask task, Instant now) {
        return new TaskAdded(projectId, task.taskId(), task.title(), task.kind(), task.ownerDepartment(),
                task.ownerPerson(), task.dueDate(), now);
    }

    private TaskCompleted completed(PromotionTask task, LocalDate on, Instant now) {
        return new TaskCompleted(projectId, task.taskId(), task.kind(), task.dueDate(), on, now);
    }

    private static void requireWithinLimit(int count) {
        if (count > MAX_TASKS) {
            throw new RuleViolationException(TASK_LIMIT, "A promotion plan holds at most " + MAX_TASKS + " tasks.");
        }
    }
}
