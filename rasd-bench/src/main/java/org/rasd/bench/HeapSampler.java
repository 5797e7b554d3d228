package org.rasd.bench;

/** Samples the used heap every few milliseconds on a daemon thread and keeps the peak. */
final class HeapSampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        thread = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                long used = rt.totalMemory() - rt.freeMemory();
                if (used > peak) peak = used;
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rasd-bench-heap");
        thread.setDaemon(true);
        thread.start();
    }

    long peakBytes() { return peak; }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
