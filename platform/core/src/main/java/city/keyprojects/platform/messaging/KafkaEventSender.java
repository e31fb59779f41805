package city.keyprojects.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.observability.RequestCorrelationFilter;
import city.keyprojects.platform.outbox.EventSender;
import city.keyprojects.platform.outbox.PendingEvent;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends envelopes in CloudEvents structured mode ({@code content-type: application/cloudevents+json}). The
 * producer is idempotent with acks=all, so a batch sent in order lands in order on its partition.
 */
public final class KafkaEventSender implements EventSender {

    private final KafkaTemplate<String, byte[]> template;

    public KafkaEventSender(KafkaTemplate<String, byte[]> template) {
        this.template = template;
    }

    @Override
    public Mono<Void> sendAll(List<PendingEvent> events) {
        // send() may block while the broker is unreachable (metadata wait): keep that off the event loop, and
        // call it for the whole batch from one thread so that the producer sees the events in order.
        return Mono.fromCallable(() -> {
                    List<CompletableFuture<?>> acks = new ArrayList<>(events.size());
                    for (PendingEvent event : events) {
                        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(),
                                event.payload().getBytes(StandardCharsets.UTF_8));
                        record.headers().add("content-type",
                                EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                        addHeader(record, RequestCorrelationFilter.REQUEST_ID, event.correlationId());
                        addHeader(record, RequestCorrelationFilter.TRACEPARENT, event.traceparent());
                        acks.add(template.send(record));
                    }
                    return CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new));
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::fromFuture)
                .then();
    }

    private static void addHeader(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
