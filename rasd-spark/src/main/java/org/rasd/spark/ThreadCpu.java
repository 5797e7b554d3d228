package org.rasd.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of every thread of this JVM, for benchmarks: where a pass of the job spent its CPU, by kind of thread
 * (Spark's task threads, the driver, the JIT compilers, the garbage collector, Spark's scheduling and RPC threads ...).
 *
 * <p>On Linux every native thread is read from {@code /proc/self/task/TID} (its name, truncated by the kernel to 15
 * characters, and its CPU nanoseconds from {@code schedstat}): the garbage collector's and the VM's threads are not
 * Java threads and {@link ThreadMXBean} does not see them. Elsewhere the Java threads are read with
 * {@link ThreadMXBean#getThreadCpuTime}. The CPU of threads that ended between two snapshots is in the process's total
 * but in no thread: {@link #byKind} reports it as {@code ended or unattributed}.
 */
public final class ThreadCpu {
    /** CPU nanoseconds of each live thread (by thread id) and its name, and the process's CPU nanoseconds. */
    public record Snapshot(Map<Long, String> names, Map<Long, Long> cpuNanos, long processNanos) {}

    private static final Path TASKS = Path.of("/proc/self/task");
    /** The kind of Spark's task threads (executor side: reading, extraction, shuffles, writing). */
    public static final String TASK_THREADS = "task threads (Executor task launch worker)";
    static final String DRIVER = "driver (main thread: planning, job submission)";

    private ThreadCpu() {}

    public static Snapshot take() {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> cpu = new HashMap<>();
        if (!readProc(names, cpu)) readMxBean(names, cpu);
        return new Snapshot(names, cpu, processCpuNanos());
    }

    /**
     * Seconds of CPU between two snapshots by kind of thread (see {@link #kind}), largest first, then
     * {@code ended or unattributed} (process CPU not found in a live thread) and {@code process} (the total).
     */
    public static Map<String, Double> byKind(Snapshot before, Snapshot after) {
        Map<String, Long> nanos = new TreeMap<>();
        long threads = 0;
        for (Map.Entry<Long, Long> e : after.cpuNanos().entrySet()) {
            long d = e.getValue() - before.cpuNanos().getOrDefault(e.getKey(), 0L);
            if (d <= 0) continue;
            nanos.merge(kind(after.names().get(e.getKey())), d, Long::sum);
            threads += d;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue() / 1e9));
        long process = after.processNanos() - before.processNanos();
        if (before.processNanos() >= 0 && after.processNanos() >= 0) {
            out.put("ended or unattributed", Math.max(0, process - threads) / 1e9);
            out.put("process", process / 1e9);
        }
        return out;
    }

    /** The kind of a thread by its name (Java's, or the kernel's first 15 characters of it). */
    static String kind(String name) {
        if (name == null) return "other";
        // the launcher's main thread keeps the process's name ("java") in the kernel's view
        if (name.equals("java")) return DRIVER;
        for (Map.Entry<String, List<String>> k : KINDS.entrySet()) {
            for (String prefix : k.getValue()) {
                if (name.startsWith(prefix)) return k.getKey();
            }
        }
        return "other: " + name.replaceAll("[0-9]+", "N");
    }

    private static final Map<String, List<String>> KINDS = kinds();

    private static Map<String, List<String>> kinds() {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put(TASK_THREADS, List.of("Executor task"));
        k.put(DRIVER, List.of("main"));
        k.put("Spark adaptive execution (query stages)", List.of("ResultQueryStag", "QueryStageCreat", "ResultQueryStage", "QueryStageCreator"));
        k.put("JIT compiler", List.of("C1 Compiler", "C2 Compiler", "JVMCI"));
        k.put("garbage collector", List.of("GC Thread", "G1 ", "GC ", "ZGC", "Shenandoah"));
        k.put("code cache sweeper", List.of("Sweeper"));
        k.put("VM thread (safepoints)", List.of("VM Thread"));
        k.put("Spark scheduler (dag-scheduler)", List.of("dag-scheduler"));
        k.put("Spark RPC dispatcher", List.of("dispatcher-", "rpc-", "netty-rpc"));
        k.put("Spark listeners (event bus)", List.of("spark-listener"));
        k.put("shuffle / block manager", List.of("shuffle-", "block-manager", "BlockManager", "map-output"));
        k.put("broadcast / exchange", List.of("broadcast-exchange", "subquery", "RemoteBlock"));
        k.put("heartbeat / cleaner", List.of("driver-heartbeat", "executor-heartbeat", "Spark Context Cleaner", "context-cleaner"));
        return k;
    }

    private static boolean readProc(Map<Long, String> names, Map<Long, Long> cpu) {
        if (!Files.isDirectory(TASKS)) return false;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path t : tasks) {
                try {
                    long tid = Long.parseLong(t.getFileName().toString());
                    String stat = Files.readString(t.resolve("schedstat")).strip();
                    String comm = Files.readString(t.resolve("comm")).strip();
                    cpu.put(tid, Long.parseLong(stat.substring(0, stat.indexOf(' '))));
                    names.put(tid, comm);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read: its CPU is in the process's total
                }
            }
            return !cpu.isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void readMxBean(Map<Long, String> names, Map<Long, Long> cpu) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!mx.isThreadCpuTimeSupported()) return;
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) continue;
            long ns = mx.getThreadCpuTime(info.getThreadId());
            if (ns < 0) continue;
            cpu.put(info.getThreadId(), ns);
            names.put(info.getThreadId(), info.getThreadName());
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** The table as text lines, {@code seconds  kind}. */
    public static String format(Map<String, Double> byKind) {
        StringBuilder b = new StringBuilder();
        byKind.forEach((k, s) -> b.append(String.format(Locale.ROOT, "  %7.2f s  %s%n", s, k)));
        return b.toString();
    }
}
