package city.keyprojects.approval.cases.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.Stored;

/**
 * A project's approval progress, stage by stage in order: each stage's status ({@code NOT_STARTED}, or its latest
 * case's) and its cases, latest attempt last, with every item's clock.
 */
record ProgressView(String projectId, LocalDate asOf, List<Stage> stages) {

    record Stage(ApprovalStage stage, String stageName, String status, List<CaseView> cases) {
    }

    static ProgressView of(String projectId, List<Stored<ApprovalCase>> cases, LocalDate asOf,
            WorkingDayCalendar calendar) {
        List<Stage> stages = Arrays.stream(ApprovalStage.values()).map(stage -> {
            List<CaseView> ofStage = cases.stream().filter(stored -> stored.state().stage() == stage)
                    .map(stored -> CaseView.of(stored, asOf, calendar)).toList();
            String status = ofStage.isEmpty() ? "NOT_STARTED" : ofStage.get(ofStage.size() - 1).status().name();
            return new Stage(stage, stage.chineseName(), status, ofStage);
        }).toList();
        return new ProgressView(projectId, asOf, stages);
    }
}
