package org.rasd.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.rasd.core.model.RawRecord;

/**
 * Runs a stage over every record with N threads: untimed warm-up passes until the JIT has settled, then timed
 * passes; the best pass is the figure (the least disturbed by the other work on a shared machine), and every pass
 * is kept.
 *
 * <p>Warming up: a pass that is no longer faster than the best before it (by {@value #SETTLED} or more), twice in
 * a row, ends the warm-up; at most {@value #MAX_WARMUPS} passes. One pass is not enough for full extraction: its
 * hot paths are many and deep, and the C2 compiler (one thread on a 2-core JVM) still made the fifth pass 10-30%
 * faster than the second, which biased the one-to-two-thread speed-up (the two-thread rows ran later, warmer).
 */
final class StageRunner {
    private static final int BLOCK = 16;
    private static final int MAX_WARMUPS = 15;
    private static final double SETTLED = 0.03;
    private final int passes;

    StageRunner(int passes) { this.passes = Math.max(1, passes); }

    Measurement measure(Stage stage, List<RawRecord> records, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rasd-bench-" + stage.getClass().getSimpleName());
            t.setDaemon(true);
            return t;
        });
        try {
            long counted = pass(stage, records, threads, pool);
            int warmups = 1 + warmUp(stage, records, threads, pool);
            System.gc();
            List<Double> times = new ArrayList<>();
            long peak;
            try (HeapSampler heap = new HeapSampler()) {
                for (int i = 0; i < passes; i++) {
                    long t0 = System.nanoTime();
                    pass(stage, records, threads, pool);
                    times.add((System.nanoTime() - t0) / 1e9);
                }
                peak = heap.peakBytes();
            }
            double best = times.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            return new Measurement(stage.name(), threads, best, List.copyOf(times), counted, peak, "", warmups);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Untimed passes until two in a row are not faster than the best so far (see the class comment); returns their number. */
    private static int warmUp(Stage stage, List<RawRecord> records, int threads, ExecutorService pool) {
        double best = Double.MAX_VALUE;
        int n = 0, settled = 0;
        while (n < MAX_WARMUPS && settled < 2) {
            long t0 = System.nanoTime();
            pass(stage, records, threads, pool);
            double t = (System.nanoTime() - t0) / 1e9;
            n++;
            settled = t > best * (1 - SETTLED) ? settled + 1 : 0;
            best = Math.min(best, t);
        }
        return n;
    }

    private static long pass(Stage stage, List<RawRecord> records, int threads, ExecutorService pool) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong counted = new AtomicLong();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                long n = 0;
                int from;
                while ((from = next.getAndAdd(BLOCK)) < records.size()) {
                    int to = Math.min(records.size(), from + BLOCK);
                    for (int i = from; i < to; i++) n += stage.process(records.get(i));
                }
                counted.addAndGet(n);
            }));
        }
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(stage.name() + " failed: " + e.getCause(), e.getCause());
            }
        }
        return counted.get();
    }
}
