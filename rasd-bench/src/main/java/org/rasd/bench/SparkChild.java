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
 * this JVM. The job prints a JSON summary whose {@code seconds} is the job's own time (reading to the last table
 * written, without the JVM and SparkContext start-up, which the process time includes).
 */
final class SparkChild {
    private static final Pattern SECONDS = Pattern.compile("\"seconds\":([0-9.]+)");
    private final Path sparkModule;

    SparkChild(Path sparkModule) { this.sparkModule = sparkModule; }

    /** Why the Spark stage cannot run, or null when it can. */
    String unavailable() {
        Path cp = sparkModule.resolve("target/spark-classpath.txt"), classes = sparkModule.resolve("target/classes/org/rasd/spark/RasdSparkJob.class");
        if (!Files.exists(cp) || !Files.exists(classes)) {
            return "rasd-spark is not built (" + cp + " missing): run mvn -B -q -pl rasd-spark,rasd-bench -am -DskipTests package";
        }
        return null;
    }

    /** Result of one run: the job's seconds, the process's seconds, the summary line. */
    record Run(double jobSeconds, double processSeconds, String summary) {}

    Run run(List<String> inputs, int cores, Path log) throws IOException, InterruptedException {
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
            cmd.add("org.rasd.spark.RasdSparkJob");
            cmd.addAll(List.of("--master", "local[" + cores + "]", "--partitions", String.valueOf(4 * cores),
                    "--overwrite", "--out", out.resolve("run").toString()));
            cmd.addAll(inputs);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int status = p.waitFor();
            double process = (System.nanoTime() - t0) / 1e9;
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String summary = lines.stream().filter(l -> l.startsWith("{\"read\"")).reduce((a, b) -> b).orElse(null);
            if (summary == null || (status != 0 && status != 1)) {
                throw new IOException("the Spark job failed (exit " + status + "); see " + log);
            }
            Matcher m = SECONDS.matcher(summary);
            if (!m.find()) throw new IOException("no seconds in the job's summary: " + summary);
            return new Run(Double.parseDouble(m.group(1)), process, summary);
        } finally {
            try (Stream<Path> s = Files.walk(out)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
