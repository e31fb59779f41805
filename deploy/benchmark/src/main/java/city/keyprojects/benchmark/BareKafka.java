package city.keyprojects.benchmark;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The baselines that use Kafka alone, with the settings the platform's applications use (PlatformDefaults):
 * idempotent producer, acks=all, linger 2 ms; read-committed consumers.
 */
final class BareKafka {

    private final String bootstrap;

    BareKafka(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    Map<String, Object> producerSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return settings;
    }

    KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(settings);
    }

    void createTopic(String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Waits until every consumer group has committed the end of every partition it reads: the platform's services
     * have taken in all that was published (the dashboard is then measured on a quiet platform, not one still
     * catching up). Answers how long it took, in seconds.
     */
    double awaitConsumersCaughtUp(Duration limit) throws Exception {
        long started = System.nanoTime();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            while (true) {
                long behind = 0;
                for (GroupListing group : admin.listGroups().all().get(30, TimeUnit.SECONDS)) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                            group.groupId()).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                    var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
                    for (var end : ends.entrySet()) {
                        OffsetAndMetadata at = committed.get(end.getKey());
                        behind += end.getValue().offset() - (at == null ? 0 : at.offset());
                    }
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                if (behind == 0) {
                    return seconds;
                }
                if (seconds > limit.toSeconds()) {
                    throw new IllegalStateException("consumers still " + behind + " records behind after " + limit);
                }
                TimeUnit.SECONDS.sleep(2);
            }
        }
    }

    /**
     * One record at a time from a producer to a consumer polling in a thread of its own: the time from the send to
     * the consumer holding the record.
     */
    Latencies roundTrips(int warmUp, int measured) throws Exception {
        String topic = "benchmark.round-trip." + UUID.randomUUID();
        createTopic(topic, 1);
        SynchronousQueue<Long> received = new SynchronousQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread polling = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = consumer()) {
                TopicPartition partition = new TopicPartition(topic, 0);
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                while (running.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        received.put(System.nanoTime());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "round-trip-consumer");
        polling.start();
        Latencies latencies = new Latencies();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerSettings())) {
            byte[] value = new byte[600];
            for (int i = 0; i < warmUp + measured; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "key-" + i, value));
                Long at = received.poll(30, TimeUnit.SECONDS);
                if (at == null) {
                    throw new IllegalStateException("A round trip through Kafka took over 30 s");
                }
                if (i >= warmUp) {
                    latencies.record(at - sent);
                }
            }
        } finally {
            running.set(false);
            polling.join(5_000);
        }
        return latencies;
    }

    /**
     * Notes from now on when the first record with each key arrives on the topic, read as the platform's consumers
     * read it: where a command's event is between the service that published it and the services that take it in.
     */
    Arrivals arrivals(String topic) throws InterruptedException {
        return new Arrivals(topic);
    }

    final class Arrivals implements AutoCloseable {

        private final Map<String, Long> first = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final CountDownLatch assigned = new CountDownLatch(1);
        private final Thread polling;

        private Arrivals(String topic) throws InterruptedException {
            polling = new Thread(() -> {
                try (KafkaConsumer<String, byte[]> consumer = consumer()) {
                    List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(topic, info.partition())).toList();
                    consumer.assign(partitions);
                    consumer.seekToEnd(partitions);
                    partitions.forEach(consumer::position);
                    assigned.countDown();
                    while (running.get()) {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                            first.putIfAbsent(record.key(), System.nanoTime());
                        }
                    }
                }
            }, "arrivals-" + topic);
            polling.start();
            if (!assigned.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("could not start reading " + topic);
            }
        }

        /** When the first record with the key arrived (System.nanoTime), waiting up to 5 s for it. */
        long of(String key) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!first.containsKey(key)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no record with key " + key + " arrived within 5 s");
                }
                Thread.sleep(1);
            }
            return first.get(key);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            polling.join(5_000);
        }
    }

    /** Reads the topics from the beginning up to where they end now, as fast as one consumer can: records a second. */
    double consumeAll(List<String> topics) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long target = ends.values().stream().mapToLong(Long::longValue).sum();
            long started = System.nanoTime();
            long read = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("  raw consumption: %d records (offsets %d) in %.2f s%n", read, target, seconds);
            return read / seconds;
        }
    }
}
