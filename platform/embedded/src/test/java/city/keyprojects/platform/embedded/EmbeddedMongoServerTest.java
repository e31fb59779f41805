package city.keyprojects.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.bson.BsonBinarySubType;
import org.bson.BsonRegularExpression;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Queries naming the id beside other criteria (an optimistic update by id and version, say) answer as MongoDB
 * would, on both backends, now that the id's index serves them (KeyFirstIndex); unique indexes on disk compare their
 * keys natively and take over those of a file written before (ComparedKeyIndex); documents on disk are kept as
 * BSON, every value as it came, and taken over likewise (BsonDocumentMaps).
 */
class EmbeddedMongoServerTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"in memory", "on disk"})
    void the_id_beside_other_criteria_finds_updates_and_deletes_exactly_the_matching_documents(String backend) {
        try (EmbeddedMongoServer server = start(backend);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> projects = client.getDatabase("test").getCollection("projects");
            projects.insertMany(List.of(new Document("_id", "a").append("version", 1).append("stage", "PLANNED"),
                    new Document("_id", "b").append("version", 4).append("stage", "PLANNED"),
                    new Document("_id", "c").append("version", 1).append("stage", "BUILDING")));
            Function<Bson, List<Object>> ids = filter -> projects.find(filter)
                    .map(document -> document.get("_id")).into(new ArrayList<>());

            assertThat(ids.apply(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1)))).containsExactly("a");
            assertThat(ids.apply(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 2)))).isEmpty();
            assertThat(ids.apply(Filters.and(Filters.eq("_id", "z"), Filters.eq("version", 1)))).isEmpty();
            assertThat(projects.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1)),
                    Updates.set("version", 2)).getModifiedCount()).isEqualTo(1);
            assertThat(projects.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1)),
                    Updates.set("version", 3)).getModifiedCount()).as("the version moved on").isZero();
            assertThat(projects.find(Filters.eq("_id", "a")).first().getInteger("version")).isEqualTo(2);

            // Operators, patterns and criteria without the id take mongo-java-server's own paths, unchanged.
            assertThat(ids.apply(Filters.and(Filters.in("_id", "a", "b", "c"), Filters.eq("stage", "PLANNED"))))
                    .containsExactlyInAnyOrder("a", "b");
            assertThat(ids.apply(Filters.and(Filters.regex("_id", Pattern.compile("^[bc]$")),
                    Filters.eq("version", 1)))).containsExactly("c");
            assertThat(ids.apply(Filters.eq("version", 1))).containsExactly("c");
            assertThat(projects.deleteOne(Filters.and(Filters.eq("_id", "b"), Filters.eq("stage", "BUILDING")))
                    .getDeletedCount()).isZero();
            assertThat(projects.deleteOne(Filters.and(Filters.eq("_id", "b"), Filters.eq("stage", "PLANNED")))
                    .getDeletedCount()).isEqualTo(1);
            assertThat(projects.countDocuments()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"in memory", "on disk"})
    void a_unique_index_treats_keys_as_mongodb_does(String backend) {
        try (EmbeddedMongoServer server = start(backend);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> codes = client.getDatabase("test").getCollection("codes");
            codes.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            codes.insertMany(List.of(new Document("_id", 1).append("code", 7),
                    new Document("_id", "1").append("code", List.of(1, 2)),
                    new Document("_id", new Document("year", 2026)).append("code", new Document("a", 1))));

            assertThat(codes.find(Filters.eq("_id", 1.0)).first()).as("1 and 1.0 are one id")
                    .containsEntry("code", 7);
            assertThat(codes.find(Filters.eq("_id", "1")).first()).containsEntry("code", List.of(1, 2));
            assertThat(codes.find(Filters.eq("_id", new Document("year", 2026))).first()).isNotNull();
            assertThatThrownBy(() -> codes.insertOne(new Document("_id", 1L).append("code", 8)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> codes.insertOne(new Document("_id", 2).append("code", 7.0)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> codes.insertOne(new Document("_id", 3).append("code", 2)))
                    .as("each element of an array is a key").isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
            codes.insertOne(new Document("_id", 3).append("code", List.of(3, 4)));
            codes.insertOne(new Document("_id", 4).append("code", new Document("a", 2)));
            assertThat(codes.countDocuments(Filters.in("_id", 3, 4))).isEqualTo(2);
        }
    }

    @Test
    void a_file_written_with_the_original_h2_backend_opens_with_its_documents_and_indexes_taken_over() {
        Path file = directory.resolve("earlier.mv");
        MongoServer earlier = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create("mongodb://" + address(earlier.bind()))) {
            MongoCollection<Document> projects = client.getDatabase("test").getCollection("projects");
            projects.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            for (int i = 0; i < 300; i++) {
                projects.insertOne(new Document("_id", "p" + i).append("code", "KP-" + i).append("version", 1));
            }
        } finally {
            earlier.shutdown();
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(file, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> projects = client.getDatabase("test").getCollection("projects");
            assertThat(projects.find(Filters.and(Filters.eq("_id", "p42"), Filters.eq("version", 1))).first())
                    .containsEntry("code", "KP-42");
            assertThat(projects.countDocuments()).isEqualTo(300);
            assertThatThrownBy(() -> projects.insertOne(new Document("_id", "p7").append("code", "KP-new")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> projects.insertOne(new Document("_id", "new").append("code", "KP-299")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            projects.deleteOne(Filters.eq("_id", "p7"));
            projects.insertOne(new Document("_id", "p7").append("code", "KP-7").append("version", 2));
        }

        // Opened again: the taken-over entries, and those written since, are still there.
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(file, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> projects = client.getDatabase("test").getCollection("projects");
            assertThat(projects.find(Filters.eq("_id", "p7")).first()).containsEntry("version", 2);
            assertThat(projects.find(Filters.eq("_id", "p299")).first()).containsEntry("code", "KP-299");
            assertThatThrownBy(() -> projects.insertOne(new Document("_id", "p8").append("code", "KP-8")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
        // Taken over, not rebuilt from the documents: the original maps are gone.
        MVStore store = MVStore.open(file.toString());
        try {
            assertThat(store.getMapNames()).contains("test.projects._compared_index__id_",
                    "test.projects._compared_index_code_1").noneMatch(name -> name.contains("._index_"));
            // The documents too: copied to their BSON map, the original kept empty for the backend to find.
            assertThat(store.openMap(BsonDocumentMaps.PREFIX + "test.projects").size()).isEqualTo(300);
            assertThat(store.openMap("databases.test.projects").isEmpty()).isTrue();
        } finally {
            store.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"in memory", "on disk"})
    void a_document_read_while_it_is_updated_is_either_before_or_after_the_update_never_half(String backend)
            throws Exception {
        try (EmbeddedMongoServer server = start(backend);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> buckets = client.getDatabase("test").getCollection("buckets");
            buckets.insertOne(new Document("_id", "b").append("version", 0L).append("totals",
                    new Document("projects", 0L)));
            long until = System.nanoTime() + 3_000_000_000L;
            AtomicLong reads = new AtomicLong();
            List<String> torn = new CopyOnWriteArrayList<>();
            Thread[] threads = new Thread[6];
            for (int t = 0; t < threads.length; t++) {
                boolean writer = t % 2 == 0;
                threads[t] = new Thread(() -> {
                    while (System.nanoTime() < until && torn.isEmpty()) {
                        if (writer) {
                            // As the running totals are kept: read, add, write guarded by the version read.
                            Document read = buckets.find(Filters.eq("_id", "b")).first();
                            long version = read.getLong("version");
                            buckets.updateOne(Filters.and(Filters.eq("_id", "b"), Filters.eq("version", version)),
                                    Updates.combine(Updates.set("version", version + 1), Updates.set("totals",
                                            new Document("projects", version + 1))));
                        } else {
                            try {
                                Document read = buckets.find(Filters.eq("_id", "b")).first();
                                reads.incrementAndGet();
                                if (read.getLong("version").longValue() != read.get("totals", Document.class).getLong("projects")) {
                                    torn.add(read.toJson());
                                }
                            } catch (RuntimeException e) {
                                torn.add(e.toString());
                            }
                        }
                    }
                });
                threads[t].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(reads.get()).isPositive();
            assertThat(torn).as("reads that saw half an update, or failed").isEmpty();
            Document last = buckets.find().first();
            assertThat(last.get("totals", Document.class).getLong("projects")).as("no update lost")
                    .isEqualTo(last.getLong("version"));
        }
    }

    @Test
    void every_acknowledged_write_is_in_the_file_before_the_answer_as_a_server_that_died_then_would_find_it()
            throws Exception {
        Path file = directory.resolve("live.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(file, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> projects = client.getDatabase("test").getCollection("projects");
            projects.insertMany(List.of(new Document("_id", "a").append("stage", "SIGNED"),
                    new Document("_id", "b").append("stage", "SIGNED"), new Document("_id", "c")));
            assertThat(documentsIn(copyOf(file, "after-insert"))).extracting(document -> document.get("_id"))
                    .containsExactlyInAnyOrder("a", "b", "c");

            projects.updateOne(Filters.eq("_id", "a"), Updates.set("stage", "UNDER_CONSTRUCTION"));
            projects.deleteOne(Filters.eq("_id", "c"));
            // The file as the process left it, copied while it runs: what a restart after kill -9 would read.
            assertThat(documentsIn(copyOf(file, "after-update"))).containsExactlyInAnyOrder(
                    new Document("_id", "a").append("stage", "UNDER_CONSTRUCTION"),
                    new Document("_id", "b").append("stage", "SIGNED"));
        }
    }

    @Test
    void writes_acknowledged_to_many_connections_at_once_are_all_in_the_file_whenever_it_is_copied() throws Exception {
        Path file = directory.resolve("busy.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(file, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> projects = client.getDatabase("test").getCollection("projects");
            List<String> acknowledged = new CopyOnWriteArrayList<>();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            long until = System.nanoTime() + 2_000_000_000L;
            Thread[] writers = new Thread[12];
            for (int w = 0; w < writers.length; w++) {
                int writer = w;
                writers[w] = new Thread(() -> {
                    try {
                        for (int n = 0; System.nanoTime() < until; n++) {
                            String id = writer + "-" + n;
                            projects.insertOne(new Document("_id", id).append("stage", "SIGNED"));
                            acknowledged.add(id);
                        }
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                });
                writers[w].start();
            }
            List<Path> copies = new ArrayList<>();
            List<List<String>> acknowledgedBeforeCopy = new ArrayList<>();
            while (System.nanoTime() < until) {
                Thread.sleep(150);
                acknowledgedBeforeCopy.add(List.copyOf(acknowledged));
                copies.add(copyOf(file, "copy-" + copies.size()));
            }
            for (Thread writer : writers) {
                writer.join();
            }
            assertThat(failures).isEmpty();
            assertThat(acknowledged).hasSizeGreaterThan(writers.length * 10);
            for (int c = 0; c < copies.size(); c++) {
                List<Object> inCopy = documentsIn(copies.get(c)).stream().map(document -> document.get("_id"))
                        .toList();
                assertThat(inCopy).as("copy %d", c).containsAll(acknowledgedBeforeCopy.get(c));
            }
        }
    }

    private Path copyOf(Path file, String name) throws Exception {
        return Files.copy(file, directory.resolve(name + ".mv"));
    }

    private static List<Document> documentsIn(Path file) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(file, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            return client.getDatabase("test").getCollection("projects").find().into(new ArrayList<>());
        }
    }

    @Test
    void documents_on_disk_keep_every_value_and_its_type_across_a_restart() {
        Path file = directory.resolve("types.mv");
        Document written = new Document("_id", new ObjectId()).append("text", "重点项目 ✓")
                .append("int", 42).append("long", 1L << 40).append("double", 0.1).append("decimal",
                        new Decimal128(new BigDecimal("950000000.00")))
                .append("yes", true).append("nothing", null).append("at", new Date(1_790_000_000_000L))
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, new byte[16]))
                .append("pattern", new BsonRegularExpression("^KP-", "i"))
                .append("nested", new Document("list", List.of(1, "two", new Document("three", 3.0), List.of())))
                .append("timestamp", new BsonTimestamp(1_790_000_000, 7)).append("min", new MinKey())
                .append("max", new MaxKey());
        Document updated;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(file, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> values = client.getDatabase("test").getCollection("values");
            values.insertOne(written);
            values.updateOne(Filters.eq("_id", written.get("_id")),
                    Updates.combine(Updates.inc("int", 1L), Updates.push("nested.list", "four")));
            updated = values.find().first();
            assertThat(updated.get("int")).as("an int plus a long").isEqualTo(43L);
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(file, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> values = client.getDatabase("test").getCollection("values");
            Document read = values.find().first();
            assertThat(read).isEqualTo(updated);
            read.forEach((key, value) -> assertThat(value == null ? null : value.getClass()).as(key)
                    .isEqualTo(updated.get(key) == null ? null : updated.get(key).getClass()));
            assertThat(read.keySet()).as("in their order").containsExactlyElementsOf(updated.keySet());
        }
        MVStore store = MVStore.open(file.toString());
        try {
            assertThat(store.openMap(BsonDocumentMaps.PREFIX + "test.values").size()).isEqualTo(1);
        } finally {
            store.close();
        }
    }

    @Test
    void a_renamed_collection_keeps_its_documents_and_a_dropped_one_leaves_no_map() {
        Path file = directory.resolve("renamed.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(file, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("test").getCollection("drafts").insertOne(new Document("_id", "p1"));
            client.getDatabase("test").getCollection("drafts")
                    .renameCollection(new MongoNamespace("test", "projects"));
            client.getDatabase("test").getCollection("gone").insertOne(new Document("_id", "x"));
            client.getDatabase("test").getCollection("gone").drop();
            client.getDatabase("scratch").getCollection("notes").insertOne(new Document("_id", "n1"));
            client.getDatabase("scratch").drop();
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(file, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.getDatabase("test").getCollection("projects").find().first()).containsEntry("_id", "p1");
            assertThat(client.getDatabase("test").listCollectionNames().into(new ArrayList<>()))
                    .containsExactly("projects");
        }
        MVStore store = MVStore.open(file.toString());
        try {
            assertThat(store.getMapNames()).filteredOn(name -> name.startsWith(BsonDocumentMaps.PREFIX))
                    .map(name -> name.substring(BsonDocumentMaps.PREFIX.length()))
                    .containsExactlyInAnyOrder("test.projects", "test.system.indexes", "test.system.namespaces");
            assertThat(store.getMapNames()).filteredOn(name -> name.startsWith("meta.") || name.startsWith("databases."))
                    .noneMatch(name -> name.contains("drafts") || name.contains("gone") || name.contains("scratch"));
        } finally {
            store.close();
        }
    }

    @Test
    void a_document_bson_cannot_carry_is_kept_serialised_instead() {
        de.bwaldvogel.mongo.bson.Document odd = new de.bwaldvogel.mongo.bson.Document("_id", "p1")
                .append("ratio", 0.5f).append("name", "经开区");
        de.bwaldvogel.mongo.bson.Document plain = new de.bwaldvogel.mongo.bson.Document("_id", "p2")
                .append("ratio", 0.5).append("name", "经开区");
        WriteBuffer buffer = new WriteBuffer();
        BsonDocumentMaps.BsonDocumentType.INSTANCE.write(buffer, odd);
        BsonDocumentMaps.BsonDocumentType.INSTANCE.write(buffer, plain);
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(BsonDocumentMaps.BsonDocumentType.INSTANCE.read(written)).isEqualTo(odd)
                .extracting(document -> document.get("ratio")).isInstanceOf(Float.class);
        assertThat(BsonDocumentMaps.BsonDocumentType.INSTANCE.read(written)).isEqualTo(plain);
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void index_keys_are_written_as_bson_not_java_serialised_and_those_written_before_still_read() {
        ComparedKeyIndex.ComparedKeys keys = new ComparedKeyIndex.ComparedKeys();
        KeyValue mixed = new KeyValue("KP-2026-0001", 7, 7L, 1.5, null, Missing.getInstance(),
                new de.bwaldvogel.mongo.bson.Document("year", 2026), List.of(1, "a"), true);
        KeyValue single = new KeyValue("项目-1");
        WriteBuffer buffer = new WriteBuffer();
        keys.write(buffer, mixed);
        keys.write(buffer, single);
        new ObjectDataType().write(buffer, single);
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(written.get(0)).as("not Java serialisation's tag").isEqualTo((byte) 120);
        KeyValue read = (KeyValue) keys.read(written);
        assertThat(read).isEqualTo(mixed);
        assertThat(read.get(1)).isInstanceOf(Integer.class);
        assertThat(read.get(2)).isInstanceOf(Long.class);
        assertThat(keys.read(written)).isEqualTo(single);
        assertThat(keys.read(written)).as("a key written before, Java-serialised").isEqualTo(single);
        assertThat(written.hasRemaining()).isFalse();
    }

    private EmbeddedMongoServer start(String backend) {
        return "on disk".equals(backend)
                ? EmbeddedMongoServer.onDisk(directory.resolve("data.mv"), 0) : EmbeddedMongoServer.inMemory(0);
    }

    private static String address(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
