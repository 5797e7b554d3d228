package org.rasd.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** One pass of the job: wall seconds, process CPU seconds, the summary line. */
    record Pass(double seconds, double cpuSeconds, String summary) {}

    /**
     * Result of one child: its passes in order (the first in a fresh JVM), the start-up before them (wall and CPU
     * seconds), the whole process's wall seconds.
     */
    record Run(List<Pass> passes, double startupSeconds, double startupCpuSeconds, double processSeconds) {
        Pass first() { return passes.get(0); }

        /** The fastest of the passes after the first, or the first if there is no other. */
        Pass bestWarm() {
            return passes.stream().skip(passes.size() > 1 ? 1 : 0).min(Comparator.comparingDouble(Pass::seconds)).orElseThrow();
        }
    }

    Run run(List<String> inputs, int cores, int passes, Path log) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("rasd-bench-spark");
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            String opts = Files.readString(sparkModule.resolve("target/classes/rasd-spark-jvm-options.txt")).strip();
            cmd.addAll(List.of(opts.split("\\s+")));
            cmd.add("-Xmx2g");
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
            List<Pass> done = new ArrayList<>();
            for (String l : lines) done.add(new Pass(number(l, "seconds"), number(l, "cpu_seconds"), l));
            return new Run(done, number(lines.get(0), "startup_seconds"), number(lines.get(0), "startup_cpu_seconds"), process);
        } finally {
            try (Stream<Path> s = Files.walk(out)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static double number(String json, String field) throws IOException {
        Matcher m = Pattern.compile("\"" + field + "\":(-?[0-9.]+)").matcher(json);
        if (!m.find()) throw new IOException("no " + field + " in the job's summary: " + json);
        return Double.parseDouble(m.group(1));
    }
}
