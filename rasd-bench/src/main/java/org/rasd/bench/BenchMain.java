package org.rasd.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rasd.core.Extractor;

/**
 * {@code java -jar rasd-bench/target/rasd-bench.jar [--out BENCHMARKS.md] [--passes N] [--no-spark | --only spark] [--repo DIR] [PATH...]}:
 * measures every stage on the same input in one run and writes the report. {@code --only spark} measures only the Spark
 * job's rows (local[1] and local[2], in child JVMs) and prints the report, written only with an explicit {@code --out}. Default input: the news benchmark,
 * {@code ../shared/data/news-bench/*.jsonl.gz} beside the repository.
 */
public final class BenchMain {
    static final String SPARK_WARM = "Spark job, warm (reads the files itself)", SPARK_COLD = "Spark job, first pass in a fresh JVM";

    static final int DEFAULT_SPARK_WARMUPS = 4;

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of("BENCHMARKS.md"), repo = Path.of(".");
        // the Spark child's JIT compiler still takes 9 to 13 s of CPU in its second and third passes, under 2 s from the
        // sixth on (docs/spark.md, "Where the CPU of a warm pass goes"): the timed Spark passes come after 4 untimed ones
        int passes = 3, sparkWarmups = DEFAULT_SPARK_WARMUPS;
        boolean spark = true, onlySpark = false, outGiven = false;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> {
                    out = Path.of(args[++i]);
                    outGiven = true;
                }
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--spark-warmup" -> sparkWarmups = Integer.parseInt(args[++i]);
                case "--no-spark" -> spark = false;
                case "--only" -> {
                    String what = args[++i];
                    if (!what.equals("spark")) {
                        System.err.println("rasd-bench: --only takes 'spark', got '" + what + "'");
                        System.exit(2);
                    }
                    onlySpark = true;
                }
                case "--repo" -> repo = Path.of(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: rasd-bench [--out BENCHMARKS.md] [--passes N] [--no-spark | --only spark] [--spark-warmup N] [--repo DIR] [PATH...]");
                    return;
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        System.err.println("rasd-bench: unknown option '" + args[i] + "'");
                        System.exit(2);
                    }
                    paths.add(args[i]);
                }
            }
        }
        if (onlySpark && !spark) {
            System.err.println("rasd-bench: --only spark and --no-spark exclude each other");
            System.exit(2);
        }
        if (paths.isEmpty()) paths = defaultInput(repo);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--repo")) i++; // the launcher's own argument, a local path
            else shown.add(args[i]);
        }
        String command = "./rasd bench" + (shown.isEmpty() ? "" : " " + String.join(" ", shown));

        Machine machine = Machine.describe();
        double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long t0 = System.nanoTime();
        Extractor extractor = Extractor.load();
        long cold = Math.max(extractor.loadMillis(), (System.nanoTime() - t0) / 1_000_000);
        long warm = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) warm = Math.min(warm, Extractor.load().loadMillis());
        log("lexicons: first load %d ms, again %d ms", cold, warm);

        long before = usedAfterGc();
        BenchInput input = BenchInput.load(paths);
        long inputHeap = usedAfterGc() - before;
        log("input: %d records, %.1f MB of text", input.records().size(), input.megabytes());

        StageRunner runner = new StageRunner(passes);
        List<Stage> stages = onlySpark ? List.of()
                : List.of(new Stage.LuceneFloor(), new Stage.TextStage(extractor), new Stage.FullExtraction(extractor));
        List<Measurement> ms = new ArrayList<>();
        List<String> warmups = new ArrayList<>();
        long sentences = -1;
        for (Stage s : stages) {
            for (int threads : new int[] {1, 2}) {
                Measurement m = runner.measure(s, input.records(), threads);
                if (s instanceof Stage.TextStage && sentences < 0) sentences = m.counted();
                ms.add(m);
                log("%s, %d thread(s): %.2f s (passes %s after %d warm-up passes)", m.stage(), threads, m.seconds(), m.passes(), m.warmups());
                warmups.add(String.format(java.util.Locale.ROOT, "%s at %d thread(s): %d", m.stage(), threads, m.warmups()));
            }
        }
        Report report = new Report(machine, input, sentences, cold, warm, inputHeap, command);
        ms.forEach(report::add);
        if (!warmups.isEmpty()) report.note("Untimed warm-up passes before the timed ones: " + String.join("; ", warmups));
        StoreIngestRun ingest = new StoreIngestRun();
        for (int threads : onlySpark ? new int[0] : new int[] {1, 2}) {
            Measurement m = ingest.measure(extractor, input.records(), threads);
            report.add(m);
            report.note("Store ingest, " + threads + " thread(s): " + m.note() + " (one pass, into an empty store)");
            log("%s, %d thread(s): %.2f s (%s)", m.stage(), threads, m.seconds(), m.note());
        }
        if (spark) {
            SparkChild child = new SparkChild(repo.resolve("rasd-spark"));
            String why = child.unavailable();
            if (why != null) {
                report.note("Spark not measured: " + why);
                log("Spark skipped: %s", why);
            } else {
                Path logs = Files.createTempDirectory("rasd-bench-logs");
                for (int cores : new int[] {1, 2}) {
                    SparkChild.Run r = child.run(input.paths(), cores, sparkWarmups, passes, logs.resolve("spark-local-" + cores + ".log"));
                    SparkChild.Pass first = r.first(), best = r.bestWarm();
                    List<Double> later = r.timed().stream().map(SparkChild.Pass::seconds).toList();
                    report.add(new Measurement(SPARK_WARM, cores, best.seconds(), later, -1, -1, ""));
                    report.add(new Measurement(SPARK_COLD, cores, first.seconds(), List.of(first.seconds()), -1, -1, ""));
                    report.note(String.format(java.util.Locale.ROOT,
                            "Spark local[%d]: start-up (JVM and SparkContext) %.1f s wall, %.1f s CPU; first pass %.1f s wall, %.1f s CPU; "
                                    + "later passes %s s wall, best %.1f s with %.1f s CPU; whole process %.1f s; summary %s",
                            cores, r.startupSeconds(), r.startupCpuSeconds(), first.seconds(), first.cpuSeconds(), later,
                            best.seconds(), best.cpuSeconds(), r.processSeconds(), best.summary()));
                    if (!best.cpuByThread().isEmpty()) {
                        report.note(String.format(java.util.Locale.ROOT, "Spark local[%d], CPU of the best warm pass by thread: %s",
                                cores, best.cpuByThreadLine()));
                    }
                    log("Spark local[%d]: first pass %.2f s, warm %.2f s (start-up %.2f s, process %.2f s)", cores, first.seconds(),
                            best.seconds(), r.startupSeconds(), r.processSeconds());
                }
                report.note("The Spark rows include what the in-memory rows leave out: reading and decompressing the input, "
                        + "shuffles, deduplication and writing seven Parquet tables. Each core count runs in its own JVM and Spark "
                        + "session: a first pass, then " + (sparkWarmups > 0 ? sparkWarmups + " untimed warm-up passes and " : "")
                        + passes + " more on the same session (the warm row is the best of these, "
                        + "as for the in-memory rows); the first pass pays once for class loading, JIT compilation, Spark's code "
                        + "generation and the lexicons; start-up is in neither row. CPU seconds are the child process's (all "
                        + "threads, JIT and GC included); the CPU by thread shows how much of a warm pass the JIT compiler still takes "
                        + "(Spark's planner and generated code, and the extractor, compiled in the background: a pass is in the "
                        + "steady state of a long-running job only once this is small).");
            }
        } else {
            report.note("Spark not measured (--no-spark).");
        }
        double loadAfter = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        report.note(String.format(java.util.Locale.ROOT, "System load average (1 min) %.2f at the start, %.2f at the end, on %d cores: "
                + "a load above the core count means other processes shared the CPU and the figures (the speed-ups most) are "
                + "pessimistic.", loadBefore, loadAfter, machine.cores()));
        if (onlySpark) report.note("Only the Spark rows were measured (--only spark).");
        String md = report.markdown();
        System.out.println(md);
        // a partial run does not replace the full report unless asked to
        if (!onlySpark || outGiven) {
            Files.writeString(out, md, StandardCharsets.UTF_8);
            log("written %s", out.toAbsolutePath());
        }
    }

    private static List<String> defaultInput(Path repo) throws IOException {
        Path dir = Path.of(System.getProperty("rasd.shared", repo.resolve("../shared").toString())).resolve("data/news-bench");
        if (!Files.isDirectory(dir)) throw new IOException("no input given and " + dir + " does not exist");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".jsonl.gz")).sorted().map(Path::toString).toList();
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void log(String fmt, Object... args) {
        System.err.println("rasd-bench: " + String.format(java.util.Locale.ROOT, fmt, args));
    }
}
