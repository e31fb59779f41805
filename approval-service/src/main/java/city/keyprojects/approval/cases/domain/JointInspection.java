package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

/**
 * The one site inspection all departments of a joint completion acceptance (联合验收) attend together.
 *
 * @param revision  1 when first set, one more each time it is moved: whoever moves it quotes the revision they saw
 */
public record JointInspection(LocalDate date, String place, int revision) {
}
