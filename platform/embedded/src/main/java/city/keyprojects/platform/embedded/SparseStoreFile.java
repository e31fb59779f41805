package city.keyprojects.platform.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the on-disk server's file before it opens, when most of it is dead. Under load MVStore writes each
 * commit's changed pages to a new chunk and frees a chunk only once every page in it is dead, so chunks stay
 * sparse: after the benchmark's 100,000 projects, 5.8 GB of file held 0.8 GB of live pages (chunks 15 % full).
 * MVStore's own housekeeping then rewrote them in the background at 0.6 of a core for most of an hour; a copy of
 * the live pages into a new file took 16 s. The copy is written next to the file, forced to disk and moved over it
 * in one step: a failure leaves the original as it was, which then opens as before.
 */
final class SparseStoreFile {

    private static final Logger log = LoggerFactory.getLogger(SparseStoreFile.class);

    /** Smaller files open quickly however sparse; compacting them is not worth a slower start. */
    static final long WORTH_COMPACTING = 64L << 20;
    /** Compacts when live pages fill less than this share of the file. */
    static final int LIVE_PERCENT_BELOW = 50;

    private SparseStoreFile() {
    }

    /** What a compaction did. */
    record Compaction(long bytesBefore, long bytesAfter, Duration took) {
    }

    static Optional<Compaction> compactIfMostlyDead(Path file) {
        return compactIfMostlyDead(file, WORTH_COMPACTING);
    }

    /** Compacts {@code file} if it is at least {@code worthCompacting} bytes and mostly dead. */
    static Optional<Compaction> compactIfMostlyDead(Path file, long worthCompacting) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) < worthCompacting
                    || livePercent(file) >= LIVE_PERCENT_BELOW) {
                return Optional.empty();
            }
            return Optional.of(compact(file));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not compact {}; opening it as it is: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** The share of the file its live pages fill: the file's share in chunks times the chunks' live share. */
    static int livePercent(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            FileStore<?> fileStore = store.getFileStore();
            return fileStore.getFillRate() * fileStore.getChunksFillRate() / 100;
        } finally {
            store.closeImmediately();
        }
    }

    private static Compaction compact(Path file) throws IOException {
        long started = System.nanoTime();
        long before = Files.size(file);
        Path copy = file.resolveSibling(file.getFileName() + ".compacting");
        try {
            MVStore.compact(file.toString(), copy.toString(), false, null);
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(copy);
        }
        Compaction done = new Compaction(before, Files.size(file), Duration.ofNanos(System.nanoTime() - started));
        log.info("Compacted {} from {} MiB to {} MiB in {} ms (its live pages filled less than {} %)", file,
                done.bytesBefore() >> 20, done.bytesAfter() >> 20, done.took().toMillis(), LIVE_PERCENT_BELOW);
        return done;
    }
}
