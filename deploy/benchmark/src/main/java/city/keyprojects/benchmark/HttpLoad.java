package city.keyprojects.benchmark;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * GET requests at a target: closed-loop (a fixed number of clients, each sending its next request when the last
 * answered) to find the saturation throughput, and open-loop (requests sent on a fixed schedule whatever the
 * answers) to measure latency at a given rate. Open-loop latency runs from when a request was due, not when it
 * was sent, so a stalled server is charged for the requests it held up (no coordinated omission).
 */
final class HttpLoad implements AutoCloseable {

    private final ConnectionProvider connections = ConnectionProvider.builder("benchmark").maxConnections(512)
            .pendingAcquireMaxCount(-1).build();
    private final HttpClient client;

    HttpLoad(String token) {
        this.client = HttpClient.create(connections)
                .headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token));
    }

    /** The result of a run: latencies of the answers, how many were not 2xx or failed, and the throughput. */
    record Run(Latencies latencies, long failures, double perSecond) {
        String summary() {
            return String.format("%s, %.0f req/s, %d failed", latencies.summary(), perSecond, failures);
        }
    }

    Mono<Integer> get(String url) {
        return client.get().uri(url)
                .responseSingle((response, body) -> body.asByteArray().defaultIfEmpty(new byte[0])
                        .thenReturn(response.status().code()));
    }

    /** {@code clients} closed-loop clients for {@code duration}. */
    Run saturate(String url, int clients, Duration duration) {
        Latencies latencies = new Latencies();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        Flux.range(0, clients)
                .flatMap(client -> Mono.defer(() -> {
                            long sent = System.nanoTime();
                            return get(url).doOnNext(status -> {
                                latencies.record(System.nanoTime() - sent);
                                if (status / 100 != 2) {
                                    failures.incrementAndGet();
                                }
                            }).onErrorResume(error -> {
                                failures.incrementAndGet();
                                return Mono.empty();
                            });
                        }).repeat(() -> System.nanoTime() < end), clients)
                .blockLast(duration.plusMinutes(1));
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Run(latencies, failures.get(), latencies.count() / seconds);
    }

    /** Requests due every 1/{@code rate} s for {@code duration}; waits for the last answers. */
    Run openLoop(String url, double rate, Duration duration) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong failures = new AtomicLong();
        long interval = (long) (1e9 / rate);
        int total = (int) (duration.toNanos() / interval);
        CountDownLatch answered = new CountDownLatch(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            get(url).subscribe(status -> {
                latencies.record(System.nanoTime() - due);
                if (status / 100 != 2) {
                    failures.incrementAndGet();
                }
            }, error -> {
                failures.incrementAndGet();
                answered.countDown();
            }, answered::countDown);
        }
        if (!answered.await(2, TimeUnit.MINUTES)) {
            failures.addAndGet(answered.getCount());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(latencies, failures.get(), latencies.count() / seconds);
    }

    @Override
    public void close() {
        connections.dispose();
    }
}
