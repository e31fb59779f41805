package city.keyprojects.project.promotion.application;

import java.time.LocalDate;

import org.springframework.data.mongodb.core.query.Criteria;

/** The stored-state criteria of plans with a task overdue on a day, shared by the detector and the list. */
final class OverdueTasks {

    private OverdueTasks() {
    }

    /** Plans with at least one task not done and due before {@code today}. */
    static Criteria overdueOn(LocalDate today) {
        return Criteria.where("state.tasks").elemMatch(openAndDueBefore(today));
    }

    /** Plans with such a task whose overdue has not been published yet. */
    static Criteria unreportedOn(LocalDate today) {
        return Criteria.where("state.tasks").elemMatch(openAndDueBefore(today).and("overdueReported").is(false));
    }

    private static Criteria openAndDueBefore(LocalDate today) {
        return Criteria.where("completedOn").is(null).and("dueDate").lt(today);
    }
}
