package city.keyprojects.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

class SparseStoreFileTest {

    private static final int DOCUMENTS = 500;
    private static final int UPDATES = 8;

    @TempDir
    Path directory;

    @Test
    void aMostlyDeadFileIsCompactedAndKeepsEveryDocumentAndIndex() throws Exception {
        Path file = directory.resolve("data.mv");
        writeAndUpdateEachDocumentRepeatedly(file);
        assertThat(SparseStoreFile.livePercent(file)).isLessThan(SparseStoreFile.LIVE_PERCENT_BELOW);

        Optional<SparseStoreFile.Compaction> compaction = SparseStoreFile.compactIfMostlyDead(file, 0);

        assertThat(compaction).hasValueSatisfying(done -> {
            assertThat(done.bytesAfter()).isLessThan(done.bytesBefore() / 2);
            assertThat(done.bytesAfter()).isEqualTo(file.toFile().length());
        });
        assertThat(SparseStoreFile.livePercent(file)).isGreaterThanOrEqualTo(SparseStoreFile.LIVE_PERCENT_BELOW);
        assertThat(directory.resolve("data.mv.compacting")).doesNotExist();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(file, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> projects = client.getDatabase("test").getCollection("projects");
            assertThat(projects.countDocuments()).isEqualTo(DOCUMENTS);
            List<Integer> versions = new ArrayList<>();
            projects.find().forEach(project -> versions.add(project.getInteger("version")));
            assertThat(versions).hasSize(DOCUMENTS).containsOnly(UPDATES);
            assertThat(projects.find(Filters.eq("code", "KP-42")).first()).containsEntry("_id", "p42");
            projects.insertOne(new Document("_id", "p-new").append("code", "KP-new"));
            assertThat(projects.countDocuments()).isEqualTo(DOCUMENTS + 1);
        }
    }

    @Test
    void aFileMostlyLiveIsLeftAsItIs() throws Exception {
        Path file = directory.resolve("data.mv");
        writeAndUpdateEachDocumentRepeatedly(file);
        assertThat(SparseStoreFile.compactIfMostlyDead(file, 0)).isPresent();
        byte[] compacted = Files.readAllBytes(file);

        assertThat(SparseStoreFile.compactIfMostlyDead(file, 0)).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(compacted);
    }

    @Test
    void aSmallFileIsNotWorthCompacting() throws Exception {
        Path file = directory.resolve("data.mv");
        writeAndUpdateEachDocumentRepeatedly(file);
        byte[] sparse = Files.readAllBytes(file);

        assertThat(SparseStoreFile.compactIfMostlyDead(file)).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(sparse);
    }

    @Test
    void aFileThatCannotBeReadIsLeftUntouchedForTheServerToReport() throws Exception {
        Path file = directory.resolve("data.mv");
        byte[] garbage = "not a store file".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);

        assertThat(SparseStoreFile.compactIfMostlyDead(file, 0)).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
        assertThat(directory.resolve("data.mv.compacting")).doesNotExist();
    }

    /** Every update is a commit of its own, which rewrites the pages it changed and leaves the old ones dead. */
    private static void writeAndUpdateEachDocumentRepeatedly(Path file) {
        String payload = "x".repeat(400);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(file, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> projects = client.getDatabase("test").getCollection("projects");
            projects.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            for (int i = 0; i < DOCUMENTS; i++) {
                projects.insertOne(new Document("_id", "p" + i).append("code", "KP-" + i).append("version", 1)
                        .append("payload", payload));
            }
            for (int version = 2; version <= UPDATES; version++) {
                for (int i = 0; i < DOCUMENTS; i++) {
                    projects.updateOne(Filters.eq("_id", "p" + i),
                            Updates.combine(Updates.set("version", version), Updates.set("payload", payload + version)));
                }
            }
        }
    }
}
