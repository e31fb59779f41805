package city.keyprojects.approval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.keyprojects.approval.cases.domain.ApplicationForm;
import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.approval.cases.domain.ApprovalEvent;
import city.keyprojects.approval.cases.domain.Decision;
import city.keyprojects.approval.cases.domain.DecisionCommand;
import city.keyprojects.approval.cases.domain.StageCompleted;
import city.keyprojects.approval.catalogue.domain.ApprovalCatalogue;
import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.catalogue.domain.CatalogueItem;
import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.json.StrictJson;
import city.keyprojects.platform.testing.AsyncApiContract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The provider side of the event contract: every event approval-service publishes, as its outbox writes it, fits
 * the schema {@code docs/events/asyncapi.yaml} gives its type, with no field the document does not declare. The
 * events come from running cases through the domain (acceptances with deficiencies, corrections, suspensions,
 * returns, overdue escalation, approvals on commitment and their verification, joint acceptance), so the nulls and
 * empty lists are the real ones.
 */
class PublishedEventsContractTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    private static final String PROJECT = "7d1c2f3e-0a4b-4f5c-8d9e-1a2b3c4d5e6f";
    private static final String PROJECT_NAME = "经开区连接器产业园项目";
    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
    private static final ApplicationForm FORM = new ApplicationForm("王工", "0816-1234567", "新建厂房6栋",
            "经开区三江大道88号", List.of("https://docs.example.cn/a.pdf"));
    private static final ApprovalCatalogue CATALOGUE = new ApprovalCatalogue(1, List.of(
            item("CONSTRUCTION_PROJECT_PLANNING_PERMIT", ApprovalStage.ENGINEERING_CONSTRUCTION_PERMIT, "zrj", 10),
            item("ENVIRONMENTAL_IMPACT_APPROVAL", ApprovalStage.ENGINEERING_CONSTRUCTION_PERMIT, "sthj", 10),
            item("CONSTRUCTION_DRAWING_REVIEW", ApprovalStage.CONSTRUCTION_PERMIT, "zjj", 10),
            item("FIRE_DESIGN_REVIEW", ApprovalStage.CONSTRUCTION_PERMIT, "xfsy", 10),
            item("CIVIL_AIR_DEFENCE_REVIEW", ApprovalStage.CONSTRUCTION_PERMIT, "rfb", 5),
            item("CONSTRUCTION_PERMIT_ISSUE", ApprovalStage.CONSTRUCTION_PERMIT, "spj", 2),
            item("PLANNING_CHECK", ApprovalStage.COMPLETION_ACCEPTANCE, "zrj", 5),
            item("FIRE_ACCEPTANCE", ApprovalStage.COMPLETION_ACCEPTANCE, "xfsy", 5)),
            5, Instant.parse("2026-01-05T00:00:00Z"), "system", "测试目录");

    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();
    private static final EventCodec CODEC = codecAsTheServiceBuildsIt();

    private static List<ApprovalEvent> published;

    @BeforeAll
    static void runCasesThroughTheDomain() {
        published = new ArrayList<>();
        constructionPermitWithEveryHitch();
        engineeringPermitReturnedThenRejected();
        jointAcceptanceRejected();
    }

    @Test
    void the_scenario_publishes_every_kind_of_approval_event() {
        Set<Class<?>> kinds = published.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(ApprovalEvent.class.getPermittedSubclasses());
    }

    @Test
    void every_approval_event_type_has_a_message_in_the_asyncapi_document() {
        Map<Class<?>, String> typeOfKind = new LinkedHashMap<>();
        published.forEach(event -> typeOfKind.putIfAbsent(event.getClass(), event.type()));
        for (Class<?> kind : ApprovalEvent.class.getPermittedSubclasses()) {
            assertThat(typeOfKind).as("an event of %s was published", kind.getSimpleName()).containsKey(kind);
            assertThat(CONTRACT.types()).as("%s documented", typeOfKind.get(kind)).contains(typeOfKind.get(kind));
        }
    }

    @Test
    void every_published_event_fits_its_documented_schema_and_declares_every_field() {
        List<String> problems = new ArrayList<>();
        for (ApprovalEvent event : published) {
            CONTRACT.dataViolations(event.type(), CODEC.toTree(event))
                    .forEach(problem -> problems.add(event.type() + " " + problem));
        }
        assertThat(problems).as("events that do not fit docs/events/asyncapi.yaml").isEmpty();
    }

    @Test
    void every_documented_approval_example_fits_its_own_schema() {
        Set<String> types = Arrays.stream(ApprovalEvent.class.getPermittedSubclasses())
                .map(kind -> published.stream().filter(kind::isInstance).findFirst().orElseThrow().type())
                .collect(Collectors.toSet());
        for (String type : types) {
            JsonNode example = CODEC.decode(CONTRACT.exampleBytes(type)).data();
            assertThat(CONTRACT.dataViolations(type, example)).as("example of %s", type).isEmpty();
        }
    }

    @Test
    void the_check_refuses_a_missing_field_an_undeclared_one_a_bad_date_and_an_unknown_enum_value() {
        StageCompleted completed = published.stream().filter(StageCompleted.class::isInstance)
                .map(StageCompleted.class::cast).findFirst().orElseThrow();
        ObjectNode data = (ObjectNode) CODEC.toTree(completed);
        data.remove("stage");
        data.put("approvedBy", "zjj");
        data.put("completedOn", "2026/03/12");
        ((ObjectNode) data.get("items").get(0)).put("state", "WITHDRAWN");

        assertThat(CONTRACT.dataViolations(completed.type(), data)).containsExactlyInAnyOrder(
                "data.stage: required but missing",
                "data.completedOn: \"2026/03/12\" is not a date yyyy-MM-dd",
                "data.items[0].state: \"WITHDRAWN\" is not one of " + "[\"SUBMITTED\",\"ACCEPTED\","
                        + "\"ACCEPTED_WITH_DEFICIENCIES\",\"SUSPENDED\",\"RETURNED_FOR_CORRECTION\",\"RETURNED\","
                        + "\"APPROVED\",\"APPROVED_ON_COMMITMENT\",\"REJECTED\",\"REVOKED\"]",
                "data.approvedBy: not declared in the schema");
    }

    /**
     * Construction permit: accepted with deficiencies then suspended and cured, returned for correction and
     * resubmitted, an item overdue through all three levels, approvals on commitment (one kept, one breached after
     * the stage completed).
     */
    private static void constructionPermitWithEveryHitch() {
        ApprovalCase c = record(ApprovalCase.open(PROJECT, PROJECT_NAME, ApprovalStage.CONSTRUCTION_PERMIT, 1,
                CATALOGUE, new ApprovalCase.Applicant("91350100M000100Y43", "绵阳某连接器公司", "enterprise", false),
                FORM, OPENED, CALENDAR));
        LocalDate day = OPENED.plusDays(1);
        c = decide(c, "CONSTRUCTION_DRAWING_REVIEW", new DecisionCommand(Decision.ACCEPT_WITH_DEFICIENCIES, null,
                List.of("岩土工程勘察报告"), LocalDate.of(2026, 3, 4), null, null, true), day);
        c = decide(c, "FIRE_DESIGN_REVIEW", new DecisionCommand(Decision.RETURN_FOR_CORRECTION,
                "消防车道宽度不足4米，请修改总平面图。", List.of(), null, null, null, false), day);
        c = decide(c, "CIVIL_AIR_DEFENCE_REVIEW", new DecisionCommand(Decision.APPROVE_ON_COMMITMENT, null, List.of(),
                null, "人防工程按审查合格的图纸施工", LocalDate.of(2026, 6, 30), false), day);
        c = decide(c, "CONSTRUCTION_PERMIT_ISSUE", DecisionCommand.of(Decision.ACCEPT), day);

        c = passTime(c, LocalDate.of(2026, 3, 6));
        day = LocalDate.of(2026, 3, 9);
        c = record(c.resubmit("FIRE_DESIGN_REVIEW", version(c, "FIRE_DESIGN_REVIEW"), "已修改总平面图", "enterprise",
                day, at(day), CALENDAR));
        day = LocalDate.of(2026, 3, 10);
        c = record(c.cureDeficiencies("CONSTRUCTION_DRAWING_REVIEW", version(c, "CONSTRUCTION_DRAWING_REVIEW"), null,
                "enterprise", day, at(day), CALENDAR));
        c = passTime(c, LocalDate.of(2026, 3, 11));

        day = LocalDate.of(2026, 3, 12);
        c = decide(c, "CONSTRUCTION_DRAWING_REVIEW", new DecisionCommand(Decision.APPROVE, "审查合格。", List.of(), null,
                null, null, false), day);
        c = decide(c, "FIRE_DESIGN_REVIEW", new DecisionCommand(Decision.APPROVE_ON_COMMITMENT, null, List.of(), null,
                "消防设施按设计施工", LocalDate.of(2026, 9, 30), false), day);
        c = decide(c, "CONSTRUCTION_PERMIT_ISSUE", DecisionCommand.of(Decision.APPROVE), day);

        day = LocalDate.of(2026, 6, 30);
        c = record(c.verifyCommitment("FIRE_DESIGN_REVIEW", version(c, "FIRE_DESIGN_REVIEW"), true, "现场核查合格。",
                "xfsy-officer", day, at(day), CALENDAR));
        record(c.verifyCommitment("CIVIL_AIR_DEFENCE_REVIEW", version(c, "CIVIL_AIR_DEFENCE_REVIEW"), false,
                "人防地下室面积较审查合格图纸减少1200平方米。", "rfb-officer", day, at(day), CALENDAR));
    }

    /** Engineering permit, filed by the officer for an enterprise not registered: an item returned after a suspension, resubmitted, rejected. */
    private static void engineeringPermitReturnedThenRejected() {
        ApprovalCase c = record(ApprovalCase.open(PROJECT, PROJECT_NAME, ApprovalStage.ENGINEERING_CONSTRUCTION_PERMIT,
                1, CATALOGUE, new ApprovalCase.Applicant(null, null, "officer", true), FORM, OPENED, CALENDAR));
        LocalDate day = OPENED.plusDays(1);
        c = decide(c, "CONSTRUCTION_PROJECT_PLANNING_PERMIT", DecisionCommand.of(Decision.ACCEPT), day);
        c = decide(c, "CONSTRUCTION_PROJECT_PLANNING_PERMIT", DecisionCommand.of(Decision.APPROVE), day);
        c = decide(c, "ENVIRONMENTAL_IMPACT_APPROVAL", new DecisionCommand(Decision.ACCEPT_WITH_DEFICIENCIES, null,
                List.of("环境影响报告书专家评审意见"), LocalDate.of(2026, 3, 5), null, null, false), day);
        c = passTime(c, LocalDate.of(2026, 4, 1));
        day = LocalDate.of(2026, 4, 2);
        c = record(c.resubmit("ENVIRONMENTAL_IMPACT_APPROVAL", version(c, "ENVIRONMENTAL_IMPACT_APPROVAL"), null,
                "officer", day, at(day), CALENDAR));
        decide(c, "ENVIRONMENTAL_IMPACT_APPROVAL", new DecisionCommand(Decision.REJECT,
                "项目位于饮用水水源二级保护区内。", List.of(), null, null, null, false), LocalDate.of(2026, 4, 3));
    }

    /** Completion acceptance: one joint inspection, then one department approves and another rejects. */
    private static void jointAcceptanceRejected() {
        ApprovalCase c = record(ApprovalCase.open(PROJECT, PROJECT_NAME, ApprovalStage.COMPLETION_ACCEPTANCE, 1,
                CATALOGUE, new ApprovalCase.Applicant("91350100M000100Y43", "绵阳某连接器公司", "enterprise", false),
                FORM, OPENED, CALENDAR));
        LocalDate inspection = LocalDate.of(2026, 3, 5);
        c = record(c.scheduleJointInspection(0, inspection, "项目现场", OPENED));
        c = decide(c, "PLANNING_CHECK", DecisionCommand.of(Decision.ACCEPT), OPENED);
        c = decide(c, "FIRE_ACCEPTANCE", DecisionCommand.of(Decision.ACCEPT), OPENED);
        c = decide(c, "PLANNING_CHECK", new DecisionCommand(Decision.APPROVE, "规划条件核实合格。", List.of(), null, null,
                null, false), inspection);
        decide(c, "FIRE_ACCEPTANCE", new DecisionCommand(Decision.REJECT, "消防水泵房未按图施工。", List.of(), null, null,
                null, false), inspection);
    }

    private static ApprovalCase decide(ApprovalCase c, String item, DecisionCommand command, LocalDate day) {
        return record(c.decide(item, version(c, item), command, "officer-of-" + item, day, at(day), CALENDAR));
    }

    private static ApprovalCase passTime(ApprovalCase c, LocalDate day) {
        return record(c.passTime(day, at(day), CALENDAR));
    }

    private static ApprovalCase record(ApprovalCase.Result result) {
        published.addAll(result.events());
        return result.approvalCase();
    }

    private static long version(ApprovalCase c, String item) {
        return c.item(item).orElseThrow().version();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(PlatformAutoConfiguration.CITY_ZONE).toInstant();
    }

    private static CatalogueItem item(String code, ApprovalStage stage, String department, int limit) {
        return new CatalogueItem(code, code + "（中文名）", code, stage, department, department + "（部门）", limit);
    }

    /** The codec as the platform configures the service's: its JsonMapper with the strict-JSON customization. */
    private static EventCodec codecAsTheServiceBuildsIt() {
        JsonMapper.Builder builder = JsonMapper.builder();
        StrictJson.customizer().customize(builder);
        return new EventCodec(builder.build());
    }
}
