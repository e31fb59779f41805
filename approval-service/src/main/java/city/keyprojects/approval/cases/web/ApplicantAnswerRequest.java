package city.keyprojects.approval.cases.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The applicant's resubmission or delivery of missing materials, on the item's {@code version} as seen. */
record ApplicantAnswerRequest(@NotNull @Min(1) Long version, @Size(max = 2000) String note) {
}
