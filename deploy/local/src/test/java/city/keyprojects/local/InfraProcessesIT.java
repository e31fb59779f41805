package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/** KafkaMain and MongoMain as the launcher runs them: real processes, stopped by SIGTERM, keeping their data. */
class InfraProcessesIT {

    private static final String TOPIC = "launcher-it";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void kafkaAndMongoDbServeStopCleanlyAndKeepTheirDataAcrossARestart() throws Exception {
        int kafkaPort = freePort();
        int controllerPort = freePort();
        int mongoPort = freePort();

        Process kafka = startKafka(kafkaPort, controllerPort);
        Process mongo = startMongo(mongoPort);
        awaitReady(kafka, "kafka");
        awaitReady(mongo, "mongodb");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafkaPort))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = producer(kafkaPort)) {
            producer.send(new ProducerRecord<>(TOPIC, "project-1", "registered")).get(30, TimeUnit.SECONDS);
        }
        assertThat(readAll(kafkaPort)).containsExactly("registered");
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + mongoPort)) {
            projects(client).insertOne(new Document("_id", "project-1").append("name", "天衢国际会展中心"));
            assertThat(projects(client).find().first()).containsEntry("name", "天衢国际会展中心");
        }

        stop(kafka, "kafka");
        stop(mongo, "mongodb");

        Process kafkaAgain = startKafka(kafkaPort, controllerPort);
        Process mongoAgain = startMongo(mongoPort);
        awaitReady(kafkaAgain, "kafka");
        awaitReady(mongoAgain, "mongodb");

        assertThat(readAll(kafkaPort)).as("the message survives a restart").containsExactly("registered");
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + mongoPort)) {
            assertThat(projects(client).find(new Document("_id", "project-1")).first())
                    .as("the document survives a restart")
                    .containsEntry("name", "天衢国际会展中心");
        }
        stop(kafkaAgain, "kafka");
        stop(mongoAgain, "mongodb");
    }

    @Test
    void anInfrastructureProcessEndsWhenTheLauncherIsGone() throws Exception {
        Process launcher = standInLauncher();
        Process mongo = start("mongodb", Map.of(InfraProcess.PARENT_PID, Long.toString(launcher.pid())),
                MongoMain.class, LocalPlatform.MONGODB_MEMORY, "--port", Integer.toString(freePort()),
                "--file", dir.resolve("mongodb/platform.mv").toString());
        awaitReady(mongo, "mongodb");

        launcher.destroyForcibly();

        assertThat(mongo.waitFor(20, TimeUnit.SECONDS)).as("mongodb exits after its launcher").isTrue();
        assertThat(mongo.exitValue()).isEqualTo(3);
    }

    @Test
    void underTheLauncherCtrlCLeavesKafkaRunningUntilTheLaunchersSigterm() throws Exception {
        Process kafka = start("kafka", Map.of(InfraProcess.PARENT_PID, Long.toString(standInLauncher().pid())),
                KafkaMain.class, LocalPlatform.KAFKA_MEMORY, "--port", Integer.toString(freePort()),
                "--controller-port", Integer.toString(freePort()), "--dir", dir.resolve("kafka").toString());
        awaitReady(kafka, "kafka");

        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(kafka.pid())).start().waitFor()).isZero();

        assertThat(kafka.waitFor(3, TimeUnit.SECONDS)).as("kafka still runs after SIGINT").isFalse();
        stop(kafka, "kafka");
    }

    /** A process whose pid stands for the launcher's: it lives a minute, unless killed first. */
    private Process standInLauncher() throws IOException {
        Process launcher = new ProcessBuilder("sleep", "60").start();
        started.add(launcher);
        return launcher;
    }

    private Process startKafka(int port, int controllerPort) throws IOException {
        return start("kafka", Map.of(), KafkaMain.class, LocalPlatform.KAFKA_MEMORY,
                "--port", Integer.toString(port), "--controller-port", Integer.toString(controllerPort),
                "--dir", dir.resolve("kafka").toString());
    }

    private Process startMongo(int port) throws IOException {
        return start("mongodb", Map.of(), MongoMain.class, LocalPlatform.MONGODB_MEMORY,
                "--port", Integer.toString(port), "--file", dir.resolve("mongodb/platform.mv").toString());
    }

    private Process start(String name, Map<String, String> env, Class<?> main, List<String> memory, String... args)
            throws IOException {
        Files.writeString(logFile(name), "", StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(LocalPlatform.infraCommand(main, memory, args))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(name).toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private void awaitReady(Process process, String name) throws Exception {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (log(name).lines().noneMatch(line -> line.startsWith(Child.READY_LINE))) {
            assertThat(process.isAlive()).as(name + " ended early:\n" + log(name)).isTrue();
            assertThat(Instant.now()).as(name + " not ready:\n" + log(name)).isBefore(deadline);
            Thread.sleep(200);
        }
        // The next start appends; only its own READY line may count.
        Files.writeString(logFile(name), "started\n", StandardCharsets.UTF_8);
    }

    private void stop(Process process, String name) throws Exception {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(name + " stops on SIGTERM:\n" + log(name)).isTrue();
    }

    private Path logFile(String name) {
        return dir.resolve(name + ".log");
    }

    private String log(String name) throws IOException {
        return Files.readString(logFile(name), StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, String> producer(int port) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Every value in the topic, read from the start without a consumer group. */
    private static List<String> readAll(int port) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(30)).get(partition);
            Instant deadline = Instant.now().plusSeconds(30);
            while (consumer.position(partition, Duration.ofSeconds(30)) < end && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static MongoCollection<Document> projects(MongoClient client) {
        return client.getDatabase("launcher-it").getCollection("projects");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
