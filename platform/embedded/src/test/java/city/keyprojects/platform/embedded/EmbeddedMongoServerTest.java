package city.keyprojects.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * Queries naming the id beside other criteria (an optimistic update by id and version, say) answer as MongoDB
 * would, on both backends, now that the id's index serves them (KeyFirstIndex).
 */
class EmbeddedMongoServerTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"in memory", "on disk"})
    void the_id_beside_other_criteria_finds_updates_and_deletes_exactly_the_matching_documents(String backend) {
        try (EmbeddedMongoServer server = "on disk".equals(backend)
                ? EmbeddedMongoServer.onDisk(directory.resolve("data.mv"), 0) : EmbeddedMongoServer.inMemory(0);
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
}
