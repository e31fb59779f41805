package city.keyprojects.project.promotion.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import city.keyprojects.project.promotion.application.FindingPromotionPlans;
import city.keyprojects.project.promotion.domain.TaskKind;

/** One page of the supervision list of overdue tasks, with the total. */
public record OverdueTaskPage(List<Item> items, int page, int size, long total) {

    /** An overdue task, its project and owner, and how many working days late it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String projectId, String taskId, String title, TaskKind kind, String ownerDepartment,
            String ownerPerson, LocalDate dueDate, int workingDaysOverdue) {

        static Item of(FindingPromotionPlans.OverdueTask overdue) {
            return new Item(overdue.projectId(), overdue.task().taskId(), overdue.task().title(),
                    overdue.task().kind(), overdue.task().ownerDepartment(), overdue.task().ownerPerson(),
                    overdue.task().dueDate(), overdue.workingDaysOverdue());
        }
    }
}
