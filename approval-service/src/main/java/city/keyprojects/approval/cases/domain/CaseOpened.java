package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** A stage was opened for a project: one form (一张表单) for all its items, every item in its department's queue at once. {@code agent} is true when the project officer filed it for the enterprise (代办). */
public record CaseOpened(String caseId, String projectId, String projectName, ApprovalStage stage, int attempt,
        long catalogueVersion, String applicantCreditCode, String applicantName, boolean agent, LocalDate openedOn,
        boolean jointAcceptance, List<OpenedItem> items) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.case-opened";
    }
}
