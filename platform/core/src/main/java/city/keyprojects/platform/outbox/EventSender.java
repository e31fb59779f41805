package city.keyprojects.platform.outbox;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Sends a batch of one aggregate's pending events to the broker in order and completes only when the broker
 * has acknowledged every one of them (acks=all). An error means some may not have been stored.
 */
public interface EventSender {

    Mono<Void> sendAll(List<PendingEvent> events);
}
