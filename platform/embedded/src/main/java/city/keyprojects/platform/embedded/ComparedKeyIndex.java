package city.keyprojects.platform.embedded;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.buffer.ByteBuf;

/**
 * A unique index kept in H2's MVStore, as mongo-java-server's own {@code H2UniqueIndex}, but with its keys compared
 * as MongoDB compares values. The original leaves the key type to H2's {@link ObjectDataType}, which compares
 * objects it does not know (mongo-java-server's {@link KeyValue}) by Java-serialising both: each lookup serialised
 * twice as many keys as the B-tree is deep, a third of the MongoDB-wire server's CPU in the benchmark's outbox phase
 * (docs/performance.md). Keys are still written as before; only their order differs, so the index lives in a map of
 * its own name and is filled from the original's map once, when a file written before is opened.
 */
final class ComparedKeyIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;

    private ComparedKeyIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    /**
     * Opens the index {@code name} of the collection {@code namespace} ({@code database.collection}), taking over
     * the entries of mongo-java-server's map of that index if there is one.
     */
    static ComparedKeyIndex open(MVStore store, String namespace, String name, List<IndexKey> keys, boolean sparse) {
        MVMap<KeyValue, Object> map = store.openMap(mapName(namespace, name),
                new MVMap.Builder<KeyValue, Object>().keyType(new ComparedKeys()));
        String original = originalMapName(namespace, name);
        if (store.hasMap(original)) {
            // Cleared first: a copy cut short by a crash is redone whole; the removal commits with the copy.
            map.clear();
            MVMap<KeyValue, Object> entries = store.openMap(original);
            for (Map.Entry<KeyValue, Object> entry : entries.entrySet()) {
                map.put(entry.getKey(), entry.getValue());
            }
            store.removeMap(entries);
        }
        return new ComparedKeyIndex(map, name, keys, sparse);
    }

    static void drop(MVStore store, String namespace, String name) {
        store.removeMap(mapName(namespace, name));
    }

    private static String mapName(String namespace, String name) {
        return namespace + "._compared_index_" + name;
    }

    /** The name mongo-java-server's H2 backend gives an index's map. */
    private static String originalMapName(String namespace, String name) {
        return namespace + "._index_" + name;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(key);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /**
     * Index keys ordered value by value as MongoDB orders them (so {@code 1} and {@code 1.0} are the same key, as in
     * a MongoDB unique index); arrays element by element. Written as BSON behind a tag of their own: left to
     * {@link ObjectDataType}, every key of every index page was Java-serialised, each through an object stream of its
     * own, whenever the page was written: most of what the MongoDB-wire server allocated, in its commits and in H2's
     * compaction of the file (docs/performance.md). Keys written before are still read as they were; a key BSON
     * cannot carry is written as before.
     */
    static final class ComparedKeys extends ObjectDataType {

        private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();
        /** A tag {@link ObjectDataType} does not use (its highest is 119). */
        private static final byte KEY_AS_BSON = 120;

        @Override
        public void write(WriteBuffer buffer, Object key) {
            if (key instanceof KeyValue values) {
                // A value the key lacks (Missing) has no BSON form: its place stays empty.
                Document present = new Document();
                for (int i = 0; i < values.size(); i++) {
                    if (!(values.get(i) instanceof Missing)) {
                        present.put(Integer.toString(i), values.get(i));
                    }
                }
                ByteBuf bson;
                try {
                    bson = BsonDocumentMaps.encode(present);
                } catch (RuntimeException notBson) {
                    super.write(buffer, key);
                    return;
                }
                buffer.put(KEY_AS_BSON).putVarInt(values.size()).put(bson.nioBuffer());
                return;
            }
            super.write(buffer, key);
        }

        @Override
        public Object read(ByteBuffer buffer) {
            if (buffer.get(buffer.position()) != KEY_AS_BSON) {
                return super.read(buffer);
            }
            buffer.get();
            Object[] values = new Object[DataUtils.readVarInt(buffer)];
            Document present = BsonDocumentMaps.decode(buffer);
            for (int i = 0; i < values.length; i++) {
                String place = Integer.toString(i);
                values[i] = present.containsKey(place) ? present.get(place) : Missing.getInstance();
            }
            return new KeyValue(values);
        }

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue left && b instanceof KeyValue right) {
                if (left.size() != right.size()) {
                    return Integer.compare(left.size(), right.size());
                }
                for (int i = 0; i < left.size(); i++) {
                    int value = VALUES.compare(left.get(i), right.get(i));
                    if (value != 0) {
                        return value;
                    }
                }
                return 0;
            }
            return super.compare(a, b);
        }
    }
}
