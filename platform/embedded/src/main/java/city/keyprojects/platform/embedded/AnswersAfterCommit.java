package city.keyprojects.platform.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.AttributeKey;

/**
 * Group commit for the on-disk MongoDB-wire server: an answer leaves only once every change made before it is in
 * the store's file, and one commit writes the changes of every command answered meanwhile.
 *
 * <p>Committing after each command, before answering, on the server's few network threads made every write wait
 * for its own commit and blocked that thread's other connections meanwhile; write-heavy work ran at half the speed
 * of MVStore's once-a-second commits. Here a command runs and answers on its network thread as before, but an
 * answer that would leave while changes are not yet written is held, and one committer thread writes whatever has
 * accumulated and then lets the held answers go.
 *
 * <p>"Written" is read from MVStore itself ({@link #allWritten()}), so a chunk MVStore's own background writer is
 * still writing holds answers too.
 */
final class AnswersAfterCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnswersAfterCommit.class);

    /** How many answers of a channel are held: a later answer must not overtake them. */
    private static final AttributeKey<AtomicInteger> HELD = AttributeKey.valueOf("key-projects.answers-held");

    private final MVStore store;
    private final BlockingQueue<Held> waiting = new LinkedBlockingQueue<>();
    private final Gate gate = new Gate();
    private final Thread committer;
    private volatile boolean closed;

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

    /**
     * Every change so far is in a chunk in the file. Read in this order, each read is no older than the one before:
     * no change beyond the versions up to {@code current - 1}, and those versions' chunk written.
     */
    private boolean allWritten() {
        boolean unsaved = store.hasUnsavedChanges();
        long current = store.getCurrentVersion();
        return !unsaved && store.getFileStore().lastChunkVersion() >= current - 1;
    }

    private void commitAndRelease() {
        List<Held> batch = new ArrayList<>();
        while (!closed) {
            try {
                if (batch.isEmpty()) {
                    batch.add(waiting.take());
                }
                waiting.drainTo(batch);
                if (!allWritten()) {
                    store.commit();
                }
                release(batch);
                if (!batch.isEmpty()) {
                    // A chunk written by another thread (MVStore's background writer) is not finished yet.
                    TimeUnit.MICROSECONDS.sleep(200);
                }
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

    /** Lets go, in order, the answers whose changes are written; a channel's answers were queued in its order. */
    private void release(List<Held> batch) {
        boolean all = allWritten();
        long lastWritten = store.getFileStore().lastChunkVersion();
        int released = 0;
        for (Held held : batch) {
            if (!all && lastWritten < held.version) {
                break;
            }
            held.release();
            released++;
        }
        batch.subList(0, released).clear();
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
            if (held.get() == 0 && allWritten()) {
                context.write(answer, promise);
                return;
            }
            held.incrementAndGet();
            // The command's changes are in this version or an earlier one.
            waiting.add(new Held(context, answer, promise, store.getCurrentVersion()));
        }
    }

    private record Held(ChannelHandlerContext context, Object answer, ChannelPromise promise, long version) {

        void release() {
            context.executor().execute(() -> {
                context.writeAndFlush(answer, promise);
                context.channel().attr(HELD).get().decrementAndGet();
            });
        }
    }
}
