package org.linkmap.bench.load;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one scenario at one concurrency, with the errors seen; percentiles by nearest rank. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private int errors;
    private String firstError;

    synchronized void add(long elapsedNanos, int status, String path) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
        if (status < 200 || status >= 300) {
            errors++;
            if (firstError == null) {
                firstError = status + " " + path;
            }
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }

    /** One row: requests, rate, p50/p95/p99 and errors. */
    String row(String scenario, int concurrency, double seconds) {
        return String.format(Locale.ROOT, "| %s | %d | %,d | %.1f | %.1f | %.1f | %.1f | %d%s |", scenario, concurrency, count(),
                count() / seconds, percentileMillis(50), percentileMillis(95), percentileMillis(99), errors(),
                firstError == null ? "" : " (first: " + firstError + ")");
    }

    static String header() {
        return "| scenario | concurrency | requests | per second | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|---|---|";
    }
}
