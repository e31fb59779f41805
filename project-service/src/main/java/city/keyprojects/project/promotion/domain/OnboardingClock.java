package city.keyprojects.project.promotion.domain;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.project.registry.domain.Sector;

/**
 * The onboarding clock for a newly signed industrial project (签约即启动): project officer named within 1 working
 * day of registration, site survey within 2, land supply started within 3, promotion meeting within 5. Counted
 * like every statutory limit: from the day after registration, in official working days.
 */
public final class OnboardingClock {

    /** Who answers for naming the officer, before there is one: the key-project centre. */
    public static final String CENTRE = "重点项目建设保障中心";

    /** One deadline of the clock. */
    public record Deadline(TaskKind kind, String title, int workingDays) {

        /** Onboarding tasks have one of each kind, so the kind names the task. */
        public String taskId() {
            return PromotionTask.idOf(kind);
        }
    }

    public static final List<Deadline> DEADLINES = List.of(
            new Deadline(TaskKind.OFFICER_NAMED, "明确项目专员", 1),
            new Deadline(TaskKind.SITE_SURVEY, "现场踏勘", 2),
            new Deadline(TaskKind.LAND_SUPPLY_STARTED, "启动土地供应", 3),
            new Deadline(TaskKind.PROMOTION_MEETING, "召开项目推进会", 5));

    private OnboardingClock() {
    }

    /** Only industrial projects start the clock. */
    public static boolean appliesTo(Sector sector) {
        return sector == Sector.INDUSTRIAL;
    }

    static boolean covers(TaskKind kind) {
        return DEADLINES.stream().anyMatch(deadline -> deadline.kind() == kind);
    }

    /** The onboarding tasks of a project registered that day; the officer task is the centre's. */
    static List<PromotionTask> tasks(LocalDate registrationDay, WorkingDayCalendar calendar) {
        return DEADLINES.stream()
                .map(deadline -> new PromotionTask(deadline.taskId(), deadline.title(), deadline.kind(),
                        deadline.kind() == TaskKind.OFFICER_NAMED ? CENTRE : null, null,
                        calendar.addWorkingDays(registrationDay, deadline.workingDays()), null, false))
                .toList();
    }
}
