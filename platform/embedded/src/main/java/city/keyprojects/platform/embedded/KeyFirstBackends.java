package city.keyprojects.platform.embedded;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * mongo-java-server's two backends with their unique indexes serving their key among other criteria too; on disk,
 * with keys compared natively ({@link ComparedKeyIndex}) and documents kept as BSON ({@link BsonDocumentMaps}).
 */
final class KeyFirstBackends {

    private KeyFirstBackends() {
    }

    /**
     * On disk, in H2's MVStore file. Every command's changes are in the file before it is answered
     * ({@link AnswersAfterCommit}): MVStore by itself writes them up to a second later, so a server that died (it once
     * ran out of memory) had acknowledged writes it then did not have, and the services' projections no longer agreed
     * with their sources. Written without fsync: a crash of the process loses nothing acknowledged, a crash of the
     * machine may lose the last writes. Pages of 4 KiB rather than 16: each commit rewrites the pages it changed, and
     * the file grew half as fast under load (it stops growing once MVStore reuses the space of chunks it no longer
     * needs).
     */
    static MongoBackend onDisk(String file) {
        MVStore store = new MVStore.Builder().fileName(file).pageSplitSize(4 * 1024).open();
        AnswersAfterCommit answers = new AnswersAfterCommit(store);
        return new H2Backend(store) {
            /**
             * Each command holds on to the store's version while it runs. A query that reads a whole collection walks
             * the map as it was when it started; MVStore's compaction, set off by the writes of others meanwhile, moves
             * the pages still live out of sparse chunks and frees them at once unless a version in use is older. The
             * scan then failed with "Chunk … not found" (100,000 promotion plans: the outbox sweep failed every 2 s
             * for minutes), though the file was whole.
             */
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                answers.guard(channel);
                MVStore.TxCounter reading = store.registerVersionUsage();
                try {
                    return answers.run(command, query, () -> super.handleCommand(channel, database, command, query));
                } finally {
                    store.deregisterVersionUsage(reading);
                }
            }

            @Override
            public void close() {
                answers.close();
                // A version released while another thread held the store's lock stays the oldest to keep until the
                // next commit; MVStore's close asserts there is none. Releasing one more, uncontended, moves it on.
                store.deregisterVersionUsage(store.registerVersionUsage());
                super.close();
            }

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

                    @Override
                    protected MongoCollection<Object> openOrCreateCollection(String collection,
                            CollectionOptions options) {
                        String namespace = getFullCollectionNamespace(collection);
                        return new H2Collection(this, collection, options,
                                BsonDocumentMaps.open(getMvStore(), namespace),
                                BsonDocumentMaps.meta(getMvStore(), namespace), getCursorRegistry()) {
                            /**
                             * A copy: mongo-java-server changes the document an update found in place, key by
                             * key, and stores that same object, while a reader that found it before may still be
                             * encoding it (outside the collection's lock). Such a reader saw half an update — a
                             * new version with the old totals — and an update guarded by that version then lost
                             * another's change (EmbeddedMongoServerTest). With a copy, a stored document is never
                             * changed again. Documents a full scan finds are the stored ones: an update selected
                             * that way would still change its document in place; the services select by id.
                             */
                            @Override
                            protected Document getDocument(Object position) {
                                Document stored = super.getDocument(position);
                                return stored == null ? null : stored.cloneDeeply();
                            }
                        };
                    }

                    @Override
                    public void dropCollection(String collection, Oplog oplog) {
                        super.dropCollection(collection, oplog);
                        BsonDocumentMaps.drop(getMvStore(), getFullCollectionNamespace(collection));
                    }

                    @Override
                    public void moveCollection(MongoDatabase from, MongoCollection<?> collection, String newName) {
                        String namespace = collection.getFullName();
                        super.moveCollection(from, collection, newName);
                        BsonDocumentMaps.rename(getMvStore(), namespace, getFullCollectionNamespace(newName));
                    }

                    @Override
                    public void drop(Oplog oplog) {
                        super.drop(oplog);
                        BsonDocumentMaps.dropDatabase(getMvStore(), getDatabaseName());
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

                    @Override
                    protected MemoryCollection openOrCreateCollection(String collection, CollectionOptions options) {
                        return new CopyOnUpdateMemoryCollection(this, collection, options, getCursorRegistry());
                    }
                };
            }
        };
    }

    /**
     * The in-memory collection with the on-disk one's copy on read (above). This one stores an update only by having
     * changed the document in place, so the changed copy is put back in the document's place in its list, which
     * mongo-java-server keeps private.
     */
    private static final class CopyOnUpdateMemoryCollection extends MemoryCollection {

        private static final VarHandle DOCUMENTS;

        static {
            try {
                DOCUMENTS = MethodHandles.privateLookupIn(MemoryCollection.class, MethodHandles.lookup())
                        .findVarHandle(MemoryCollection.class, "documents", List.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        CopyOnUpdateMemoryCollection(MongoDatabase database, String collection, CollectionOptions options,
                CursorRegistry cursors) {
            super(database, collection, options, cursors);
        }

        @Override
        protected Document getDocument(Integer position) {
            Document stored = super.getDocument(position);
            return stored == null ? null : stored.cloneDeeply();
        }

        @Override
        @SuppressWarnings("unchecked")
        protected synchronized void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
            ((List<Document>) DOCUMENTS.get(this)).set(position, newDocument);
        }
    }
}
