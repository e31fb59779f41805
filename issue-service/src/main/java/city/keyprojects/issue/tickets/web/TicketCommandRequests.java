package city.keyprojects.issue.tickets.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the commands on a ticket; each names the ticket's {@code version} as the user saw it. */
final class TicketCommandRequests {

    private TicketCommandRequests() {
    }

    /** 交办: the department (by code) and the officer in it who handles the ticket. */
    record Assign(@NotNull @Min(1) Long version,
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9]{1,15}", message = "must be a department code") String department,
            @NotBlank @Size(max = 100) String handler) {
    }

    /** 办理: the department starts on the ticket. */
    record StartHandling(@NotNull @Min(1) Long version) {
    }

    /** What the department needs from the reporter; the clock stops until it comes. */
    record RequestInformation(@NotNull @Min(1) Long version, @NotBlank @Size(max = 2000) String question) {
    }

    /** The reporter's answer to the department's question. */
    record ProvideInformation(@NotNull @Min(1) Long version, @NotBlank @Size(max = 4000) String information) {
    }

    /** 反馈: what the department did. */
    record Answer(@NotNull @Min(1) Long version, @NotBlank @Size(max = 4000) String answer) {
    }

    /** 销号: the reporter confirms the problem is solved, with a satisfaction score from 1 to 5. */
    record Confirm(@NotNull @Min(1) Long version, @NotNull @Min(1) @Max(5) Integer satisfaction,
            @Size(max = 2000) String comment) {
    }

    /** The reporter says the problem is not solved, and why. */
    record Reopen(@NotNull @Min(1) Long version, @NotBlank @Size(max = 2000) String reason) {
    }
}
