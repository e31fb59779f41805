package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

/** How one item of a stage ended: its department's decision and opinion, on time or not. */
public record ItemOutcome(String itemCode, String department, ItemState state, LocalDate decidedOn, boolean onTime,
        String opinion) {
}
