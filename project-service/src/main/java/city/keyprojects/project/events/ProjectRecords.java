package city.keyprojects.project.events;

import java.util.function.UnaryOperator;

import city.keyprojects.platform.outbox.AggregateStore;

/**
 * A store of aggregates that belong to one project each (its investment plan, promotion plan, milestones): their
 * events are part of the project's history. Each feature declares one as a bean; the registry merges them.
 *
 * @param aggregateIdOf the id of the project's aggregate in that store, from the project id
 */
public record ProjectRecords(AggregateStore<?> store, UnaryOperator<String> aggregateIdOf) {
}
