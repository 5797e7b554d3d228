package org.rasd.bench;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results as Markdown: machine, input, a row per stage and parallelism, the speed-ups and the bars. */
final class Report {
    private final Machine machine;
    private final BenchInput input;
    private final long sentences;
    private final long coldLoadMs, warmLoadMs;
    private final long inputHeap;
    private final List<Measurement> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String command;

    Report(Machine machine, BenchInput input, long sentences, long coldLoadMs, long warmLoadMs, long inputHeap, String command) {
        this.machine = machine;
        this.input = input;
        this.sentences = sentences;
        this.coldLoadMs = coldLoadMs;
        this.warmLoadMs = warmLoadMs;
        this.inputHeap = inputHeap;
        this.command = command;
    }

    void add(Measurement m) { rows.add(m); }

    void note(String n) { notes.add(n); }

    private Measurement find(String stagePrefix, int threads) {
        return rows.stream().filter(m -> m.stage().startsWith(stagePrefix) && m.threads() == threads).findFirst().orElse(null);
    }

    private static String f(String fmt, Object... args) { return String.format(Locale.ROOT, fmt, args); }

    private static String mb(long bytes) { return bytes < 0 ? "–" : f("%.0f", bytes / 1024.0 / 1024.0); }

    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Rasd benchmarks\n\n");
        b.append("Measured ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" with `").append(command).append("` (see docs/spark.md, \"Benchmarks\"). ")
                .append("Figures are the best of the timed passes after untimed warm-up passes (in-memory rows: until two passes in a row are ")
                .append("no longer 3% faster than the best before them, so that the JIT has settled; their number is in the notes); ")
                .append("benchmarks are not tests and assert nothing.\n\n");
        b.append("## Machine\n\n");
        b.append("- CPU: ").append(machine.cpu()).append(", ").append(machine.cores()).append(" cores available to the JVM\n");
        b.append("- Memory: ").append(machine.memory()).append("; benchmark JVM max heap ").append(mb(machine.maxHeap())).append(" MiB\n");
        b.append("- OS: ").append(machine.os()).append("\n");
        b.append("- Java: ").append(machine.jvm()).append("\n\n");
        b.append("## Input\n\n");
        b.append(f("- %s: %d records, %.1f MB of text (UTF-8, headline and body), %d sentences (as Rasd splits them)%s%n",
                String.join(", ", input.paths().stream().map(p -> java.nio.file.Path.of(p).getFileName().toString()).toList()), input.records().size(), input.megabytes(), sentences,
                input.readRejects() > 0 ? f(", %d records rejected by the readers and left out", input.readRejects()) : ""));
        b.append(f("- Read into memory before timing (every stage sees the same records; no stage pays for gzip and JSON); "
                + "the loaded input holds about %s MiB of the heap%n%n", mb(inputHeap)));
        b.append("## Throughput\n\n");
        b.append("| stage | threads | seconds | MB/s | articles/s | sentences/s per core | × floor | peak heap MiB |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measurement m : rows) {
            Measurement floor = find("floor", m.threads());
            String ratio = floor == null ? "–" : f("%.2f", floor.seconds() / m.seconds());
            b.append(f("| %s | %d | %.2f | %.2f | %.0f | %s | %s | %s |%n", m.stage(), m.threads(), m.seconds(),
                    m.mbPerSecond(input), m.articlesPerSecond(input),
                    sentences < 0 ? "–" : f("%.0f", m.sentencesPerSecondPerCore(sentences)), ratio, mb(m.peakHeap())));
        }
        b.append("\n\"× floor\" is the stage's throughput divided by the floor's at the same number of threads (the floor's own "
                + "figure is 1). Sentences/s use the same sentence count for every row (Rasd's), so that rows compare.\n\n");
        b.append("## Speed-up from one thread to two\n\n| stage | 1 | 2 | speed-up |\n|---|---:|---:|---:|\n");
        for (Measurement one : rows) {
            if (one.threads() != 1) continue;
            Measurement two = find(one.stage(), 2);
            if (two == null) continue;
            b.append(f("| %s | %.2f s | %.2f s | %.2f× |%n", one.stage(), one.seconds(), two.seconds(), one.seconds() / two.seconds()));
        }
        b.append("\n## Lexicons\n\n");
        b.append(f("- First load in a fresh JVM (classes and lexicons): %d ms; a second load: %d ms%n%n", coldLoadMs, warmLoadMs));
        b.append("## The first bars of issue 7\n\n");
        Measurement floor1 = find("floor", 1), full1 = find("Rasd full", 1), full2 = find("Rasd full", 2);
        Measurement s1 = find(BenchMain.SPARK_WARM, 1), s2 = find(BenchMain.SPARK_WARM, 2);
        Measurement c1 = find(BenchMain.SPARK_COLD, 1), c2 = find(BenchMain.SPARK_COLD, 2);
        if (floor1 != null && full1 != null) {
            double r = floor1.seconds() / full1.seconds();
            b.append(bar("full extraction ≥ 0.3 × the floor's throughput", f("%.2f×", r), r >= 0.3));
            double sps = full1.sentencesPerSecondPerCore(sentences);
            b.append(bar("≥ 20,000 sentences/s per core", f("%.0f", sps), sps >= 20_000));
        }
        b.append(bar("lexicon load < 1 s", coldLoadMs + " ms", coldLoadMs < 1000));
        if (full1 != null) {
            b.append(bar("extraction within 512 MiB of heap", f("peak %s MiB used, max heap %s MiB", mb(Math.max(full1.peakHeap(),
                    full2 == null ? 0 : full2.peakHeap())), mb(machine.maxHeap())), machine.maxHeap() <= 512L * 1024 * 1024 * 1.05));
        }
        if (full1 != null && full2 != null) {
            double s = full1.seconds() / full2.seconds();
            b.append(bar("two threads ≥ 1.7 × one, extractor", f("%.2f×", s), s >= 1.7));
        }
        if (s1 != null && s2 != null) {
            double s = s1.seconds() / s2.seconds();
            b.append(bar("two threads ≥ 1.7 × one, Spark local[2] vs local[1] (warm)", f("%.2f×", s), s >= 1.7));
        }
        if (c1 != null && c2 != null) {
            double s = c1.seconds() / c2.seconds();
            b.append(bar("two threads ≥ 1.7 × one, Spark local[2] vs local[1] (first pass in a fresh JVM)", f("%.2f×", s), s >= 1.7));
        }
        Measurement ingest2 = find(StoreIngestRun.NAME, 2);
        if (ingest2 != null) {
            b.append(bar("(issue 5) the whole file ingested into an empty store in under 60 s", f("%.1f s at 2 threads", ingest2.seconds()),
                    ingest2.seconds() < 60));
        }
        if (!notes.isEmpty()) {
            b.append("\n## Notes\n\n");
            for (String n : notes) b.append("- ").append(n).append('\n');
        }
        return b.toString();
    }

    private static String bar(String what, String measured, boolean met) {
        return "- " + what + ": " + measured + " — " + (met ? "met" : "**not met**") + "\n";
    }
}
