package city.keyprojects.project.policies.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/policies/{id}/withdrawal}: why the policy no longer applies. */
public record WithdrawPolicyRequest(@NotBlank @Size(max = 500) String reason) {
}
