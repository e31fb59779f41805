package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/** The overdue approval item an automatic ticket was opened for (one ticket per case and item). */
public record ApprovalOrigin(String caseId, String stage, String itemCode, String itemName, LocalDate itemDueDate) {
}
