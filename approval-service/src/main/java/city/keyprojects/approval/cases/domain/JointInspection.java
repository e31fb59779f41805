package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

/** The one site inspection all departments of a joint completion acceptance (联合验收) attend together. */
public record JointInspection(LocalDate date, String place) {
}
