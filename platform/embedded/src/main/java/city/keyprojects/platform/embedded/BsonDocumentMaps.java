package city.keyprojects.platform.embedded;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A collection's documents kept in H2's MVStore as BSON, the form they come in on the wire. mongo-java-server's H2
 * backend leaves its documents to H2's {@link ObjectDataType}, which Java-serialises each one, class descriptors and
 * all, every time a page of them is written, and deserialises them likewise: as BSON the store takes a tenth less
 * CPU and a fifth less disk (docs/performance.md). The format differs, so the documents live in a map of
 * their own name ({@value #PREFIX}{@code <database>.<collection>}) and are copied from mongo-java-server's map of the
 * collection once, when a file written before is opened. That map stays, empty: the backend finds its databases
 * by such maps' names, and drops and renames them with their collections.
 */
final class BsonDocumentMaps {

    /** A database's name cannot hold {@code $}, so no map mongo-java-server names starts like this. */
    static final String PREFIX = "documents$.";
    private static final String ORIGINAL_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    private BsonDocumentMaps() {
    }

    /**
     * Opens the documents of the collection {@code namespace} ({@code database.collection}), taking over those in
     * mongo-java-server's map of it if it holds any.
     */
    static MVMap<Object, Document> open(MVStore store, String namespace) {
        MVMap<Object, Document> documents = documents(store, namespace);
        MVMap<Object, Object> original = store.openMap(ORIGINAL_PREFIX + namespace);
        if (!original.isEmpty()) {
            // Cleared first: a copy cut short by a crash is redone whole. The original is emptied only after the
            // copy, so until a commit holds both, the next opening copies again.
            documents.clear();
            for (Map.Entry<Object, Object> entry : original.entrySet()) {
                documents.put(entry.getKey(), (Document) entry.getValue());
            }
            original.clear();
        }
        return documents;
    }

    static void drop(MVStore store, String namespace) {
        store.removeMap(PREFIX + namespace);
    }

    static void dropDatabase(MVStore store, String database) {
        store.getMapNames().stream().filter(name -> name.startsWith(PREFIX + database + "."))
                .forEach(store::removeMap);
    }

    /**
     * Gives the collection's maps, its documents and mongo-java-server's two, the new name. mongo-java-server 1.47
     * renames the collection before its maps, so its own renaming only makes empty maps of the new name: a renamed
     * collection lost its documents at the next start.
     */
    static void rename(MVStore store, String namespace, String newNamespace) {
        for (String prefix : List.of(PREFIX, ORIGINAL_PREFIX, META_PREFIX)) {
            if (store.hasMap(prefix + newNamespace)) {
                store.removeMap(prefix + newNamespace);
            }
            store.renameMap(prefix.equals(PREFIX) ? documents(store, namespace) : store.openMap(prefix + namespace),
                    prefix + newNamespace);
        }
    }

    /** The map of a collection's sizes, as mongo-java-server names it. */
    static MVMap<String, Object> meta(MVStore store, String namespace) {
        return store.openMap(META_PREFIX + namespace);
    }

    private static MVMap<Object, Document> documents(MVStore store, String namespace) {
        return store.openMap(PREFIX + namespace,
                new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    }

    /**
     * A document as BSON behind a tag byte. Should a document hold a value BSON cannot carry (none that comes over
     * the wire), it is kept as before, Java-serialised behind another tag, rather than failing H2's write of a page.
     */
    static final class BsonDocumentType extends BasicDataType<Document> {

        static final BsonDocumentType INSTANCE = new BsonDocumentType();
        private static final byte BSON = 0;
        private static final byte SERIALISED = 1;
        private static final ObjectDataType SERIALISATION = new ObjectDataType();

        /**
         * The heap the document takes decoded, as H2's page cache, which holds pages decoded, must count it. It
         * was counted as the running average BSON size of all documents: the report snapshots, each several MB,
         * counted as about a kilobyte each, so their map stayed one leaf page that was never split, held decoded
         * as long as the server ran (108 MB for reports of up to 5,000 projects; docs/performance.md).
         */
        @Override
        public int getMemory(Document document) {
            return (int) Math.min(Integer.MAX_VALUE, DecodedSize.of(document));
        }

        /**
         * Every document counted, not a sample: H2's running estimate of a map's documents assumes they are much
         * alike in size, and reports are not like the rest.
         */
        @Override
        public boolean isMemoryEstimationAllowed() {
            return false;
        }

        @Override
        public void write(WriteBuffer buffer, Document document) {
            ByteBuf bson;
            try {
                bson = encode(document);
            } catch (RuntimeException notBson) {
                buffer.put(SERIALISED);
                SERIALISATION.write(buffer, document);
                return;
            }
            buffer.put(BSON).put(bson.nioBuffer());
        }

        @Override
        public Document read(ByteBuffer buffer) {
            if (buffer.get() == SERIALISED) {
                return (Document) SERIALISATION.read(buffer);
            }
            return decode(buffer);
        }

        @Override
        public Document[] createStorage(int size) {
            return new Document[size];
        }
    }

    /** The document as BSON; a {@link RuntimeException} if it holds a value BSON cannot carry. */
    static ByteBuf encode(Map<String, ?> document) {
        ByteBuf bson = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, bson);
        return bson;
    }

    /** The BSON document at the buffer's position, which is moved past it. */
    static Document decode(ByteBuffer buffer) {
        int start = buffer.position();
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(start);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buffer.slice(start, length)));
        buffer.position(start + length);
        return document;
    }
}
