package city.keyprojects.platform.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application under test at the shared Kafka broker and MongoDB server, and at the test issuer. */
public final class TestInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                "spring.mongodb.uri=" + infrastructure.mongoUri(),
                "platform.security.jwk-set-uri=" + TestIdentity.shared().jwkSetUri(),
                // Fast sweeps and retries keep the tests short.
                "platform.outbox.sweep-period=300ms",
                "platform.consumer.retry-interval=100ms")
                .applyTo(context);
    }
}
