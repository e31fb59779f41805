package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/**
 * The department a ticket is handed to (交办) and its handler; an automatic ticket is handed to the department
 * alone, and the officer who starts on it becomes its handler.
 */
public record Assignment(String department, String handler, LocalDate assignedOn, String assignedBy) {

    Assignment handledBy(String officer) {
        return new Assignment(department, officer, assignedOn, assignedBy);
    }
}
