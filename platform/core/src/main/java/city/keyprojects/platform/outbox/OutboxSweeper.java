package city.keyprojects.platform.outbox;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Runs the relay's sweep periodically: whatever the immediate publish missed goes out within one period. */
public final class OutboxSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

    private final OutboxRelay relay;
    private final AggregateStores stores;
    private final Duration period;
    private volatile Disposable running;

    public OutboxSweeper(OutboxRelay relay, AggregateStores stores, Duration period) {
        this.relay = relay;
        this.stores = stores;
        this.period = period;
    }

    @Override
    public void start() {
        running = Flux.interval(period, period, Schedulers.parallel())
                .onBackpressureDrop()
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
