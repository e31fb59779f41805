package city.keyprojects.project.policies.domain;

import city.keyprojects.platform.events.PublishedEvent;

/**
 * What happened to a policy. Immutable, named in the past tense; published on {@code project.events.v1}, keyed by
 * the policy id so that a consumer sees one policy's events in order.
 */
public sealed interface PolicyEvent extends PublishedEvent permits PolicyPublished, PolicyWithdrawn {

    String policyId();

    @Override
    default String subject() {
        return policyId();
    }
}
