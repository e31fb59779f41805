package city.keyprojects.reporting.rankings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.reporting.projects.domain.TicketFacts;

/**
 * Problems solved (问题解决率): the share of tickets closed with the reporter's confirmation (销号), less
 * {@value #OVERDUE_PENALTY_POINTS} points for each ticket overdue on {@code asOf} (挂牌督办 counts against whoever
 * lets a problem wait), never below 0. A ticket closed by the clock without confirmation is not solved. Not
 * applicable without tickets.
 */
public final class ProblemsSolved {

    public static final String NO_TICKETS = "no-tickets";
    public static final int OVERDUE_PENALTY_POINTS = 10;

    private ProblemsSolved() {
    }

    public static Assessment assess(Collection<TicketFacts> tickets, LocalDate asOf, WorkingDayCalendar calendar) {
        long solved = tickets.stream().filter(ticket -> ticket.closed() && ticket.confirmed()).count();
        long overdue = tickets.stream().filter(ticket -> ticket.overdueOn(asOf, calendar)).count();
        BigDecimal penalty = BigDecimal.valueOf(overdue * OVERDUE_PENALTY_POINTS);
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("tickets", BigDecimal.valueOf(tickets.size()));
        figures.put("solved", BigDecimal.valueOf(solved));
        figures.put("overdue", BigDecimal.valueOf(overdue));
        figures.put("penalty", penalty);
        if (tickets.isEmpty()) {
            return Assessment.notApplicable(Criterion.PROBLEMS, NO_TICKETS, figures);
        }
        return Assessment.of(Criterion.PROBLEMS,
                Assessment.percent(solved, tickets.size()).subtract(penalty).max(BigDecimal.ZERO), figures);
    }
}
