package org.rasd.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void namesTheKindOfAThreadFromItsJavaOrKernelName() {
        assertThat(ThreadCpu.kind("Executor task launch worker for task 0.0 in stage 3.0 (TID 12)")).isEqualTo(ThreadCpu.TASK_THREADS);
        assertThat(ThreadCpu.kind("Executor task l")).isEqualTo(ThreadCpu.TASK_THREADS);
        assertThat(ThreadCpu.kind("C2 CompilerThre")).isEqualTo("JIT compiler");
        assertThat(ThreadCpu.kind("G1 Conc#0")).isEqualTo("garbage collector");
        assertThat(ThreadCpu.kind("java")).isEqualTo(ThreadCpu.DRIVER);
        assertThat(ThreadCpu.kind("main")).isEqualTo(ThreadCpu.DRIVER);
        assertThat(ThreadCpu.kind("pool-12-thread-3")).isEqualTo("other: pool-N-thread-N");
    }

    @Test
    void attributesTheCpuOfABusyThreadToItsKindAndThatOfEndedThreadsToNone() {
        long spin = 0;
        ThreadCpu.Snapshot before = ThreadCpu.take();
        // spin until this thread has had 100 ms of CPU (not of wall time: on a loaded machine the two differ)
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long until = mx.getCurrentThreadCpuTime() + 100_000_000;
        while (mx.getCurrentThreadCpuTime() < until) spin += Long.numberOfTrailingZeros(System.nanoTime());
        ThreadCpu.Snapshot after = ThreadCpu.take();
        Map<String, Double> byKind = ThreadCpu.byKind(before, after);
        assertThat(spin).isPositive();
        assertThat(byKind).containsKey("process");
        // this thread is surefire's main thread or a worker of it: whatever its kind, it burnt 100 ms
        double threads = byKind.entrySet().stream().filter(e -> !e.getKey().equals("process") && !e.getKey().equals("ended or unattributed"))
                .mapToDouble(Map.Entry::getValue).sum();
        assertThat(threads).isGreaterThan(0.09);
        // the process total comes in clock ticks (10 ms) read at both ends, the threads' in nanoseconds: a few ticks apart
        assertThat(byKind.get("process")).isGreaterThanOrEqualTo(threads - 0.05);
        assertThat(ThreadCpu.format(byKind)).contains(" s  process");
    }
}
