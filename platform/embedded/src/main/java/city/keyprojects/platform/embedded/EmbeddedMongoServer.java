package city.keyprojects.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB-wire server (mongo-java-server), on disk with its H2 MVStore backend or in memory. It reports a
 * wire version the current drivers accept. It has no multi-document transactions and ignores non-unique
 * indexes; the platform is designed for that (see docs/architecture.md). A unique index also serves a query that
 * names its key beside other criteria ({@link KeyFirstIndex}), as MongoDB's would.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /**
     * A server storing its data in {@code file} (created if missing, compacted first if mostly dead:
     * {@link SparseStoreFile}), listening on {@code localhost:port}.
     */
    public static EmbeddedMongoServer onDisk(Path file, int port) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SparseStoreFile.compactIfMostlyDead(absolute);
        return start(KeyFirstBackends.onDisk(absolute.toString()), port);
    }

    /** A server keeping its data in memory; port 0 picks a free port. */
    public static EmbeddedMongoServer inMemory(int port) {
        return start(KeyFirstBackends.inMemory(), port);
    }

    private static EmbeddedMongoServer start(MongoBackend backend, int port) {
        MongoServer server = new MongoServer(backend);
        server.bind("localhost", port);
        InetSocketAddress address = server.getLocalAddress();
        return new EmbeddedMongoServer(server, address);
    }

    public int port() {
        return address.getPort();
    }

    public String connectionString() {
        return "mongodb://localhost:" + address.getPort();
    }

    @Override
    public void close() {
        // shutdown() was seen to hang the JVM; shutdownNow() closes the store properly.
        server.shutdownNow();
    }
}
