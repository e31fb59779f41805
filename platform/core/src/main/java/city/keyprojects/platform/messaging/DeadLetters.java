package city.keyprojects.platform.messaging;

import java.util.Collection;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import city.keyprojects.platform.events.TopicNames;
import city.keyprojects.platform.events.UnreadableEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The error handling every listener gets: a failing record is retried a bounded number of times, then
 * published to {@code <topic>.dlt} with the failure in its headers, counted, and only then is its offset
 * committed. Nothing is acknowledged and dropped. An event that cannot be read at all skips the retries.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    /**
     * The error handler; the dead-letter counter of every topic the application reads is registered at once, at
     * 0, so that an alert or a dashboard sees the series before the first dead letter (a counter that appears
     * with its first increment is missed by {@code increase()}).
     */
    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, MeterRegistry registry,
            long retryIntervalMillis, long retries, Collection<String> subscribedTopics) {
        subscribedTopics.forEach(topic -> deadLettered(registry, topic));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, error) -> {
                    deadLettered(registry, record.topic()).increment();
                    log.error("Event at {}-{}@{} failed after retries and goes to {}: {}", record.topic(),
                            record.partition(), record.offset(), TopicNames.deadLetter(record.topic()),
                            error.toString());
                    // A negative partition lets the producer choose: the dead-letter topic may be smaller.
                    return new TopicPartition(TopicNames.deadLetter(record.topic()), -1);
                });
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(retryIntervalMillis, retries));
        handler.addNotRetryableExceptions(UnreadableEventException.class);
        return handler;
    }

    private static Counter deadLettered(MeterRegistry registry, String topic) {
        return Counter.builder("events.dead.lettered")
                .description("Events that failed after bounded retries and went to a dead-letter topic")
                .tag("topic", topic)
                .register(registry);
    }
}
