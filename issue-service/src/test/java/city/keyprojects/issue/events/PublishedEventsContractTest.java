package city.keyprojects.issue.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.keyprojects.issue.tickets.domain.ApprovalOrigin;
import city.keyprojects.issue.tickets.domain.Attachment;
import city.keyprojects.issue.tickets.domain.ConfirmationWindow;
import city.keyprojects.issue.tickets.domain.ProblemReport;
import city.keyprojects.issue.tickets.domain.Reporter;
import city.keyprojects.issue.tickets.domain.Severity;
import city.keyprojects.issue.tickets.domain.Ticket;
import city.keyprojects.issue.tickets.domain.TicketCategory;
import city.keyprojects.issue.tickets.domain.TicketEvent;
import city.keyprojects.issue.visits.domain.SiteVisit;
import city.keyprojects.issue.visits.domain.VisitEvent;
import city.keyprojects.issue.visits.domain.VisitKind;
import city.keyprojects.issue.visits.domain.VisitProblem;
import city.keyprojects.issue.visits.domain.VisitReport;
import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.PublishedEvent;
import city.keyprojects.platform.json.StrictJson;
import city.keyprojects.platform.testing.AsyncApiContract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider side of the event contract: every event issue-service publishes, as its outbox writes it, fits the
 * schema {@code docs/events/asyncapi.yaml} gives its type, with no field the document does not declare. The events
 * come from running tickets and a visit through the domain, so the nulls and empty lists are the real ones.
 */
class PublishedEventsContractTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    private static final String PROJECT = "7d1c2f3e-0a4b-4f5c-8d9e-1a2b3c4d5e6f";
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);
    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();
    private static final EventCodec CODEC = codecAsTheServiceBuildsIt();

    private static List<PublishedEvent> published;

    @BeforeAll
    static void runTicketsAndAVisitThroughTheDomain() {
        published = new ArrayList<>();
        Ticket ticket = record(Ticket.report("T-1", PROJECT, "经开区连接器产业园项目",
                new ProblemReport(TicketCategory.ROAD_ACCESS, Severity.SERIOUS, "施工便道未打通", "重型车辆无法进场",
                        List.of(new Attachment("现场照片", "https://files.example.gov.cn/p/1.jpg"))),
                new Reporter("enterprise", "ENTERPRISE", "91350100M000100Y43"), MONDAY, at(MONDAY), CALENDAR));
        ticket = record(ticket.assign("jtj", "jtj-officer", "centre", MONDAY, at(MONDAY)));
        ticket = record(ticket.startHandling("jtj-officer", MONDAY.plusDays(1), at(MONDAY.plusDays(1))));
        ticket = record(ticket.requestInformation("请提供道路红线图", "jtj-officer", MONDAY.plusDays(1),
                at(MONDAY.plusDays(1))));
        ticket = record(ticket.provideInformation("已上传", "enterprise", MONDAY.plusDays(3), at(MONDAY.plusDays(3)),
                CALENDAR));
        LocalDate late = LocalDate.of(2026, 4, 3);
        ticket = record(ticket.passTime(late, at(late), CALENDAR, new ConfirmationWindow(5), "王副市长"));
        ticket = record(ticket.answer("道路已硬化", "jtj-officer", late, at(late), CALENDAR));
        ticket = record(ticket.reopen("仍无法通行", "enterprise", late, at(late), CALENDAR));
        ticket = record(ticket.answer("道路已通车", "jtj-officer", late, at(late), CALENDAR));
        record(ticket.confirm(5, "满意", "enterprise", late, at(late)));

        Ticket automatic = record(Ticket.openForOverdueApproval(PROJECT, "经开区连接器产业园项目",
                new ApprovalOrigin(PROJECT + "-stage3-1", "CONSTRUCTION_PERMIT", "CONSTRUCTION_PERMIT_ISSUE",
                        "建筑工程施工许可证核发", MONDAY), "spj", "行政审批服务局", MONDAY, at(MONDAY), CALENDAR));
        automatic = record(automatic.startHandling("spj-officer", MONDAY, at(MONDAY)));
        automatic = record(automatic.answer("已核发", "spj-officer", MONDAY, at(MONDAY), CALENDAR));
        LocalDate silent = LocalDate.of(2026, 3, 30);
        record(automatic.passTime(silent, at(silent), CALENDAR, new ConfirmationWindow(5), null));

        SiteVisit.Result visit = SiteVisit.log("V-1", new VisitReport(VisitKind.SITE_VISIT, List.of(PROJECT),
                MONDAY, "leader", null, List.of("王副市长"), "现场协调道路进场", List.of(new VisitProblem("道路未通", "T-1")),
                List.of()), "leader", MONDAY, at(MONDAY));
        published.addAll(visit.events());
    }

    @Test
    void the_scenario_publishes_every_kind_of_issue_event() {
        Set<Class<?>> kinds = published.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(allKinds());
    }

    @Test
    void every_issue_event_type_has_a_message_in_the_asyncapi_document() {
        Set<String> types = published.stream().map(PublishedEvent::type).collect(Collectors.toSet());
        assertThat(CONTRACT.types()).containsAll(types);
    }

    @Test
    void every_published_event_fits_its_documented_schema_and_declares_every_field() {
        List<String> problems = new ArrayList<>();
        for (PublishedEvent event : published) {
            CONTRACT.dataViolations(event.type(), CODEC.toTree(event))
                    .forEach(problem -> problems.add(event.type() + " " + problem));
        }
        assertThat(problems).as("events that do not fit docs/events/asyncapi.yaml").isEmpty();
    }

    @Test
    void every_documented_issue_example_fits_its_own_schema() {
        for (String type : published.stream().map(PublishedEvent::type).collect(Collectors.toSet())) {
            JsonNode example = CODEC.decode(CONTRACT.exampleBytes(type)).data();
            assertThat(CONTRACT.dataViolations(type, example)).as("example of %s", type).isEmpty();
        }
    }

    private static Class<?>[] allKinds() {
        return Stream.concat(Arrays.stream(TicketEvent.class.getPermittedSubclasses()),
                Arrays.stream(VisitEvent.class.getPermittedSubclasses())).toArray(Class<?>[]::new);
    }

    private static Ticket record(Ticket.Result result) {
        published.addAll(result.events());
        return result.ticket();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(PlatformAutoConfiguration.CITY_ZONE).toInstant();
    }

    private static EventCodec codecAsTheServiceBuildsIt() {
        JsonMapper.Builder builder = JsonMapper.builder();
        StrictJson.customizer().customize(builder);
        return new EventCodec(builder.build());
    }
}
