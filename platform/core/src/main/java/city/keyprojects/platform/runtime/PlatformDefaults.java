package city.keyprojects.platform.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * The defaults every application shares, written once: connection settings from {@code KAFKA_BOOTSTRAP_SERVERS}
 * and {@code MONGODB_URI}, the producer's delivery guarantees, the consumers' serialization, actuator exposure and
 * health groups, strict JSON input. They sit below everything else, so an application's own configuration or the
 * environment overrides any of them.
 */
public final class PlatformDefaults implements EnvironmentPostProcessor {

    private static final String KAFKA = "org.springframework.kafka.core.KafkaTemplate";
    private static final String MONGO = "org.springframework.data.mongodb.core.ReactiveMongoOperations";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ClassLoader loader = application.getClassLoader();
        boolean kafka = ClassUtils.isPresent(KAFKA, loader);
        boolean mongo = ClassUtils.isPresent(MONGO, loader);
        Map<String, Object> defaults = new LinkedHashMap<>();

        defaults.put("management.endpoints.web.exposure.include", "health,prometheus,info");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-details", "always");
        defaults.put("management.endpoint.health.group.readiness.include",
                "readinessState" + (mongo ? ",mongo" : "") + (kafka ? ",kafka" : ""));
        defaults.put("management.metrics.tags.application", "${spring.application.name}");
        defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        defaults.put("spring.jackson.deserialization.fail-on-unknown-properties", "true");
        defaults.put("spring.jackson.deserialization.fail-on-null-for-primitives", "true");
        defaults.put("spring.jackson.deserialization.fail-on-trailing-tokens", "true");
        defaults.put("spring.codec.max-in-memory-size", "256KB");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "10s");
        defaults.put("springdoc.api-docs.path", "/v3/api-docs");
        // Log lines written while handling an event name the request that caused it.
        defaults.put("logging.pattern.correlation", "[%X{requestId:-}] ");

        if (mongo) {
            defaults.put("spring.mongodb.uri", "${MONGODB_URI:mongodb://localhost:27017}");
            // Spring Boot's own check sends 'hello', unknown to mongo-java-server: the platform's uses 'ping'.
            defaults.put("management.health.mongodb.enabled", "false");
            // Money is exact: BigDecimal is stored as Decimal128, never as a double.
            defaults.put("spring.data.mongodb.representation.big-decimal", "decimal128");
        }
        if (kafka) {
            defaults.put("spring.kafka.bootstrap-servers", "${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}");
            defaults.put("spring.kafka.producer.acks", "all");
            defaults.put("spring.kafka.producer.key-serializer",
                    "org.apache.kafka.common.serialization.StringSerializer");
            defaults.put("spring.kafka.producer.value-serializer",
                    "org.apache.kafka.common.serialization.ByteArraySerializer");
            defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
            defaults.put("spring.kafka.producer.properties.max.block.ms", "10000");
            defaults.put("spring.kafka.producer.properties.linger.ms", "2");
            defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
            defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
            defaults.put("spring.kafka.consumer.key-deserializer",
                    "org.apache.kafka.common.serialization.StringDeserializer");
            defaults.put("spring.kafka.consumer.value-deserializer",
                    "org.apache.kafka.common.serialization.ByteArrayDeserializer");
            defaults.put("spring.kafka.consumer.isolation-level", "read-committed");
            defaults.put("spring.kafka.listener.observation-enabled", "true");
            defaults.put("spring.kafka.template.observation-enabled", "true");
        }
        environment.getPropertySources().addLast(new MapPropertySource("platformDefaults", defaults));
    }
}
