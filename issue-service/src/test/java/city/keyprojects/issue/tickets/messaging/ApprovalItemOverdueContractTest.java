package city.keyprojects.issue.tickets.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import city.keyprojects.issue.tickets.domain.Ticket;
import city.keyprojects.issue.tickets.web.UsingTheIssueApi;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The consumer side of {@code approval.item-overdue}: the example {@code docs/events/asyncapi.yaml} documents, as
 * approval-service publishes it, opens one supervised approval ticket for the item's department and project —
 * however often it is delivered, and when the item reaches the next escalation level too. Only the ids are made
 * fresh, so that the example's project is one this test knows.
 */
class ApprovalItemOverdueContractTest extends UsingTheIssueApi {

    @Test
    void an_overdue_approval_delivered_twice_and_raised_a_level_opens_one_supervised_ticket_for_its_department() {
        String projectId = api.knownProject();
        EventEnvelope overdue = overdue(projectId, 1, "DEPARTMENT_HEAD", 0);
        EventEnvelope raised = overdue(projectId, 2, "RESPONSIBLE_LEADER", 1);
        String caseId = overdue.aggregateid();

        try (ForeignEvents approvals = new ForeignEvents(codec)) {
            approvals.publish("approval.events.v1", overdue);
            approvals.publish("approval.events.v1", overdue);
            approvals.publish("approval.events.v1", raised);
        }

        String itemCode = overdue.data().get("itemCode").asString();
        String ticketId = Ticket.idForOverdueApproval(caseId, itemCode);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.as(TestIdentity.CENTRE).get()
                .uri("/api/issues/tickets/{id}", ticketId).exchange().expectStatus().isOk());
        JsonNode ticket = api.ticket(ticketId);
        assertThat(ticket.get("source").asString()).isEqualTo("APPROVAL_OVERDUE");
        assertThat(ticket.get("category").asString()).isEqualTo("APPROVAL");
        assertThat(ticket.get("step").asString()).isEqualTo("ASSIGNED");
        assertThat(ticket.get("assignment").get("department").asString())
                .isEqualTo(overdue.data().get("department").asString());
        assertThat(ticket.get("supervised").asBoolean()).isTrue();
        assertThat(ticket.get("origin").get("itemCode").asString()).isEqualTo(itemCode);

        assertThat(api.exactlyEvents(projectId, event -> ticketId.equals(event.aggregateid()), 3))
                .extracting(EventEnvelope::type)
                .containsExactly("issue.ticket-reported", "issue.ticket-assigned", "issue.ticket-supervised");
        JsonNode listed = api.get(TestIdentity.CENTRE, "/api/issues/projects/{id}/tickets", projectId);
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        // The project's owner speaks for an automatic ticket: it sees it among its own.
        JsonNode mine = api.get(TestIdentity.ENTERPRISE, "/api/issues/projects/{id}/tickets", projectId);
        assertThat(mine.get("items")).extracting(item -> item.get("ticketId").asString())
                .isEqualTo(List.of(ticketId));
    }

    /** The documented example at this escalation level, the case's event {@code later} after the example's. */
    private EventEnvelope overdue(String projectId, int level, String escalatedTo, int later) {
        EventEnvelope example = AsyncApiContract.ofRepository().exampleOfProject(codec, "approval.item-overdue",
                projectId);
        ((ObjectNode) example.data()).put("caseId", example.aggregateid()).put("level", level)
                .put("escalatedTo", escalatedTo);
        return ForeignEvents.renumbered(example, example.aggregateid(), example.sequence() + later);
    }
}
