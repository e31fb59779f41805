package city.keyprojects.issue.tickets.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import city.keyprojects.issue.tickets.domain.ConfirmationWindow;

/**
 * @param confirmationWorkingDays  working days an answered ticket waits for its reporter before it is closed as
 *                                 unconfirmed ({@code issue.tickets.confirmation-working-days})
 */
@ConfigurationProperties("issue.tickets")
public record TicketSettings(@DefaultValue("5") int confirmationWorkingDays) {

    public ConfirmationWindow confirmationWindow() {
        return new ConfirmationWindow(confirmationWorkingDays);
    }
}
