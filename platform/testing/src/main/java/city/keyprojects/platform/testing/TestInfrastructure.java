package city.keyprojects.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import city.keyprojects.platform.embedded.EmbeddedKafkaBroker;
import city.keyprojects.platform.embedded.EmbeddedMongoServer;

/**
 * The Kafka broker and MongoDB server the integration tests of one JVM share, started once on first use.
 *
 * <p>Which kind is chosen by the system property {@code platform.test.infrastructure}: {@code embedded}
 * (the default: a real KRaft broker and mongo-java-server in this JVM) or {@code containers} (Testcontainers,
 * set by the Maven profile {@code -Pcontainers}). Without Docker the containers kind is unavailable and the
 * tests that ask for it are skipped, not failed.
 */
public final class TestInfrastructure {

    public static final String KIND_PROPERTY = "platform.test.infrastructure";

    private static volatile TestInfrastructure shared;

    private final String bootstrapServers;
    private final String mongoUri;

    private TestInfrastructure(String bootstrapServers, String mongoUri) {
        this.bootstrapServers = bootstrapServers;
        this.mongoUri = mongoUri;
    }

    public static boolean containersRequested() {
        return "containers".equals(System.getProperty(KIND_PROPERTY, "embedded"));
    }

    public static boolean available() {
        return !containersRequested() || DockerClientFactory.instance().isDockerAvailable();
    }

    public static TestInfrastructure shared() {
        TestInfrastructure current = shared;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                current = shared;
                if (current == null) {
                    current = containersRequested() ? startContainers() : startEmbedded();
                    shared = current;
                }
            }
        }
        return current;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String mongoUri() {
        return mongoUri;
    }

    private static TestInfrastructure startEmbedded() {
        try {
            Path kafkaDir = Files.createTempDirectory("test-kafka");
            EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(freePort(), freePort(), kafkaDir);
            EmbeddedMongoServer mongo = EmbeddedMongoServer.inMemory(0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                mongo.close();
                kafka.close();
            }, "test-infrastructure-stop"));
            return new TestInfrastructure(kafka.bootstrapServers(), mongo.connectionString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.1");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        kafka.start();
        mongo.start();
        return new TestInfrastructure(kafka.getBootstrapServers(), mongo.getConnectionString());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
