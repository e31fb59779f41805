package city.keyprojects.issue.tickets.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.RuleViolationException;

/**
 * The rules of the closed loop a command can break; each refusal names its rule (listed in docs/problems.md).
 */
public final class TicketRules {

    /** Each step allows only its own moves: assign before handling, handle before answering, answer before closing. */
    public static final String STEP_ALLOWS_IT = "ticket-step-allows-it";
    /** The department asks the reporter one thing at a time. */
    public static final String ONE_QUESTION_AT_A_TIME = "ticket-one-question-at-a-time";
    /** The reporter can only provide information the department asked for. */
    public static final String INFORMATION_WAS_REQUESTED = "ticket-information-was-requested";
    /** A ticket waiting for the reporter's information cannot be answered until it comes. */
    public static final String NOT_WAITING_FOR_REPORTER = "ticket-not-waiting-for-reporter";

    private TicketRules() {
    }

    static void requireStep(Ticket ticket, String action, TicketStep... allowed) {
        Set<TicketStep> steps = Set.of(allowed);
        if (!steps.contains(ticket.step())) {
            throw new RuleViolationException(STEP_ALLOWS_IT, "A ticket in step " + ticket.step() + " cannot be "
                    + action + "; that needs step " + Arrays.stream(allowed).map(Enum::name)
                            .collect(Collectors.joining(" or ")) + ".");
        }
    }

    static void requireNoPendingQuestion(Ticket ticket, String action) {
        if (ticket.pendingQuestion() != null) {
            String rule = "answered".equals(action) ? NOT_WAITING_FOR_REPORTER : ONE_QUESTION_AT_A_TIME;
            throw new RuleViolationException(rule, "Ticket " + ticket.ticketId() + " is waiting for the reporter's"
                    + " answer to: " + ticket.pendingQuestion() + " — it cannot be " + action + " until it comes.");
        }
    }

    static void requireSatisfactionScore(int satisfaction) {
        if (satisfaction < 1 || satisfaction > 5) {
            throw new InvalidInputException("satisfaction", "must be from 1 to 5");
        }
    }

    static void requirePendingQuestion(Ticket ticket) {
        if (ticket.pendingQuestion() == null) {
            throw new RuleViolationException(INFORMATION_WAS_REQUESTED,
                    "The department has asked nothing of the reporter on ticket " + ticket.ticketId() + ".");
        }
    }
}
