package city.keyprojects.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;

/** H2's page cache counts a decoded document as about the heap it takes, however large the document. */
class DecodedSizeTest {

    private static final BsonDocumentMaps.BsonDocumentType TYPE = BsonDocumentMaps.BsonDocumentType.INSTANCE;

    @Test
    void a_decoded_document_is_counted_within_a_fifth_of_the_heap_it_takes() {
        ByteBuffer bson = written(projectFacts(3));
        long estimate = TYPE.getMemory(TYPE.read(bson.duplicate()));

        int copies = 5_000;
        List<Document> kept = new ArrayList<>(copies);
        long before = usedHeap();
        for (int i = 0; i < copies; i++) {
            kept.add(TYPE.read(bson.duplicate()));
        }
        long perDocument = (usedHeap() - before) / copies;

        assertThat(kept).hasSize(copies);
        assertThat((double) estimate).as("estimated %d B, measured %d B", estimate, perDocument)
                .isCloseTo(perDocument, within(perDocument * 0.2));
    }

    @Test
    void a_large_document_counts_in_proportion_to_its_content_not_as_an_average_document() {
        long small = TYPE.getMemory(TYPE.read(written(projectFacts(1))));
        long large = TYPE.getMemory(TYPE.read(written(new Document("_id", "rankings-2026").append("rows",
                IntStream.range(0, 10_000).mapToObj(DecodedSizeTest::projectFacts).toList()))));

        assertThat(large).isGreaterThan(small * 9_000);
    }

    private static Document projectFacts(int n) {
        return new Document("_id", "KP-2026-" + n).append("version", 12L)
                .append("name", "德州某新材料项目" + n).append("district", "371400").append("stage", "CONSTRUCTION")
                .append("investment", new Decimal128(new BigDecimal("500000000.00")))
                .append("completed", new Decimal128(new BigDecimal("120000000.00")))
                .append("milestones", List.of(new Document("name", "开工").append("due", "2026-03-01").append("met", true),
                        new Document("name", "竣工").append("due", "2027-06-30").append("met", false)))
                .append("overdueTickets", 2).append("lastChange", "2026-11-22T08:00:00Z");
    }

    private static ByteBuffer written(Document document) {
        WriteBuffer buffer = new WriteBuffer();
        TYPE.write(buffer, document);
        return buffer.getBuffer().flip();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
