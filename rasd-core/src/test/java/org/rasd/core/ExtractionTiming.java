package org.rasd.core;

import org.rasd.core.io.*;
import org.rasd.core.model.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
/**
 * Timing of {@link Extractor#extract} on one input (read into memory once), for profiling: rounds after a
 * warm-up round, at each thread count. Reports wall-clock and per-CPU-second throughput (the latter is
 * what to compare on a shared, loaded machine). A last argument {@code text} times the text stage alone
 * ({@link Extractor#analyze}). Not a test: run it by hand, e.g.
 * {@code java -Xmx512m -cp rasd-cli/target/rasd.jar:rasd-core/target/test-classes org.rasd.core.ExtractionTiming FILE 3 1,2}.
 */
public final class ExtractionTiming {
    public static void main(String[] a) throws Exception {
        if (a.length < 2) { System.err.println("usage: ExtractionTiming FILE ROUNDS [THREADS,THREADS...] [full|text]"); System.exit(2); }
        List<RawRecord> recs = new ArrayList<>();
        new Inputs(InputOptions.defaults()).read(List.of(a[0]), new RecordSink() {
            public void accept(RawRecord r) { recs.add(r); }
            public void reject(Reject r) { }
        });
        int rounds = Integer.parseInt(a[1]);
        int[] threadsList = a.length > 2 ? Arrays.stream(a[2].split(",")).mapToInt(Integer::parseInt).toArray() : new int[]{1,2};
        boolean textOnly = a.length > 3 && a[3].equals("text");
        Extractor ex = Extractor.load();
        for (int threads : threadsList) {
          ExecutorService pool = Executors.newFixedThreadPool(threads);
          for (int round = 0; round <= rounds; round++) {
            AtomicInteger next = new AtomicInteger();
            AtomicLong sents = new AtomicLong();
            AtomicLong cpu = new AtomicLong();
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) fs.add(pool.submit(() -> {
                long s = 0; int i; long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                while ((i = next.getAndIncrement()) < recs.size()) {
                    try { s += textOnly ? ex.analyze(recs.get(i)).sentences().size() : ex.extract(recs.get(i)).sentences().size(); } catch (RejectedRecordException e) { }
                }
                sents.addAndGet(s); cpu.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0);
            }));
            for (Future<?> f : fs) f.get();
            double sec = (System.nanoTime() - t0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("threads=%d round=%d %.2fs %d sentences %.0f sent/s (%.0f per core) heapUsed=%dMiB cpu=%.2fs => %.0f sent per cpu-second%n", threads, round, sec, sents.get(), sents.get()/sec, sents.get()/sec/threads, (rt.totalMemory()-rt.freeMemory())>>20, cpu.get()/1e9, sents.get()/(cpu.get()/1e9));
          }
          pool.shutdown();
        }
    }
}
