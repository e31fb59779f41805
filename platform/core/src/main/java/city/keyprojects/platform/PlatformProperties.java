package city.keyprojects.platform;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every application shares, under {@code platform.*}.
 *
 * @param topics the topics this application publishes to and subscribes to; both are created if missing,
 *               together with the dead-letter topics of the subscribed ones
 * @param outbox how often the outbox sweep runs
 * @param consumer bounded retries before a record goes to its dead-letter topic
 */
@ConfigurationProperties("platform")
public record PlatformProperties(Topics topics, Outbox outbox, Consumer consumer) {

    public PlatformProperties {
        topics = topics == null ? new Topics(null, null, 0, (short) 0) : topics;
        outbox = outbox == null ? new Outbox(null) : outbox;
        consumer = consumer == null ? new Consumer(0, null) : consumer;
    }

    public record Topics(List<String> publishes, List<String> subscribes, int partitions, short replicas) {
        public Topics {
            publishes = publishes == null ? List.of() : List.copyOf(publishes);
            subscribes = subscribes == null ? List.of() : List.copyOf(subscribes);
            partitions = partitions <= 0 ? 3 : partitions;
            replicas = replicas <= 0 ? 1 : replicas;
        }
    }

    public record Outbox(Duration sweepPeriod) {
        public Outbox {
            sweepPeriod = sweepPeriod == null ? Duration.ofSeconds(2) : sweepPeriod;
        }
    }

    public record Consumer(int retries, Duration retryInterval) {
        public Consumer {
            retries = retries <= 0 ? 3 : retries;
            retryInterval = retryInterval == null ? Duration.ofMillis(500) : retryInterval;
        }
    }
}
