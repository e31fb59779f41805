package city.keyprojects.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock that keeps two launchers off the same data directory: two brokers or two MongoDB servers on one set of
 * files would corrupt them. The operating system drops the lock when the launcher dies, however it dies.
 */
final class DataDirLock implements AutoCloseable {

    static final String FILE_NAME = "launcher.lock";

    /** The directory is in use by another launcher. */
    static final class LockedException extends Exception {
        LockedException(String message) {
            super(message);
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) throws IOException, LockedException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by this very JVM.
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new LockedException(lockedMessage(dataDir, file));
        }
        // The pid only serves the message another launcher prints.
        channel.truncate(0);
        String pid = Long.toString(ProcessHandle.current().pid());
        channel.write(ByteBuffer.wrap(pid.getBytes(StandardCharsets.US_ASCII)));
        channel.force(false);
        return new DataDirLock(file, channel, lock);
    }

    private static String lockedMessage(Path dataDir, Path file) {
        String holder;
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).trim();
            holder = pid.isEmpty() ? "Another launcher" : "Another launcher (pid " + pid + ")";
        } catch (IOException e) {
            holder = "Another launcher";
        }
        return holder + " is already using the data directory " + dataDir + " (it holds " + file + ").\n"
                + "Stop it first, or give this one another directory with --data-dir=DIR or "
                + Options.DATA_DIR_ENV + "=DIR.";
    }

    /** Deletes the file, then releases the lock: the other order would leave a moment of an unlocked file. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
        lock.release();
        channel.close();
    }
}
