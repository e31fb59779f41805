package city.keyprojects.platform.embedded;

import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The heap a decoded document takes, estimated from its shape as the server decodes it (a {@link Document} over a
 * {@code LinkedHashMap}, lists as {@code ArrayList}s) on a 64-bit JVM with compressed references. An estimate for
 * H2's page cache: within a fifth of what the heap holds for the services' documents (DecodedSizeTest).
 */
final class DecodedSize {

    private static final int OBJECT = 16;
    private static final int MAP = 56;
    private static final int MAP_ENTRY = 40;
    private static final int LIST = 24;
    private static final int ARRAY = 16;
    private static final int REFERENCE = 4;
    private static final int STRING = 24;
    private static final int BOXED = 24;

    private DecodedSize() {
    }

    static long of(Object value) {
        if (value instanceof Document document) {
            return OBJECT + map(document);
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        if (value instanceof Collection<?> elements) {
            long size = LIST + ARRAY + (long) REFERENCE * elements.size();
            for (Object element : elements) {
                size += of(element);
            }
            return size;
        }
        if (value instanceof String string) {
            return string(string);
        }
        if (value instanceof byte[] bytes) {
            return ARRAY + bytes.length;
        }
        if (value instanceof Decimal128) {
            return 32;
        }
        if (value instanceof ObjectId) {
            return BOXED + ARRAY + 16;
        }
        // Booleans and small integers are shared instances, null is nothing; anything else is counted as a box.
        return value == null || value instanceof Boolean ? 0 : BOXED;
    }

    private static long map(Map<?, ?> map) {
        long size = MAP + ARRAY + (long) REFERENCE * Integer.highestOneBit(Math.max(1, map.size() * 4 / 3) * 2);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            size += MAP_ENTRY + of(entry.getKey()) + of(entry.getValue());
        }
        return size;
    }

    /** Latin-1 strings take a byte a character, any other two. */
    private static long string(String string) {
        int bytesPerChar = 1;
        for (int i = 0; i < string.length() && bytesPerChar == 1; i++) {
            bytesPerChar = string.charAt(i) > 0xFF ? 2 : 1;
        }
        return STRING + ARRAY + (long) bytesPerChar * string.length();
    }
}
