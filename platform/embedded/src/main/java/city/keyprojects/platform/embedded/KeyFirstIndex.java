package city.keyprojects.platform.embedded;

import java.util.Collection;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * A unique single-key index of mongo-java-server that also serves queries naming its key with a plain value beside
 * other criteria, such as {@code {_id: id, version: 3}}. mongo-java-server uses an index only when the query names
 * exactly its keys, so every optimistic update (by id and version) read the whole collection: writes slowed down in
 * proportion to the documents stored (docs/performance.md). Here the key's value finds the one candidate and the
 * collection then matches it against the whole query, as MongoDB does. Everything else is the wrapped index's.
 */
final class KeyFirstIndex<P> extends Index<P> {

    private final Index<P> index;
    private final String key;

    private KeyFirstIndex(Index<P> index) {
        super(index.getName(), index.getKeys(), Boolean.TRUE.equals(index.toIndexDescription().get("sparse")));
        this.index = index;
        this.key = index.getKeys().get(0).getKey();
    }

    /** The index, serving its key among other criteria too if it is unique and on one key. */
    static <P> Index<P> of(Index<P> index) {
        return index.isUnique() && index.getKeys().size() == 1 ? new KeyFirstIndex<>(index) : index;
    }

    @Override
    public boolean canHandle(Document query) {
        return index.canHandle(query) || index.canHandle(byKey(query));
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return index.canHandle(query) ? index.getPositions(query) : index.getPositions(byKey(query));
    }

    /**
     * The query's condition on the key alone when it is a plain value (not an operator, a pattern or an array);
     * else an empty query, which no index serves.
     */
    private Document byKey(Document query) {
        Object value = query.get(key);
        boolean plain = value != null && !(value instanceof Document) && !(value instanceof Pattern)
                && !(value instanceof Collection) && !value.getClass().isArray();
        return plain && query.size() > 1 ? new Document(key, value) : new Document();
    }

    @Override
    public P getPosition(Document document) {
        return index.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        index.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        index.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return index.remove(document);
    }

    @Override
    public long getCount() {
        return index.getCount();
    }

    @Override
    public long getDataSize() {
        return index.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        index.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        index.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        index.drop();
    }

    @Override
    public boolean isUnique() {
        return true;
    }

    @Override
    public Document toIndexDescription() {
        return index.toIndexDescription();
    }

    @Override
    public String toString() {
        return index.toString();
    }
}
