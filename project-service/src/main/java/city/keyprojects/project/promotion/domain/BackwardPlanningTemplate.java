package city.keyprojects.project.promotion.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.problem.RuleViolationException;

/**
 * "五个倒逼": the tasks a target date forces, each due a number of working days before the date it is anchored to.
 *
 * <table>
 * <caption>The template</caption>
 * <tr><th>kind</th><th>title</th><th>due</th></tr>
 * <tr><td>PROJECT_APPROVAL</td><td>立项及用地规划许可</td><td>40 working days before the start</td></tr>
 * <tr><td>LAND_SUPPLY</td><td>完成土地供应</td><td>30 working days before the start</td></tr>
 * <tr><td>ENGINEERING_PERMIT</td><td>工程规划许可</td><td>15 working days before the start</td></tr>
 * <tr><td>SITE_HANDOVER</td><td>清表交地、水电路进场</td><td>10 working days before the start</td></tr>
 * <tr><td>CONSTRUCTION_PERMIT</td><td>施工许可</td><td>3 working days before the start</td></tr>
 * <tr><td>COMPLETION_ACCEPTANCE</td><td>联合验收</td><td>by the completion (0 working days before)</td></tr>
 * <tr><td>EQUIPMENT_COMMISSIONING</td><td>设备安装调试</td><td>20 working days before production</td></tr>
 * <tr><td>PRODUCTION_PERMITS</td><td>投产前许可（排污许可等）</td><td>10 working days before production</td></tr>
 * </table>
 */
public final class BackwardPlanningTemplate {

    public static final String PRODUCTION_TARGET_NEEDED = "production-target-needed";

    /** Which target date a task counts back from. */
    public enum Anchor {
        START, COMPLETION, PRODUCTION
    }

    /** One line of the template. */
    public record Step(String title, Anchor anchor, int workingDaysBefore) {
    }

    private static final Map<TaskKind, Step> STEPS = new EnumMap<>(TaskKind.class);

    static {
        STEPS.put(TaskKind.PROJECT_APPROVAL, new Step("立项及用地规划许可", Anchor.START, 40));
        STEPS.put(TaskKind.LAND_SUPPLY, new Step("完成土地供应", Anchor.START, 30));
        STEPS.put(TaskKind.ENGINEERING_PERMIT, new Step("工程规划许可", Anchor.START, 15));
        STEPS.put(TaskKind.SITE_HANDOVER, new Step("清表交地、水电路进场", Anchor.START, 10));
        STEPS.put(TaskKind.CONSTRUCTION_PERMIT, new Step("施工许可", Anchor.START, 3));
        STEPS.put(TaskKind.COMPLETION_ACCEPTANCE, new Step("联合验收", Anchor.COMPLETION, 0));
        STEPS.put(TaskKind.EQUIPMENT_COMMISSIONING, new Step("设备安装调试", Anchor.PRODUCTION, 20));
        STEPS.put(TaskKind.PRODUCTION_PERMITS, new Step("投产前许可（排污许可等）", Anchor.PRODUCTION, 10));
    }

    private BackwardPlanningTemplate() {
    }

    static boolean covers(TaskKind kind) {
        return STEPS.containsKey(kind);
    }

    public static Step step(TaskKind kind) {
        Step step = STEPS.get(kind);
        if (step == null) {
            throw new IllegalArgumentException(kind + " is not planned backwards from a target date");
        }
        return step;
    }

    /**
     * The due date of a task of this kind for these targets.
     *
     * @throws RuleViolationException naming {@link #PRODUCTION_TARGET_NEEDED} for a production task without a
     *                                production target
     */
    public static LocalDate dueDate(TaskKind kind, TargetDates targets, WorkingDayCalendar calendar) {
        Step step = step(kind);
        LocalDate anchor = targets.of(step.anchor());
        if (anchor == null) {
            throw new RuleViolationException(PRODUCTION_TARGET_NEEDED,
                    kind + " counts back from the production date: give a target production date.");
        }
        return workingDaysBefore(anchor, step.workingDaysBefore(), calendar);
    }

    /**
     * The latest working day that lies {@code workingDays} working days before {@code date}: the inverse of
     * {@link WorkingDayCalendar#addWorkingDays}, so that {@code workingDaysBetween(result, date) == workingDays}.
     * Zero gives {@code date} itself when it is a working day, else the working day before: a deadline never
     * falls on a rest day.
     */
    static LocalDate workingDaysBefore(LocalDate date, int workingDays, WorkingDayCalendar calendar) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = date;
        int remaining = workingDays;
        while (remaining > 0) {
            if (calendar.isWorkingDay(day)) {
                remaining--;
            }
            day = day.minusDays(1);
        }
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
