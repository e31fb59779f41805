package city.keyprojects.project.policies.web;

import java.util.List;

/** One page of policies, with the total so that a client can page through all of them. */
public record PolicyPage(List<PolicyView> items, int page, int size, long total) {
}
