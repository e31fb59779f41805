package city.keyprojects.issue.tickets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import city.keyprojects.platform.calendar.WorkingDayCalendar;

/**
 * The figures of a set of tickets (a project's, a department's) as of a day: how many were opened and solved, how
 * many are open, overdue and supervised, the on-time rate and mean working days of the answers, and the
 * reporters' satisfaction. Policy questions (惠企政策咨询) have their own SLA, so they are counted apart as well.
 *
 * @param solved             closed with the reporter's confirmation
 * @param closedUnconfirmed  closed because the reporter did not confirm in time
 * @param onTimeRate         answers given by the due date, of all answers standing (0–1), or null with none
 * @param meanSatisfaction   mean score (1–5) of the confirmations, or null with none
 */
public record TicketStatistics(Figures all, Figures problems, Figures policyQuestions) {

    public record Figures(int opened, int open, int answered, int solved, int closedUnconfirmed, int reopened,
            int overdue, int supervised, BigDecimal onTimeRate, BigDecimal meanWorkingDaysToAnswer,
            BigDecimal meanSatisfaction) {
    }

    public static TicketStatistics of(List<Ticket> tickets, LocalDate today, WorkingDayCalendar calendar) {
        return new TicketStatistics(figures(tickets, today, calendar),
                figures(tickets.stream().filter(t -> t.category() != TicketCategory.POLICY_QUESTION).toList(), today,
                        calendar),
                figures(tickets.stream().filter(t -> t.category() == TicketCategory.POLICY_QUESTION).toList(), today,
                        calendar));
    }

    private static Figures figures(List<Ticket> tickets, LocalDate today, WorkingDayCalendar calendar) {
        int open = 0;
        int answered = 0;
        int solved = 0;
        int unconfirmed = 0;
        int reopened = 0;
        int overdue = 0;
        int supervised = 0;
        int onTime = 0;
        int workingDays = 0;
        int scores = 0;
        int scoreSum = 0;
        for (Ticket ticket : tickets) {
            if (ticket.step().awaitsSolution()) {
                open++;
            }
            if (ticket.answer() != null) {
                answered++;
                workingDays += ticket.answer().workingDaysTaken();
                onTime += ticket.answer().onTime() ? 1 : 0;
            }
            if (ticket.closure() != null) {
                if (ticket.closure().confirmed()) {
                    solved++;
                    if (ticket.closure().satisfaction() != null) {
                        scores++;
                        scoreSum += ticket.closure().satisfaction();
                    }
                } else {
                    unconfirmed++;
                }
            }
            reopened += ticket.reopenCount() > 0 ? 1 : 0;
            overdue += ticket.workingDaysOverdueOn(today, calendar) > 0 ? 1 : 0;
            supervised += ticket.supervised() && ticket.step() != TicketStep.CLOSED ? 1 : 0;
        }
        return new Figures(tickets.size(), open, answered, solved, unconfirmed, reopened, overdue, supervised,
                ratio(onTime, answered, 4), ratio(workingDays, answered, 2), ratio(scoreSum, scores, 2));
    }

    private static BigDecimal ratio(int part, int whole, int scale) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale,
                RoundingMode.HALF_UP);
    }
}
