package city.keyprojects.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Queries naming the id beside other criteria (an optimistic update by id and version, say) answer as MongoDB
 * would, on both backends, now that the id's index serves them (KeyFirstIndex); unique indexes on disk compare their
 * keys natively and take over those of a file written before (ComparedKeyIndex).
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
    void a_file_written_with_the_original_h2_indexes_opens_with_its_indexes_taken_over() {
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
        } finally {
            store.close();
        }
    }

    private EmbeddedMongoServer start(String backend) {
        return "on disk".equals(backend)
                ? EmbeddedMongoServer.onDisk(directory.resolve("data.mv"), 0) : EmbeddedMongoServer.inMemory(0);
    }

    private static String address(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
