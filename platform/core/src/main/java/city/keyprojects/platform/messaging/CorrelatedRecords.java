package city.keyprojects.platform.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

import city.keyprojects.platform.observability.RequestCorrelationFilter;

/**
 * While a listener handles a record, the log context carries the request id and traceparent of the HTTP request
 * that caused the event, so that one request can be followed through every service's log.
 */
public final class CorrelatedRecords implements RecordInterceptor<Object, Object> {

    public static final String REQUEST_ID = "requestId";
    public static final String TRACEPARENT = "traceparent";

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        put(REQUEST_ID, record.headers().lastHeader(RequestCorrelationFilter.REQUEST_ID));
        put(TRACEPARENT, record.headers().lastHeader(RequestCorrelationFilter.TRACEPARENT));
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(REQUEST_ID);
        MDC.remove(TRACEPARENT);
    }

    private static void put(String key, Header header) {
        if (header != null) {
            MDC.put(key, new String(header.value(), StandardCharsets.UTF_8));
        } else {
            MDC.remove(key);
        }
    }
}
