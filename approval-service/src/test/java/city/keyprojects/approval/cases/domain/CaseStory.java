package city.keyprojects.approval.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import city.keyprojects.approval.catalogue.domain.ApprovalCatalogue;
import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.catalogue.domain.CatalogueItem;
import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.calendar.WorkingDayClock;

/**
 * A case told as a story for the domain tests: each step takes the item's current version and the day it happens,
 * keeps the new state and remembers the events of the last step.
 */
final class CaseStory {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

    static final String PERMIT = "CP_PERMIT";
    static final String FIRE = "CP_FIRE_DESIGN";
    static final String AIR_DEFENCE = "CP_AIR_DEFENCE";
    static final String SITE_PLAN = "CP_SITE_PLAN";
    static final String JOINT_QUALITY = "CA_QUALITY";
    static final String JOINT_FIRE = "CA_FIRE";
    static final String JOINT_AIR_DEFENCE = "CA_AIR_DEFENCE";
    static final String JOINT_PLANNING = "CA_PLANNING";
    static final String PROJECT_APPROVAL = "PA_APPROVAL";

    /** Construction permit: four departments with limits of 10, 10, 5 and 2 working days; joint acceptance: 5. */
    static final ApprovalCatalogue CATALOGUE = new ApprovalCatalogue(7, List.of(
            item(PERMIT, ApprovalStage.CONSTRUCTION_PERMIT, "zjj", "住房和城乡建设局", 10),
            item(FIRE, ApprovalStage.CONSTRUCTION_PERMIT, "xfsy", "消防审验中心", 10),
            item(AIR_DEFENCE, ApprovalStage.CONSTRUCTION_PERMIT, "rfb", "人民防空办公室", 5),
            item(SITE_PLAN, ApprovalStage.CONSTRUCTION_PERMIT, "spj", "行政审批局", 2),
            item(JOINT_QUALITY, ApprovalStage.COMPLETION_ACCEPTANCE, "zjj", "住房和城乡建设局", 15),
            item(JOINT_FIRE, ApprovalStage.COMPLETION_ACCEPTANCE, "xfsy", "消防审验中心", 12),
            item(JOINT_AIR_DEFENCE, ApprovalStage.COMPLETION_ACCEPTANCE, "rfb", "人民防空办公室", 10),
            item(JOINT_PLANNING, ApprovalStage.COMPLETION_ACCEPTANCE, "zrj", "自然资源和规划局", 10),
            item(PROJECT_APPROVAL, ApprovalStage.PROJECT_APPROVAL_AND_LAND_USE, "fgw", "发展和改革委员会", 5)),
            5, Instant.parse("2025-01-02T00:00:00Z"), "system", "test catalogue");

    static final ApprovalCase.Applicant ENTERPRISE = new ApprovalCase.Applicant("91310000MA1K000001", "星河建设有限公司",
            "enterprise-user", false);
    static final ApplicationForm FORM = new ApplicationForm("李工", "13800000000", "综合楼", "滨江路 1 号",
            List.of("doc://a"));

    ApprovalCase approvalCase;
    List<ApprovalEvent> events;

    private CaseStory(ApprovalCase.Result opened) {
        apply(opened);
    }

    static CaseStory opened(ApprovalStage stage, LocalDate day) {
        return new CaseStory(open(stage, day, ENTERPRISE));
    }

    static ApprovalCase.Result open(ApprovalStage stage, LocalDate day, ApprovalCase.Applicant applicant) {
        return ApprovalCase.open("P-1", "滨江综合楼", stage, 1, CATALOGUE, applicant, FORM, day, CALENDAR);
    }

    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(PlatformAutoConfiguration.CITY_ZONE).toInstant();
    }

    CaseStory decide(String code, DecisionCommand command, LocalDate day) {
        return apply(approvalCase.decide(code, version(code), command, "officer", day, at(day), CALENDAR));
    }

    CaseStory resubmit(String code, LocalDate day) {
        return apply(approvalCase.resubmit(code, version(code), "corrected", "enterprise-user", day, at(day),
                CALENDAR));
    }

    CaseStory cure(String code, LocalDate day) {
        return apply(approvalCase.cureDeficiencies(code, version(code), "delivered", "enterprise-user", day,
                at(day), CALENDAR));
    }

    CaseStory verify(String code, boolean passed, LocalDate day) {
        return apply(approvalCase.verifyCommitment(code, version(code), passed, passed ? "kept" : "not kept",
                "officer", day, at(day), CALENDAR));
    }

    CaseStory inspection(LocalDate date, LocalDate day) {
        int seen = approvalCase.jointInspection() == null ? 0 : approvalCase.jointInspection().revision();
        return apply(approvalCase.scheduleJointInspection(seen, date, "site", day));
    }

    CaseStory passTime(LocalDate day) {
        return apply(approvalCase.passTime(day, at(day), CALENDAR));
    }

    /** Every item of the case approved on {@code day} (accepted first where needed). */
    CaseStory approveAll(LocalDate day) {
        for (ApprovalItem item : approvalCase.items()) {
            if (item.state() == ItemState.SUBMITTED) {
                decide(item.code(), accept(), day);
            }
            if (!item(item.code()).state().isFinal()) {
                decide(item.code(), approve(), day);
            }
        }
        return this;
    }

    ApprovalItem item(String code) {
        return approvalCase.item(code).orElseThrow();
    }

    WorkingDayClock clock(String code) {
        return approvalCase.clockOf(item(code));
    }

    long version(String code) {
        return item(code).version();
    }

    <T extends ApprovalEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The last step's events but the overdue reports, which the other items of a case bring as time passes. */
    List<ApprovalEvent> eventsButOverdue() {
        return events.stream().filter(event -> !(event instanceof ItemOverdue)).toList();
    }

    <T extends ApprovalEvent> T event(Class<T> type) {
        List<T> found = events(type);
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + " but got " + events);
        }
        return found.get(0);
    }

    private CaseStory apply(ApprovalCase.Result result) {
        approvalCase = result.approvalCase();
        events = result.events();
        return this;
    }

    static DecisionCommand accept() {
        return DecisionCommand.of(Decision.ACCEPT);
    }

    static DecisionCommand acceptWithDeficiencies(LocalDate cureDeadline, String... missing) {
        return new DecisionCommand(Decision.ACCEPT_WITH_DEFICIENCIES, null, List.of(missing), cureDeadline, null,
                null, false);
    }

    static DecisionCommand returnForCorrection(String reasons) {
        return new DecisionCommand(Decision.RETURN_FOR_CORRECTION, reasons, List.of(), null, null, null, false);
    }

    static DecisionCommand approve() {
        return DecisionCommand.of(Decision.APPROVE);
    }

    static DecisionCommand approveOnCommitment(String obligation, LocalDate verificationDeadline) {
        return new DecisionCommand(Decision.APPROVE_ON_COMMITMENT, null, List.of(), null, obligation,
                verificationDeadline, false);
    }

    static DecisionCommand reject(String reasons) {
        return new DecisionCommand(Decision.REJECT, reasons, List.of(), null, null, null, false);
    }

    private static CatalogueItem item(String code, ApprovalStage stage, String department, String departmentName,
            int limit) {
        return new CatalogueItem(code, code + " 名称", code + " name", stage, department, departmentName, limit);
    }
}
