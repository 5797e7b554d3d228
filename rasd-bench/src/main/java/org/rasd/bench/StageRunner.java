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
 * Runs a stage over every record with N threads: one untimed warm-up pass (the JIT), then timed passes; the best
 * pass is the figure (the least disturbed by the other work on a shared machine), and every pass is kept.
 */
final class StageRunner {
    private static final int BLOCK = 16;
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
            return new Measurement(stage.name(), threads, best, List.copyOf(times), counted, peak, "");
        } finally {
            pool.shutdownNow();
        }
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
