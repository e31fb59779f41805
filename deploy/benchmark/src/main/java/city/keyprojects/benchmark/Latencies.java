package city.keyprojects.benchmark;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;

/** Latencies in microseconds, up to a minute, three significant digits (HdrHistogram). */
final class Latencies {

    private final ConcurrentHistogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);

    void record(long nanos) {
        histogram.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(Math.max(nanos, 0)),
                histogram.getHighestTrackableValue()));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The given percentile in milliseconds. */
    double millis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    String summary() {
        return String.format("n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms", count(), millis(50), millis(99),
                histogram.getMaxValue() / 1000.0);
    }
}
