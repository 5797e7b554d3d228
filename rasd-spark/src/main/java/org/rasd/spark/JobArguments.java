package org.rasd.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasd.core.io.InputOptions;

/**
 * The job's command line.
 *
 * @param inputs     files, directories or globs, any Hadoop URI
 * @param output     the output directory (any Hadoop URI)
 * @param settings   reading and extraction settings shipped to the executors
 * @param partitions extraction partitions, 0 for 4 per core of the cluster
 * @param windowDays the deduplication window
 * @param master     the Spark master for runs outside spark-submit (e.g. local[2]), or null
 * @param overwrite  replace an existing output directory
 */
public record JobArguments(List<String> inputs, String output, JobSettings settings, int partitions, int windowDays,
                           String master, boolean overwrite) {
    public static final int DEFAULT_WINDOW_DAYS = 3;

    public static final String USAGE = """
            usage: rasd-spark --out DIR [options] PATH...
              PATH                  files, directories (recursively) or globs; any Hadoop URI (file:, hdfs:, s3a:, ...)
                                    .txt, .jsonl(.gz), .html, PETRARCH .xml as in 'rasd extract', and .parquet with text columns
              --out DIR             output directory: articles/, sentences/, mentions/, events/ (partitioned by date),
                                    canonical_events/, rejects/, duplicates/, _rasd_summary.json
              --overwrite           replace DIR if it exists (default: refuse)
              --input-format F      auto (default), txt, jsonl, html, xml, parquet
              --field PART=NAME     JSON/Parquet field names, e.g. --field text=body (id, title, text, url, source, date, author)
              --max-bytes N         reject records larger than N bytes (default 5242880)
              --lexicon DIR         user lexicon directory, present on every executor (repeatable)
              --partitions N        extraction partitions (default: 4 per core)
              --window-days N       deduplication window in days (default 3)
              --master URL          Spark master when not run by spark-submit, e.g. local[*]
            """;

    /** Parses the arguments; throws {@link IllegalArgumentException} with a one-line reason on bad usage. */
    public static JobArguments parse(String... args) {
        List<String> inputs = new ArrayList<>(), lexicons = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        String output = null, format = "auto", master = null;
        long maxBytes = InputOptions.DEFAULT_MAX_BYTES;
        int partitions = 0, window = DEFAULT_WINDOW_DAYS;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out", "-o" -> output = value(args, ++i, a);
                case "--overwrite" -> overwrite = true;
                case "--input-format" -> format = value(args, ++i, a);
                case "--field" -> {
                    String v = value(args, ++i, a);
                    int eq = v.indexOf('=');
                    if (eq <= 0 || eq == v.length() - 1) throw new IllegalArgumentException("--field expects PART=NAME, got '" + v + "'");
                    fields.put(v.substring(0, eq), v.substring(eq + 1));
                }
                case "--max-bytes" -> maxBytes = number(args, ++i, a);
                case "--lexicon" -> lexicons.add(value(args, ++i, a));
                case "--partitions" -> partitions = (int) number(args, ++i, a);
                case "--window-days" -> window = (int) number(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                default -> {
                    if (a.startsWith("-") && a.length() > 1) throw new IllegalArgumentException("unknown option '" + a + "'");
                    inputs.add(a);
                }
            }
        }
        if (output == null) throw new IllegalArgumentException("missing --out DIR");
        if (inputs.isEmpty()) throw new IllegalArgumentException("no input PATH");
        if (partitions < 0) throw new IllegalArgumentException("--partitions must be 0 or more");
        if (window < 0) throw new IllegalArgumentException("--window-days must be 0 or more");
        return new JobArguments(List.copyOf(inputs), output, new JobSettings(format, fields, maxBytes, lexicons), partitions,
                window, master, overwrite);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static long number(String[] args, int i, String option) {
        String v = value(args, i, option);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a whole number, got '" + v + "'");
        }
    }
}
