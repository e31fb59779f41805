package city.keyprojects.platform.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

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
        // A fresh connection per request: a request now and then went unanswered on a reused keep-alive connection
        // (issue 10; the thread dumps showed every thread idle). This tells whether connection reuse is the cause.
        context.getBeanFactory().registerSingleton("freshConnectionPerRequest",
                (WebTestClientBuilderCustomizer) builder -> builder.clientConnector(
                        new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection()))));
    }
}
