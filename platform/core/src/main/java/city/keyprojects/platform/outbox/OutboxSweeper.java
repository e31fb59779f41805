package city.keyprojects.platform.outbox;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs the relay's sweep: at start (what this process left when it stopped), within one period of a publication
 * that failed or has waited on the broker longer than a period (the broker away), while the last sweep left events,
 * and once every full period for what another instance left when it died. Not every period whatever happened: a
 * sweep reads every document of every aggregate collection (no index serves "has an outbox" on the MongoDB-wire
 * server), and with a hundred thousand projects' promotion plans that held their collection for seconds at a time,
 * every two seconds (docs/performance.md).
 */
public final class OutboxSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

    private final OutboxRelay relay;
    private final AggregateStores stores;
    private final Duration period;
    private final Duration fullPeriod;
    private long lastSweep;
    private boolean swept;
    private volatile Disposable running;

    public OutboxSweeper(OutboxRelay relay, AggregateStores stores, Duration period, Duration fullPeriod) {
        this.relay = relay;
        this.stores = stores;
        this.period = period;
        this.fullPeriod = fullPeriod;
    }

    @Override
    public void start() {
        running = Flux.interval(period, period, Schedulers.parallel())
                .onBackpressureDrop()
                .filter(tick -> sweepDue(System.nanoTime()))
                .concatMap(tick -> relay.sweep(stores.collections())
                        .doOnNext(released -> {
                            if (released > 0) {
                                log.info("Outbox sweep published {} event(s)", released);
                            }
                        })
                        .onErrorResume(error -> {
                            log.warn("Outbox sweep failed, will retry: {}", error.toString());
                            return Mono.empty();
                        }), 1)
                .subscribe();
    }

    /** Whether to sweep at this tick ({@code now} in nanoseconds); if so, it counts as swept. */
    synchronized boolean sweepDue(long now) {
        boolean due = !swept || relay.sweepWanted(period) || now - lastSweep >= fullPeriod.toNanos();
        if (due) {
            swept = true;
            lastSweep = now;
        }
        return due;
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
