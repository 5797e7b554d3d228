package org.rasd.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.rasd.core.model.Reject;

/**
 * The Spark job: reads what {@code rasd extract} reads from any Hadoop path, extracts with one Extractor per executor
 * JVM, writes Parquet tables (articles, sentences, mentions, events partitioned by date; canonical events; rejects;
 * duplicates) and a summary. Run it with {@code spark-submit --class org.rasd.spark.RasdSparkJob rasd-spark-job.jar}
 * or directly with {@code --master local[*]}.
 */
public final class RasdSparkJob {
    public static final String SUMMARY_FILE = "_rasd_summary.json";

    private RasdSparkJob() {}

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            System.out.print(JobArguments.USAGE);
            return;
        }
        JobArguments a;
        try {
            a = JobArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("rasd-spark: " + e.getMessage());
            System.err.print(JobArguments.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder b = withJobDefaults(SparkSession.builder().appName("rasd").config("spark.sql.session.timeZone", "UTC"));
        if (a.master() != null) b = b.master(a.master());
        SparkSession spark = b.getOrCreate();
        ProcessClock.Reading started = ProcessClock.read();
        System.err.println("rasd-spark: Spark started " + started);
        int status = 0;
        try {
            JobSummary s = run(spark, a);
            System.err.println("rasd-spark: job done " + ProcessClock.read().since(started));
            System.out.println(s.toJson());
            if (s.rejected() > 0) {
                System.err.printf("rasd-spark: %d records rejected (reasons in %s/rejects)%n", s.rejected(), a.output());
                status = 1;
            }
        } catch (RuntimeException e) {
            System.err.println("rasd-spark: " + e);
            status = 4;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /**
     * The job's defaults for a new Spark session, each unless the user set it: {@link #withLocalFileSystem} and a code
     * generation cache that holds every class of a run (1000 entries instead of Spark's
     * 100: one run of the job generates about 150 classes, so with 100 every run, and every stage that came back to an
     * evicted projection, generated and compiled them again, and the JIT compiled the new classes again).
     */
    public static SparkSession.Builder withJobDefaults(SparkSession.Builder b) {
        SparkSession.Builder withFs = withLocalFileSystem(b);
        return new SparkConf().contains(CODEGEN_CACHE) ? withFs : withFs.config(CODEGEN_CACHE, CODEGEN_CACHE_ENTRIES);
    }

    private static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";
    private static final int CODEGEN_CACHE_ENTRIES = 1000;

    /**
     * Installs {@link ForklessLocalFileSystem} for {@code file:} paths, on the driver and the executors, unless the
     * user chose a local file system ({@code spark.hadoop.fs.file.impl}, or {@code fs.file.impl} in Hadoop's
     * configuration files).
     */
    public static SparkSession.Builder withLocalFileSystem(SparkSession.Builder b) {
        boolean chosen = new SparkConf().contains("spark.hadoop." + FILE_IMPL) || new Configuration().get(FILE_IMPL) != null;
        return chosen ? b : b.config("spark.hadoop." + FILE_IMPL, ForklessLocalFileSystem.class.getName());
    }

    private static final String FILE_IMPL = "fs.file.impl", SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

    public static JobSummary run(SparkSession spark, JobArguments a) {
        long t0 = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(a.output());
        prepareOutput(out, conf, a.overwrite());
        int partitions = a.partitions() > 0 ? a.partitions() : 4 * spark.sparkContext().defaultParallelism();
        // Spark's default (200) makes every shuffle and every scan of a cached shuffle output 200 tasks: far more than
        // the cores for news-sized tables; the extraction's partition count fits them (unless the user chose one)
        if (!spark.conf().contains(SHUFFLE_PARTITIONS)) spark.conf().set(SHUFFLE_PARTITIONS, partitions);
        Dataset<Row> raw = read(spark, a, conf);
        // by origin (file:line): spreads the records of one big file over every core, without a sort
        Dataset<Row> extracted = raw.repartition(partitions, col("origin"))
                .mapPartitions(new ExtractPartition(a.settings()), Encoders.row(DocumentRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try (OutputTables t = new OutputTables(spark, extracted, a.windowDays(), partitions)) {
            TableWriter w = new TableWriter(out.toString(), partitions);
            // the distinct articles are range-partitioned by date once: their three tables are written as they come
            Map<String, Long> docs = w.byDateAsPartitioned("articles", t.articles(),
                    sum("num_sentences").as("sentences"), sum("num_mentions").as("mentions"),
                    sum("num_events").as("events"), sum(length(col("text"))).as("chars"));
            w.byDateAsPartitioned("sentences", t.sentences());
            w.byDateAsPartitioned("mentions", t.mentions());
            Dataset<Row> events = t.events().persist(StorageLevel.MEMORY_AND_DISK());
            w.byDate("events", events, List.of("id"));
            long canonical = w.byDate("canonical_events", t.canonicalEvents(events), List.of("canonical_id")).get("rows");
            events.unpersist();
            long rejected = w.flat("rejects", t.rejects()).get("rows");
            long duplicates = w.flat("duplicates", t.duplicates()).get("rows");
            long articles = docs.get("rows");
            JobSummary s = new JobSummary(articles + duplicates + rejected, articles, duplicates, rejected,
                    docs.get("sentences"), docs.get("mentions"), docs.get("events"), canonical, docs.get("chars"),
                    (System.nanoTime() - t0) / 1e9);
            writeSummary(out, conf, s);
            return s;
        } finally {
            extracted.unpersist();
        }
    }

    /** The records of every input, and a reject for each input that could not be listed. */
    static Dataset<Row> read(SparkSession spark, JobArguments a, Configuration conf) {
        InputListing inputs = InputListing.of(a.inputs(), a.settings().isParquet(), conf);
        List<Row> listingRejects = new ArrayList<>();
        for (Reject r : inputs.rejects()) listingRejects.add(RawRows.of(r, -1));
        Dataset<Row> raw = spark.createDataFrame(listingRejects, RawRows.SCHEMA);
        if (!inputs.files().isEmpty()) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int slices = Math.max(1, Math.min(inputs.files().size(), 4 * jsc.defaultParallelism()));
            List<FileRecords.NumberedFile> files = new ArrayList<>();
            for (String f : inputs.files()) files.add(new FileRecords.NumberedFile(files.size(), f));
            JavaRDD<Row> rows = jsc.parallelize(files, slices).flatMap(new FileRecords(new HadoopConf(conf), a.settings()));
            raw = raw.unionByName(spark.createDataFrame(rows, RawRows.SCHEMA));
        }
        if (!inputs.parquet().isEmpty()) {
            raw = raw.unionByName(ParquetRecords.read(spark, inputs.parquet(), a.settings().jsonFields(), inputs.files().size()));
        }
        return raw;
    }

    private static void prepareOutput(Path out, Configuration conf, boolean overwrite) {
        try {
            FileSystem fs = out.getFileSystem(conf);
            if (fs.exists(out)) {
                if (!overwrite) throw new IllegalArgumentException("output " + out + " exists (use --overwrite to replace it)");
                if (!fs.delete(out, true)) throw new IllegalStateException("cannot delete " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare output " + out + ": " + e.getMessage(), e);
        }
    }

    private static void writeSummary(Path out, Configuration conf, JobSummary s) {
        Path p = new Path(out, SUMMARY_FILE);
        try (OutputStream os = p.getFileSystem(conf).create(p, true)) {
            os.write((s.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + p + ": " + e.getMessage(), e);
        }
    }
}
