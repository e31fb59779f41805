package city.keyprojects.platform.events;

/**
 * An event a service publishes: every aggregate's sealed event interface extends this one. Plain Java, so domain
 * packages may implement it.
 */
public interface PublishedEvent {

    /** The CloudEvents type, e.g. {@code project.registered}. */
    String type();

    /**
     * What the event is about, used as the Kafka key: the project for everything about a project (so a consumer
     * sees one project's events in order).
     */
    String subject();
}
