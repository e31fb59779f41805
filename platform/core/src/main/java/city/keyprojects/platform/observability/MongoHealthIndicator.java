package city.keyprojects.platform.observability;

import java.time.Duration;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/**
 * UP when the database answers {@code ping}. Replaces Spring Boot's indicator, whose {@code hello} command
 * mongo-java-server does not implement; {@code ping} works on it and on MongoDB alike.
 */
public final class MongoHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoTemplate mongo;
    private final Duration timeout;

    public MongoHealthIndicator(ReactiveMongoTemplate mongo, Duration timeout) {
        super("MongoDB health check failed");
        this.mongo = mongo;
        this.timeout = timeout;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return mongo.getMongoDatabase()
                .flatMap(database -> Mono.from(database.runCommand(new Document("ping", 1)))
                        .map(answer -> builder.up().withDetail("database", database.getName()).build()))
                .timeout(timeout);
    }
}
