package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

/** An item as a case opened it: its department, the limit its catalogue version set, and its first due date. */
public record OpenedItem(String itemCode, String name, String department, String departmentName,
        int limitWorkingDays, LocalDate dueDate) {
}
