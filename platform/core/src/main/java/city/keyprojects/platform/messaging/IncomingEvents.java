package city.keyprojects.platform.messaging;

import java.time.Duration;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import reactor.core.publisher.Mono;

/**
 * What a listener does with a record: read the envelope and wait until the handler has applied it, so that the
 * offset is committed only afterwards. A failure (or a handler slower than the time-out) is thrown to the
 * container, which retries and then dead-letters the record ({@link DeadLetters}).
 */
public final class IncomingEvents {

    static final Duration APPLY_TIMEOUT = Duration.ofSeconds(30);

    private final EventCodec codec;

    public IncomingEvents(EventCodec codec) {
        this.codec = codec;
    }

    public void handle(ConsumerRecord<String, byte[]> record, Function<EventEnvelope, Mono<Void>> handler) {
        handler.apply(codec.decode(record.value())).block(APPLY_TIMEOUT);
    }
}
