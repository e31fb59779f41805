package city.keyprojects.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.util.ClassUtils;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.TopicNames;
import city.keyprojects.platform.json.StrictJson;
import city.keyprojects.platform.messaging.CorrelatedRecords;
import city.keyprojects.platform.messaging.DeadLetters;
import city.keyprojects.platform.messaging.IncomingEvents;
import city.keyprojects.platform.messaging.KafkaEventSender;
import city.keyprojects.platform.observability.KafkaHealthIndicator;
import city.keyprojects.platform.observability.MongoHealthIndicator;
import city.keyprojects.platform.observability.RequestCorrelationFilter;
import city.keyprojects.platform.outbox.AggregateStores;
import city.keyprojects.platform.outbox.EventSender;
import city.keyprojects.platform.outbox.OutboxRelay;
import city.keyprojects.platform.outbox.OutboxSweeper;
import city.keyprojects.platform.problem.ProblemResponses;
import city.keyprojects.platform.problem.UndecodableRequests;
import city.keyprojects.platform.runtime.ParentProcessWatchdog;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** What every application of the platform gets by depending on platform-core. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {

    /** Deadlines are dates in China, whatever the server's own time zone. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    public PlatformAutoConfiguration() {
        ParentProcessWatchdog.startIfRequested();
    }

    /** Ticks in milliseconds, as MongoDB keeps time: what an answer shows is what a later read finds. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(CITY_ZONE);
    }

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.official();
    }

    @Bean
    RequestCorrelationFilter requestCorrelationFilter() {
        return new RequestCorrelationFilter();
    }

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return StrictJson.customizer();
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper mapper) {
        return new ProblemResponses(mapper, ClassUtils.isPresent("com.mongodb.MongoException", null)
                ? MongoDb.UNAVAILABLE : List.of());
    }

    /** Requests the HTTP server cannot decode get a problem response too, not Reactor Netty's empty one. */
    @Bean
    NettyServerCustomizer undecodableRequests(JsonMapper mapper) {
        return UndecodableRequests.onEveryConnection(mapper);
    }

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec(JsonMapper mapper) {
        return new EventCodec(mapper);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaTemplate.class)
    static class Messaging {

        @Bean
        @ConditionalOnMissingBean(EventSender.class)
        EventSender kafkaEventSender(KafkaTemplate<String, byte[]> template) {
            return new KafkaEventSender(template);
        }

        @Bean
        CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<?, ?> template, MeterRegistry registry,
                PlatformProperties properties) {
            return DeadLetters.errorHandler(template, registry,
                    properties.consumer().retryInterval().toMillis(), properties.consumer().retries(),
                    properties.topics().subscribes());
        }

        @Bean
        IncomingEvents incomingEvents(EventCodec codec) {
            return new IncomingEvents(codec);
        }

        @Bean
        CorrelatedRecords correlatedRecords() {
            return new CorrelatedRecords();
        }

        @Bean
        KafkaAdmin.NewTopics platformTopics(PlatformProperties properties) {
            var topics = properties.topics();
            // By name: a service may subscribe to the topic it publishes on (to react to its own events).
            Map<String, NewTopic> declared = new LinkedHashMap<>();
            for (String topic : topics.publishes()) {
                declared.put(topic, new NewTopic(TopicNames.requireVersioned(topic), topics.partitions(),
                        topics.replicas()));
            }
            for (String topic : topics.subscribes()) {
                declared.put(topic, new NewTopic(TopicNames.requireVersioned(topic), topics.partitions(),
                        topics.replicas()));
                String deadLetter = TopicNames.deadLetter(topic);
                declared.put(deadLetter, new NewTopic(deadLetter, 1, topics.replicas()));
            }
            return new KafkaAdmin.NewTopics(declared.values().toArray(NewTopic[]::new));
        }

        @Bean("kafka")
        KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin,
                @Value("${platform.kafka.health-timeout:2s}") Duration timeout) {
            return new KafkaHealthIndicator(admin.getConfigurationProperties(), timeout);
        }
    }

    /**
     * No MongoDB operation waits longer than {@code platform.mongodb.operation-timeout} (5 s): a database that stops
     * answering makes requests fail with a 503 problem within that time, instead of hanging until it answers again
     * (or until the gateway gives up). The bound is per wait — for a connection, a server, a reply — so a long
     * cursor read in batches is not cut short.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ MongoClientSettings.class, MongoClientSettingsBuilderCustomizer.class })
    static class MongoDb {

        /** The driver's failures when the database does not answer in time (Spring Data keeps them as causes). */
        static final List<Class<? extends Throwable>> UNAVAILABLE = List.of(MongoSocketException.class,
                MongoTimeoutException.class);

        @Bean
        MongoClientSettingsBuilderCustomizer operationTimeout(
                @Value("${platform.mongodb.operation-timeout:5s}") Duration timeout) {
            long millis = timeout.toMillis();
            return settings -> settings
                    .applyToSocketSettings(socket -> socket.connectTimeout(millis, TimeUnit.MILLISECONDS)
                            .readTimeout(millis, TimeUnit.MILLISECONDS))
                    .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS))
                    .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(millis, TimeUnit.MILLISECONDS));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ ReactiveMongoOperations.class, KafkaTemplate.class })
    static class Outbox {

        @Bean
        OutboxRelay outboxRelay(ReactiveMongoOperations mongo, EventSender sender, MeterRegistry registry) {
            return new OutboxRelay(mongo, sender, registry);
        }

        @Bean
        AggregateStores aggregateStores(ReactiveMongoOperations mongo, EventCodec codec, OutboxRelay relay,
                @Value("${spring.application.name}") String application, Clock clock) {
            return new AggregateStores(mongo, codec, relay, "/" + application, clock);
        }

        @Bean("mongo")
        MongoHealthIndicator mongoHealthIndicator(ReactiveMongoTemplate mongo,
                @Value("${platform.mongodb.health-timeout:2s}") Duration timeout) {
            return new MongoHealthIndicator(mongo, timeout);
        }

        @Bean
        OutboxSweeper outboxSweeper(OutboxRelay relay, AggregateStores stores, PlatformProperties properties) {
            return new OutboxSweeper(relay, stores, properties.outbox().sweepPeriod(),
                    properties.outbox().fullSweepPeriod());
        }
    }
}
