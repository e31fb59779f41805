package city.keyprojects.platform.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.bson.Document;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.AttributeKey;

/**
 * Group commit for the on-disk MongoDB-wire server: an answer leaves only once every write it may show is in the
 * store's file, and one commit writes the changes of every command answered meanwhile.
 *
 * <p>Committing after each command, before answering, on the server's few network threads made every write wait
 * for its own commit and blocked that thread's other connections meanwhile. Here a command runs and answers on its
 * network thread as before, but an answer that could show a write not yet in the file is held, and one committer
 * thread commits what has accumulated and then lets the held answers go.
 *
 * <p>Only the clients' writes hold answers back. A first version asked MVStore whether it had unsaved changes,
 * which its own housekeeping (compacting the file) has too, so reads on a quiet server could wait for it.
 */
final class AnswersAfterCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnswersAfterCommit.class);

    /** How many answers of a channel are held: a later answer must not overtake them. */
    private static final AttributeKey<AtomicInteger> HELD = AttributeKey.valueOf("key-projects.answers-held");

    /** Commands that change nothing (lower case); every other command counts as a write. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "aggregate",
            "listcollections", "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo",
            "getparameter", "serverstatus", "dbstats", "collstats", "killcursors", "endsessions", "whatsmyuri",
            "getlasterror", "connectionstatus", "hostinfo", "getcmdlineopts", "getlog", "currentop", "features");

    private final MVStore store;
    private final BlockingQueue<Held> waiting = new LinkedBlockingQueue<>();
    private final Gate gate = new Gate();
    private final Thread committer;
    private volatile boolean closed;

    /**
     * Writes are counted in epochs: a write runs holding the read lock, within the epoch current when it started;
     * the committer seals an epoch by moving to the next under the write lock, which waits for the epoch's writes
     * to finish, then commits. Only the platform's own writes hold answers back, not MVStore's housekeeping.
     */
    private final ReentrantReadWriteLock epochs = new ReentrantReadWriteLock();
    private volatile long epoch = 1;
    /** The latest epoch a write started in: an answer may show anything written up to it. */
    private volatile long lastWritten;
    /** Every write of this epoch and the ones before it is in the file. */
    private volatile long durable;

    AnswersAfterCommit(MVStore store) {
        this.store = store;
        this.committer = new Thread(this::commitAndRelease, "mongo-group-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /** Puts the gate on a connection's answers; done at its first command, as mongo-java-server builds the pipe. */
    void guard(Channel channel) {
        if (channel != null && !channel.hasAttr(HELD)) {
            channel.attr(HELD).set(new AtomicInteger());
            // Last: the answers pass it as the objects the handler wrote, before they are encoded.
            channel.pipeline().addLast(gate);
        }
    }

    /** Runs a command, counted in the current epoch if it may write. */
    <T> T run(String command, Document query, Supplier<T> execution) {
        if (!writes(command, query)) {
            return execution.get();
        }
        epochs.readLock().lock();
        try {
            lastWritten = epoch;
            return execution.get();
        } finally {
            epochs.readLock().unlock();
        }
    }

    private static boolean writes(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (!READS.contains(name)) {
            return true;
        }
        // An aggregation that ends in $out or $merge writes a collection.
        return name.equals("aggregate") && query.get("pipeline") instanceof List<?> stages
                && stages.stream().anyMatch(stage -> stage instanceof Document document
                        && (document.containsKey("$out") || document.containsKey("$merge")));
    }

    private void commitAndRelease() {
        List<Held> batch = new ArrayList<>();
        while (!closed) {
            try {
                batch.add(waiting.take());
                waiting.drainTo(batch);
                if (durable < lastWritten) {
                    commitSealedEpoch();
                }
                // Each answer drained shows writes up to lastWritten as it was then: now durable. In queue order,
                // which is a channel's order.
                batch.forEach(Held::release);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Nothing held may be answered as if written: the clients see their connections fail instead.
                log.error("Commit failed; closing the {} connections whose answers waited for it", batch.size(), e);
                batch.forEach(held -> held.context.channel().close());
                batch.clear();
            }
        }
    }

    /**
     * Seals the current epoch, commits, and waits until the chunk holding its writes is in the file (MVStore's
     * background writer may have taken them into a chunk it is still writing).
     */
    private void commitSealedEpoch() throws InterruptedException {
        long sealed;
        epochs.writeLock().lock();
        try {
            sealed = epoch;
            epoch = sealed + 1;
        } finally {
            epochs.writeLock().unlock();
        }
        long version = store.getCurrentVersion(); // the sealed epoch's changes are in this version or before
        store.commit(); // answers -1 when there was nothing to store
        if (store.isClosed()) {
            throw new IllegalStateException("the store is closed"); // it panicked on a write, or the server stops
        }
        // Stored by this commit or a background one: the version's chunk; nothing to store: the one before.
        long chunk = store.getCurrentVersion() > version ? version : version - 1;
        while (store.getFileStore().lastChunkVersion() < chunk) {
            TimeUnit.MICROSECONDS.sleep(100);
        }
        durable = sealed;
    }

    @Override
    public void close() {
        closed = true;
        committer.interrupt();
        try {
            committer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The server is stopping and its connections with it: what is still held is never answered.
        waiting.forEach(held -> held.context.channel().close());
    }

    @ChannelHandler.Sharable
    private final class Gate extends ChannelOutboundHandlerAdapter {

        @Override
        public void write(ChannelHandlerContext context, Object answer, ChannelPromise promise) {
            AtomicInteger held = context.channel().attr(HELD).get();
            if (held.get() == 0 && lastWritten <= durable) {
                context.write(answer, promise);
                return;
            }
            held.incrementAndGet();
            waiting.add(new Held(context, answer, promise));
        }
    }

    private record Held(ChannelHandlerContext context, Object answer, ChannelPromise promise) {

        void release() {
            try {
                context.executor().execute(() -> {
                    context.writeAndFlush(answer, promise);
                    context.channel().attr(HELD).get().decrementAndGet();
                });
            } catch (RejectedExecutionException stopped) {
                // The server is stopping: the connection's network thread, and the connection, are gone.
            }
        }
    }
}
