package city.keyprojects.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A database that accepts connections but never answers (a hung process) fails an operation within the bound. */
class MongoOperationTimeoutTest {

    private static final Duration BOUND = Duration.ofMillis(500);

    private ServerSocket silent;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aDatabaseThatNeverAnswers() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(silent.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "silent-database");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        silent.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Test
    void an_insert_fails_within_the_operation_timeout_instead_of_waiting_for_the_database() {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + silent.getLocalPort()));
        new PlatformAutoConfiguration.MongoDb().operationTimeout(BOUND).customize(settings);

        try (MongoClient client = MongoClients.create(settings.build())) {
            long started = System.nanoTime();
            StepVerifier.create(Mono.from(client.getDatabase("test").getCollection("projects")
                            .insertOne(new Document("name", "项目"))))
                    .expectErrorSatisfies(error -> assertThat(PlatformAutoConfiguration.MongoDb.UNAVAILABLE)
                            .anyMatch(type -> type.isInstance(error)))
                    .verify(Duration.ofSeconds(10));
            // Server selection, then the handshake's read, each bounded: well under the driver's defaults (30 s).
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND.multipliedBy(6));
        }
    }
}
