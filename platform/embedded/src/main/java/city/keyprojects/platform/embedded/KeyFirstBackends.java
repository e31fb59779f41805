package city.keyprojects.platform.embedded;

import java.util.List;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/**
 * mongo-java-server's two backends with their unique indexes serving their key among other criteria too; on disk,
 * with keys compared natively ({@link ComparedKeyIndex}).
 */
final class KeyFirstBackends {

    private KeyFirstBackends() {
    }

    /** On disk, in H2's MVStore file. */
    static MongoBackend onDisk(String file) {
        return new H2Backend(file) {
            @Override
            protected MongoDatabase openOrCreateDatabase(String name) {
                return new H2Database(name, getMvStore(), getCursorRegistry()) {
                    @Override
                    protected Index<Object> openOrCreateUniqueIndex(String collection, String index,
                            List<IndexKey> keys, boolean sparse) {
                        return KeyFirstIndex.of(ComparedKeyIndex.open(getMvStore(),
                                getFullCollectionNamespace(collection), index, keys, sparse));
                    }

                    @Override
                    protected void dropIndex(MongoCollection<Object> collection, String index) {
                        super.dropIndex(collection, index);
                        ComparedKeyIndex.drop(getMvStore(), getFullCollectionNamespace(collection.getCollectionName()),
                                index);
                    }
                };
            }
        };
    }

    static MongoBackend inMemory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String name) {
                return new MemoryDatabase(name, getCursorRegistry()) {
                    @Override
                    protected Index<Integer> openOrCreateUniqueIndex(String collection, String index,
                            List<IndexKey> keys, boolean sparse) {
                        return KeyFirstIndex.of(super.openOrCreateUniqueIndex(collection, index, keys, sparse));
                    }
                };
            }
        };
    }
}
