package city.keyprojects.project.promotion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.problem.RuleViolationException;

class PromotionPlanTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    static final Instant NOW = Instant.parse("2026-08-03T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 8, 3);
    static final TargetDates TARGETS = new TargetDates(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 12, 30),
            LocalDate.of(2026, 12, 31));

    static final PromotionPlan.Assignment PERMIT = assign(TaskKind.CONSTRUCTION_PERMIT, "市行政审批服务局", "王科长");
    static final PromotionPlan.Assignment SITE = assign(TaskKind.SITE_HANDOVER, "经开区管委会", "李主任");
    static final PromotionPlan.Assignment ACCEPTANCE = assign(TaskKind.COMPLETION_ACCEPTANCE, "市住建局", "赵工");

    @Test
    void drawing_up_derives_each_assigned_task_with_its_owner_and_a_working_day_deadline() {
        PromotionPlan.Result result = PromotionPlan.empty("p1").drawUp(TARGETS, List.of(ACCEPTANCE, PERMIT, SITE),
                TODAY, CALENDAR, NOW);

        assertThat(result.plan().targets()).isEqualTo(TARGETS);
        assertThat(result.plan().tasks()).extracting(PromotionTask::taskId, PromotionTask::dueDate,
                PromotionTask::ownerDepartment, PromotionTask::ownerPerson)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("site-handover", LocalDate.of(2026, 9, 21), "经开区管委会",
                                "李主任"),
                        org.assertj.core.groups.Tuple.tuple("construction-permit", LocalDate.of(2026, 10, 8),
                                "市行政审批服务局", "王科长"),
                        org.assertj.core.groups.Tuple.tuple("completion-acceptance", LocalDate.of(2026, 12, 30),
                                "市住建局", "赵工"));
        assertThat(result.plan().tasks()).allSatisfy(task -> assertThat(task.isDone()).isFalse());
        PromotionPlanDrawnUp drawnUp = (PromotionPlanDrawnUp) result.events().get(0);
        assertThat(result.events()).hasSize(1);
        assertThat(drawnUp.type()).isEqualTo("project.promotion-plan-drawn-up");
        assertThat(drawnUp.subject()).isEqualTo("p1");
        assertThat(drawnUp.targetStart()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(drawnUp.targetProduction()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(drawnUp.tasks()).extracting(PlannedTask::taskId).containsExactly("site-handover",
                "construction-permit", "completion-acceptance");
        assertThat(drawnUp.tasks().get(0).title()).isEqualTo("清表交地、水电路进场");
    }

    @Test
    void target_dates_out_of_order_are_refused_naming_the_rule() {
        PromotionPlan plan = PromotionPlan.empty("p1");
        LocalDate start = LocalDate.of(2026, 10, 12);

        assertRule(() -> plan.drawUp(new TargetDates(start, start, null), List.of(PERMIT), TODAY, CALENDAR, NOW),
                TargetDates.IN_ORDER);
        assertRule(() -> plan.drawUp(new TargetDates(start, start.minusDays(1), null), List.of(PERMIT), TODAY,
                CALENDAR, NOW), TargetDates.IN_ORDER);
        assertRule(() -> plan.drawUp(new TargetDates(start, start.plusDays(30), start.plusDays(29)),
                List.of(PERMIT), TODAY, CALENDAR, NOW), TargetDates.IN_ORDER);
    }

    @Test
    void target_dates_already_past_are_refused_and_today_is_allowed() {
        PromotionPlan plan = PromotionPlan.empty("p1");

        assertRule(() -> plan.drawUp(new TargetDates(TODAY.minusDays(1), TODAY.plusDays(90), null), List.of(PERMIT),
                TODAY, CALENDAR, NOW), TargetDates.NOT_PAST);
        assertThat(plan.drawUp(new TargetDates(TODAY, TODAY.plusDays(90), null), List.of(ACCEPTANCE), TODAY,
                CALENDAR, NOW).events()).hasSize(1);
    }

    @Test
    void a_derived_deadline_already_past_makes_the_task_overdue_at_once() {
        // Starting in 3 working days leaves no time for the site 10 working days before the start.
        LocalDate start = LocalDate.of(2026, 8, 6);
        PromotionPlan plan = PromotionPlan.empty("p1").drawUp(new TargetDates(start, start.plusDays(200), null),
                List.of(SITE), TODAY, CALENDAR, NOW).plan();

        assertThat(plan.tasks().get(0).dueDate()).isBefore(TODAY);
        assertThat(plan.tasks().get(0).isOverdue(TODAY)).isTrue();
    }

    @Test
    void redrawing_keeps_done_onboarding_and_custom_tasks_and_replaces_the_open_template_tasks() {
        PromotionPlan plan = PromotionPlan.empty("p1")
                .startOnboarding(TODAY, CALENDAR, NOW).plan()
                .addTask("环评批复", "市生态环境局", "孙科长", LocalDate.of(2026, 9, 1), TODAY, NOW).plan()
                .drawUp(TARGETS, List.of(PERMIT, SITE, ACCEPTANCE), TODAY, CALENDAR, NOW).plan()
                .complete("site-handover", LocalDate.of(2026, 8, 3), TODAY, NOW).plan();

        TargetDates later = new TargetDates(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 30), null);
        PromotionPlan.Assignment newPermitOwner = assign(TaskKind.CONSTRUCTION_PERMIT, "市行政审批服务局", "钱科长");
        PromotionPlan.Result redrawn = plan.drawUp(later, List.of(newPermitOwner, SITE), TODAY, CALENDAR, NOW);

        assertThat(redrawn.plan().tasks()).extracting(PromotionTask::taskId).containsExactlyInAnyOrder(
                "officer-named", "site-survey", "land-supply-started", "promotion-meeting", "custom-1",
                "site-handover", "construction-permit");
        PromotionTask site = redrawn.plan().task("site-handover").orElseThrow();
        assertThat(site.completedOn()).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(site.dueDate()).isEqualTo(LocalDate.of(2026, 9, 21));
        PromotionTask permit = redrawn.plan().task("construction-permit").orElseThrow();
        assertThat(permit.ownerPerson()).isEqualTo("钱科长");
        assertThat(permit.dueDate()).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(((PromotionPlanDrawnUp) redrawn.events().get(0)).tasks()).hasSize(7);
    }

    @Test
    void an_overdue_task_is_reported_once_with_its_owner_and_working_days_late() {
        PromotionPlan plan = PromotionPlan.empty("p1").startOnboarding(LocalDate.of(2026, 9, 29), CALENDAR, NOW)
                .plan();
        // Officer named due 30 September; on 9 October (after National Day) 2 working days late.
        LocalDate day = LocalDate.of(2026, 10, 9);

        PromotionPlan.Result first = plan.detectOverdue(day, CALENDAR);

        assertThat(first.events()).hasSize(2);
        TaskOverdue overdue = (TaskOverdue) first.events().get(0);
        assertThat(overdue.type()).isEqualTo("project.task-overdue");
        assertThat(overdue.taskId()).isEqualTo("officer-named");
        assertThat(overdue.ownerDepartment()).isEqualTo(OnboardingClock.CENTRE);
        assertThat(overdue.dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(overdue.workingDaysOverdue()).isEqualTo(2);
        assertThat(overdue.detectedOn()).isEqualTo(day);
        // Site survey was due on 8 October; land supply (due 9 October, today) is not late yet.
        assertThat(((TaskOverdue) first.events().get(1)).taskId()).isEqualTo("site-survey");

        assertThat(first.plan().detectOverdue(day, CALENDAR).events()).isEmpty();
        assertThat(first.plan().detectOverdue(day.plusDays(1), CALENDAR).events())
                .extracting(event -> ((TaskOverdue) event).taskId()).containsExactly("land-supply-started");
    }

    @Test
    void a_done_task_is_never_overdue() {
        PromotionPlan plan = PromotionPlan.empty("p1").startOnboarding(LocalDate.of(2026, 9, 29), CALENDAR, NOW)
                .plan().complete("officer-named", LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 29), NOW).plan();

        assertThat(plan.detectOverdue(LocalDate.of(2026, 10, 8), CALENDAR).events()).isEmpty();
    }

    @Test
    void a_redrawn_task_with_a_new_due_date_can_be_reported_again_and_one_with_the_same_date_cannot() {
        LocalDate today = LocalDate.of(2026, 10, 9);
        TargetDates targets = new TargetDates(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 12, 30), null);
        PromotionPlan reported = PromotionPlan.empty("p1")
                .drawUp(targets, List.of(SITE), today, CALENDAR, NOW).plan()
                .detectOverdue(today, CALENDAR).plan();
        assertThat(reported.task("site-handover").orElseThrow().overdueReported()).isTrue();

        PromotionPlan same = reported.drawUp(targets, List.of(SITE), today, CALENDAR, NOW).plan();
        assertThat(same.detectOverdue(today, CALENDAR).events()).isEmpty();

        TargetDates later = new TargetDates(LocalDate.of(2026, 10, 16), LocalDate.of(2026, 12, 30), null);
        PromotionPlan moved = reported.drawUp(later, List.of(SITE), today, CALENDAR, NOW).plan();
        assertThat(moved.detectOverdue(today, CALENDAR).events()).hasSize(1);
    }

    @Test
    void starting_onboarding_twice_changes_nothing() {
        PromotionPlan.Result first = PromotionPlan.empty("p1").startOnboarding(TODAY, CALENDAR, NOW);
        assertThat(first.events()).hasSize(4).allSatisfy(event -> assertThat(event).isInstanceOf(TaskAdded.class));

        PromotionPlan.Result again = first.plan().startOnboarding(TODAY, CALENDAR, NOW);
        assertThat(again.events()).isEmpty();
        assertThat(again.plan()).isEqualTo(first.plan());
    }

    @Test
    void naming_the_officer_completes_the_first_task_and_hands_the_open_ones_to_the_officer_once() {
        PromotionPlan plan = PromotionPlan.empty("p1").startOnboarding(TODAY, CALENDAR, NOW).plan()
                .complete("site-survey", TODAY, TODAY, NOW).plan();
        LocalDate named = TODAY.plusDays(1);

        PromotionPlan.Result result = plan.officerNamed("officer", "市经信局", named, NOW);

        assertThat(result.plan().task("officer-named").orElseThrow().completedOn()).isEqualTo(named);
        assertThat(result.events()).hasSize(3);
        TaskCompleted completed = (TaskCompleted) result.events().get(0);
        assertThat(completed.taskId()).isEqualTo("officer-named");
        assertThat(completed.completedOn()).isEqualTo(named);
        assertThat(result.events().subList(1, 3)).extracting(event -> ((TaskOwnerAssigned) event).taskId())
                .containsExactly("land-supply-started", "promotion-meeting");
        assertThat(result.plan().task("promotion-meeting").orElseThrow())
                .extracting(PromotionTask::ownerDepartment, PromotionTask::ownerPerson)
                .containsExactly("市经信局", "officer");
        // The done site survey keeps no owner: nobody needs to do it any more.
        assertThat(result.plan().task("site-survey").orElseThrow().ownerPerson()).isNull();

        PromotionPlan.Result again = result.plan().officerNamed("officer", "市经信局", named, NOW);
        assertThat(again.events()).isEmpty();
        assertThat(again.plan()).isEqualTo(result.plan());
    }

    @Test
    void a_task_is_completed_once_on_a_day_not_in_the_future() {
        PromotionPlan plan = PromotionPlan.empty("p1").startOnboarding(TODAY, CALENDAR, NOW).plan();

        assertRule(() -> plan.complete("site-survey", TODAY.plusDays(1), TODAY, NOW),
                PromotionPlan.COMPLETION_NOT_IN_FUTURE);
        PromotionPlan.Result done = plan.complete("site-survey", TODAY, TODAY, NOW);
        TaskCompleted completed = (TaskCompleted) done.events().get(0);
        assertThat(completed.type()).isEqualTo("project.task-completed");
        assertThat(completed.dueDate()).isEqualTo(plan.task("site-survey").orElseThrow().dueDate());
        assertRule(() -> done.plan().complete("site-survey", TODAY, TODAY, NOW), PromotionPlan.COMPLETED_ONCE);
        assertThatThrownBy(() -> plan.complete("no-such-task", TODAY, TODAY, NOW))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void custom_tasks_are_numbered_and_not_due_in_the_past() {
        PromotionPlan.Result first = PromotionPlan.empty("p1").addTask("环评批复", "市生态环境局", "孙科长", TODAY, TODAY,
                NOW);
        PromotionPlan.Result second = first.plan().addTask("用电报装", "供电公司", "周经理", TODAY.plusDays(5), TODAY,
                NOW);

        assertThat(second.plan().tasks()).extracting(PromotionTask::taskId).containsExactly("custom-1", "custom-2");
        TaskAdded added = (TaskAdded) second.events().get(0);
        assertThat(added.type()).isEqualTo("project.task-added");
        assertThat(added.kind()).isEqualTo(TaskKind.CUSTOM);
        assertThat(added.ownerPerson()).isEqualTo("周经理");
        assertRule(() -> first.plan().addTask("x", "d", "p", TODAY.minusDays(1), TODAY, NOW),
                PromotionPlan.DUE_DATE_NOT_PAST);
    }

    @Test
    void a_plan_holds_at_most_its_limit_of_tasks() {
        List<PromotionTask> full = new ArrayList<>();
        for (int i = 1; i <= PromotionPlan.MAX_TASKS; i++) {
            full.add(new PromotionTask("custom-" + i, "t", TaskKind.CUSTOM, "d", "p", TODAY, null, false));
        }
        PromotionPlan plan = new PromotionPlan("p1", null, full, PromotionPlan.MAX_TASKS);

        assertRule(() -> plan.addTask("one more", "d", "p", TODAY, TODAY, NOW), PromotionPlan.TASK_LIMIT);
    }

    @Test
    void the_plan_is_an_aggregate_of_its_own_whose_events_are_about_the_project() {
        PromotionPlan.Result result = PromotionPlan.empty("p1").startOnboarding(TODAY, CALENDAR, NOW);

        assertThat(result.plan().id()).isEqualTo("promotion-plan-p1").isNotEqualTo("p1");
        assertThat(result.events()).allSatisfy(event -> assertThat(event.subject()).isEqualTo("p1"));
    }

    private static PromotionPlan.Assignment assign(TaskKind kind, String department, String person) {
        return new PromotionPlan.Assignment(kind, department, person);
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
