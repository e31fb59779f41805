package city.keyprojects.issue.tickets.domain;

import static city.keyprojects.issue.tickets.domain.TicketStory.CALENDAR;
import static city.keyprojects.issue.tickets.domain.TicketStory.ENTERPRISE;
import static city.keyprojects.issue.tickets.domain.TicketStory.PROJECT;
import static city.keyprojects.issue.tickets.domain.TicketStory.PROJECT_NAME;
import static city.keyprojects.issue.tickets.domain.TicketStory.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AutomaticApprovalTicketTest {

    /** Opened Tue 2025-09-30; an urgent approval problem has 2 working days: 10-09, 10-10 after National Day. */
    private static final LocalDate OPENED = LocalDate.of(2025, 9, 30);
    private static final LocalDate DUE = LocalDate.of(2025, 10, 10);
    private static final ApprovalOrigin ORIGIN = new ApprovalOrigin("case-42", "CONSTRUCTION", "ZJJ-07",
            "建筑工程施工许可", LocalDate.of(2025, 9, 26));

    private static TicketStory opened() {
        return TicketStory.of(Ticket.openForOverdueApproval(PROJECT, PROJECT_NAME, ORIGIN, "zjj", "市住房和城乡建设局",
                OPENED, at(OPENED), CALENDAR));
    }

    @Test
    void the_ticket_of_an_overdue_approval_item_is_named_after_its_case_and_item_so_a_redelivery_finds_it() {
        assertThat(opened().ticket().ticketId()).isEqualTo("approval-case-42-ZJJ-07")
                .isEqualTo(Ticket.idForOverdueApproval("case-42", "ZJJ-07"))
                .isEqualTo(opened().ticket().ticketId());
        assertThat(Ticket.idForOverdueApproval("case-42", "ZJJ-08"))
                .isNotEqualTo(Ticket.idForOverdueApproval("case-43", "ZJJ-07"))
                .isNotEqualTo(opened().ticket().ticketId());
    }

    @Test
    void it_is_an_urgent_approval_problem_reported_by_the_system_handed_to_the_department_and_supervised_at_once() {
        Ticket ticket = opened().ticket();

        assertThat(ticket.projectId()).isEqualTo(PROJECT);
        assertThat(ticket.source()).isEqualTo(TicketSource.APPROVAL_OVERDUE);
        assertThat(ticket.origin()).isEqualTo(ORIGIN);
        assertThat(ticket.reporter()).isEqualTo(Reporter.SYSTEM);
        assertThat(ticket.reporter().isSystem()).isTrue();
        assertThat(ENTERPRISE.isSystem()).isFalse();
        assertThat(ticket.category()).isEqualTo(TicketCategory.APPROVAL);
        assertThat(ticket.severity()).isEqualTo(Severity.URGENT);
        assertThat(ticket.title()).contains("建筑工程施工许可").contains("市住房和城乡建设局");
        assertThat(ticket.description()).contains("case-42").contains("ZJJ-07");
        assertThat(ticket.step()).isEqualTo(TicketStep.ASSIGNED);
        assertThat(ticket.assignment()).isEqualTo(new Assignment("zjj", null, OPENED, Reporter.SYSTEM.userId()));
        assertThat(ticket.clock().limitWorkingDays()).isEqualTo(2);
        assertThat(ticket.clock().dueDate()).isEqualTo(DUE);
        assertThat(ticket.supervised()).isTrue();
        assertThat(ticket.supervisedOn()).isEqualTo(OPENED);
        assertThat(ticket.activities()).extracting(TicketActivity::action)
                .containsExactly("REPORTED", "ASSIGNED", "SUPERVISED");
    }

    @Test
    void opening_it_publishes_reported_assigned_and_supervised() {
        TicketStory story = opened();
        String id = story.ticket().ticketId();

        assertThat(story.events()).containsExactly(
                new TicketReported(id, PROJECT, PROJECT_NAME, TicketCategory.APPROVAL, Severity.URGENT,
                        story.ticket().title(), TicketSource.APPROVAL_OVERDUE, "SYSTEM", OPENED, 2, DUE, ORIGIN),
                new TicketAssigned(id, PROJECT, TicketCategory.APPROVAL, "zjj", null, null, OPENED, DUE),
                new TicketSupervised(id, PROJECT, PROJECT_NAME, TicketCategory.APPROVAL, "zjj", "APPROVAL_OVERDUE",
                        OPENED));
    }

    @Test
    void the_officer_who_starts_on_it_becomes_its_handler() {
        TicketStory story = opened().startedBy("officer-zjj-3", LocalDate.of(2025, 10, 9));

        assertThat(story.ticket().step()).isEqualTo(TicketStep.IN_PROGRESS);
        assertThat(story.ticket().assignment()).extracting(Assignment::department, Assignment::handler)
                .containsExactly("zjj", "officer-zjj-3");
        assertThat(story.onlyEvent(TicketHandlingStarted.class).handler()).isEqualTo("officer-zjj-3");
    }

    @Test
    void reaching_the_city_level_does_not_list_it_for_supervision_a_second_time() {
        // Due 10-10; 10-11 (1, 调休), 10-13 .. 10-16 (5).
        TicketStory story = opened().timePassed(LocalDate.of(2025, 10, 16));

        assertThat(story.events()).hasSize(3).allSatisfy(event -> assertThat(event)
                .isInstanceOf(TicketEscalated.class));
        assertThat(story.events()).extracting(e -> ((TicketEscalated) e).notified())
                .containsExactly("zjj", TicketStory.LEADER, Ticket.CITY);
        assertThat(story.ticket().supervisedOn()).isEqualTo(OPENED);
        assertThat(story.ticket().escalationLevel()).isEqualTo(3);
    }
}
