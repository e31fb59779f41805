package city.keyprojects.approval.cases.web;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.cases.application.FindingApprovals;
import city.keyprojects.platform.calendar.WorkingDayCalendar;

/** A page of items from several cases (a department's queue, the overdue list), each with its case's identity. */
record QueuePage(String department, LocalDate asOf, List<Entry> items, int page, int size, long total) {

    record Entry(String caseId, String projectId, String projectName, ApprovalStage stage, ItemView item) {
    }

    static QueuePage of(String department, FindingApprovals.Page<FindingApprovals.CaseItem> found, LocalDate asOf,
            WorkingDayCalendar calendar, int page, int size) {
        return new QueuePage(department, asOf, found.items().stream().map(entry -> new Entry(
                entry.approvalCase().id(), entry.approvalCase().state().projectId(),
                entry.approvalCase().state().projectName(), entry.approvalCase().state().stage(),
                ItemView.of(entry.approvalCase().state(), entry.item(), asOf, calendar))).toList(),
                page, size, found.total());
    }
}
