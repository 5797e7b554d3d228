package org.rasd.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the Spark job in a child JVM on rasd-spark's own classpath (built by {@code mvn -pl rasd-spark -am package}:
 * {@code target/classes} and {@code target/spark-classpath.txt}), so that Spark, its Jackson and its log4j never enter
 * this JVM. The child is rasd-spark's {@code RepeatedJob}: one Spark session, the job run several times on the same
 * input; each pass prints the job's summary with its wall seconds (reading to the last table written) and the process
 * CPU seconds it took, and the start-up (JVM and SparkContext) is reported apart.
 */
final class SparkChild {
    private final Path sparkModule;

    SparkChild(Path sparkModule) { this.sparkModule = sparkModule; }

    /** Why the Spark stage cannot run, or null when it can. */
    String unavailable() {
        Path cp = sparkModule.resolve("target/spark-classpath.txt"), classes = sparkModule.resolve("target/classes/org/rasd/spark/RepeatedJob.class");
        if (!Files.exists(cp) || !Files.exists(classes)) {
            return "rasd-spark is not built (" + cp + " missing): run mvn -B -q -pl rasd-spark,rasd-bench -am -DskipTests package";
        }
        return null;
    }

    /**
     * One pass of the job: wall seconds, process CPU seconds, the summary line, and where the CPU went by kind of
     * thread (task threads, JIT compiler, garbage collector, driver ...; as the child printed it, largest first).
     */
    record Pass(double seconds, double cpuSeconds, String summary, Map<String, Double> cpuByThread) {
        /** The CPU by thread as one line: {@code 6.8 s task threads, 7.1 s JIT compiler, ...} (kinds under 0.1 s left out). */
        String cpuByThreadLine() {
            StringBuilder b = new StringBuilder();
            cpuByThread.forEach((k, v) -> {
                if (v >= 0.1 && !k.equals("process")) b.append(b.isEmpty() ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.1f s %s", v, k));
            });
            return b.toString();
        }
    }

    /**
     * Result of one child: its passes in order (the first in a fresh JVM, then {@code warmups} untimed ones, then the
     * timed ones), the start-up before them (wall and CPU seconds), the whole process's wall seconds.
     */
    record Run(List<Pass> passes, int warmups, double startupSeconds, double startupCpuSeconds, double processSeconds) {
        Pass first() { return passes.get(0); }

        /** The passes after the first and the warm-up passes (the first alone if there is no other). */
        List<Pass> timed() {
            int skip = Math.min(1 + warmups, passes.size() - 1);
            return passes.subList(skip, passes.size());
        }

        /** The fastest of the timed passes. */
        Pass bestWarm() {
            return timed().stream().min(Comparator.comparingDouble(Pass::seconds)).orElseThrow();
        }
    }

    /**
     * Runs the job {@code 1 + warmups + timed} times in one child JVM and returns its passes.
     */
    Run run(List<String> inputs, int cores, int warmups, int timed, Path log) throws IOException, InterruptedException {
        int passes = 1 + warmups + timed;
        Path out = Files.createTempDirectory("rasd-bench-spark");
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            String opts = Files.readString(sparkModule.resolve("target/classes/rasd-spark-jvm-options.txt")).strip();
            cmd.addAll(List.of(opts.split("\\s+")));
            cmd.add("-Xmx2g");
            // the throughput collector: half the GC CPU of G1 (the default) per pass, and cheaper write barriers in
            // the task threads (docs/spark.md, "Where the CPU of a warm pass goes")
            cmd.add("-XX:+UseParallelGC");
            cmd.add("-cp");
            cmd.add(sparkModule.resolve("target/classes") + java.io.File.pathSeparator
                    + Files.readString(sparkModule.resolve("target/spark-classpath.txt")).strip());
            cmd.add("org.rasd.spark.RepeatedJob");
            cmd.addAll(List.of("--passes", String.valueOf(passes), "--master", "local[" + cores + "]",
                    "--partitions", String.valueOf(4 * cores), "--overwrite", "--out", out.resolve("run").toString()));
            cmd.addAll(inputs);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int status = p.waitFor();
            double process = (System.nanoTime() - t0) / 1e9;
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("{\"read\"")).toList();
            if (status != 0 || lines.size() != passes) {
                throw new IOException("the Spark job failed (exit " + status + ", " + lines.size() + " of " + passes + " passes); see " + log);
            }
            List<Map<String, Double>> byThread = cpuByThread(Files.readAllLines(log, StandardCharsets.UTF_8));
            List<Pass> done = new ArrayList<>();
            for (String l : lines) {
                done.add(new Pass(number(l, "seconds"), number(l, "cpu_seconds"), l,
                        done.size() < byThread.size() ? byThread.get(done.size()) : Map.of()));
            }
            return new Run(done, warmups, number(lines.get(0), "startup_seconds"), number(lines.get(0), "startup_cpu_seconds"), process);
        } finally {
            try (Stream<Path> s = Files.walk(out)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static final Pattern THREAD_TABLE = Pattern.compile("rasd-spark: pass (\\d+), CPU seconds by thread:"),
            THREAD_ROW = Pattern.compile("^\\s+(-?[0-9.]+) s  (.+)$");

    /** The child's tables of CPU by thread ({@code org.rasd.spark.ThreadCpu}), one per pass, in order. */
    static List<Map<String, Double>> cpuByThread(List<String> log) {
        List<Map<String, Double>> tables = new ArrayList<>();
        Map<String, Double> current = null;
        for (String line : log) {
            if (THREAD_TABLE.matcher(line).find()) {
                current = new LinkedHashMap<>();
                tables.add(current);
                continue;
            }
            Matcher m = THREAD_ROW.matcher(line);
            // Spark's own log lines may come in between: a table ends with its total, "process"
            if (current != null && m.matches()) {
                current.put(m.group(2), Double.parseDouble(m.group(1)));
                if (m.group(2).equals("process")) current = null;
            }
        }
        return tables;
    }

    private static double number(String json, String field) throws IOException {
        Matcher m = Pattern.compile("\"" + field + "\":(-?[0-9.]+)").matcher(json);
        if (!m.find()) throw new IOException("no " + field + " in the job's summary: " + json);
        return Double.parseDouble(m.group(1));
    }
}
