package city.keyprojects.platform.storage;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * A value (an aggregate's state, a read model) as a document to embed in another one, written by Spring Data's
 * converter without its {@code _class} hint: the type is known where it is read back, and the hint would tie
 * stored data to a Java class name.
 */
public final class EmbeddedDocuments {

    private EmbeddedDocuments() {
    }

    public static Document of(MongoConverter converter, Object value) {
        Document document = new Document();
        converter.write(value, document);
        document.remove("_class");
        return document;
    }
}
