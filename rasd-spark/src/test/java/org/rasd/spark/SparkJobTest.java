package org.rasd.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.Extractor;
import org.rasd.core.ParallelExtractor;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.Reject;
import org.rasd.store.IngestOptions;
import org.rasd.store.IngestProgress;
import org.rasd.store.IngestSummary;
import org.rasd.store.ParquetImport;
import org.rasd.store.Store;
import org.rasd.store.StoreException;

/**
 * The job in local[2] on a small mixed sample, checked against the core pipeline run directly and against the embedded
 * store's ingest of the same inputs (same articles, duplicates, rejects, sentences, mentions, events and canonical
 * events, order aside); then its output imported into a second store, which must equal the ingested one.
 */
class SparkJobTest {
    @TempDir
    static Path tmp;
    static Path inputs, out;
    static JobSummary summary;
    static Reference core;
    static Store ingested, imported;
    static IngestSummary ingestSummary;
    static ParquetImport.Result importResult;

    /** What the core pipeline makes of the same inputs, with duplicates removed as the job and the store do. */
    record Reference(Map<String, Document> unique, int duplicates, List<Reject> rejects) {
        static Reference of(List<String> paths, InputOptions options) {
            Extractor ex = Extractor.load();
            List<Document> docs = new ArrayList<>();
            List<Reject> rejects = new ArrayList<>();
            try (ParallelExtractor px = new ParallelExtractor(ex, 1, 64, new ParallelExtractor.Output() {
                @Override
                public void document(Document d) { docs.add(d); }

                @Override
                public void reject(Reject r) { rejects.add(r); }
            })) {
                new Inputs(options).read(paths, px);
            }
            Map<String, Document> unique = new TreeMap<>();
            for (Document d : docs) unique.putIfAbsent(d.id(), d);
            return new Reference(unique, docs.size() - unique.size(), rejects);
        }
    }

    @BeforeAll
    static void run() throws Exception {
        inputs = Samples.mixedInputs(Files.createDirectories(tmp.resolve("in")), 40);
        out = tmp.resolve("out");
        SparkSession spark = SparkSessions.local2();
        summary = RasdSparkJob.run(spark, JobArguments.parse("--out", out.toString(), "--partitions", "3", inputs.toString(),
                tmp.resolve("missing.jsonl").toString()));
        List<String> paths = List.of(inputs.toString(), tmp.resolve("missing.jsonl").toString());
        core = Reference.of(paths, InputOptions.defaults());
        ingested = Store.open(tmp.resolve("store-ingested"));
        ingestSummary = ingested.ingest(sink -> new Inputs(InputOptions.defaults()).read(paths, sink), Extractor.load(),
                new IngestOptions(2, 16, "test"), IngestProgress.NONE);
        imported = Store.open(tmp.resolve("store-imported"));
        importResult = ParquetImport.run(imported, out, new IngestOptions(1, 16, "import"));
    }

    @AfterAll
    static void closeStores() {
        if (ingested != null) ingested.close();
        if (imported != null) imported.close();
    }

    private static Set<String> storeRows(Store store, String sql) {
        return store.read(c -> {
            Set<String> rows = new HashSet<>();
            try (var st = c.createStatement(); var r = st.executeQuery(sql)) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(r.getString(i));
                    rows.add(b.toString());
                }
            }
            return rows;
        });
    }

    @Test
    void sameCountsAsTheEmbeddedStore() {
        assertThat(ingestSummary.addsUp()).isTrue();
        assertThat(summary.read()).isEqualTo(ingestSummary.read());
        assertThat(summary.articles()).isEqualTo(ingestSummary.stored());
        assertThat(summary.duplicates()).isEqualTo(ingestSummary.duplicates());
        assertThat(summary.rejected()).isEqualTo(ingestSummary.rejected());
        assertThat(summary.events()).isEqualTo(ingestSummary.events());
        assertThat(strings(table("articles"), "id", "source", "origin"))
                .isEqualTo(storeRows(ingested, "SELECT id, source, origin FROM articles"));
        assertThat(strings(table("rejects"), "origin", "reason")).isEqualTo(storeRows(ingested, "SELECT origin, reason FROM rejects"));
    }

    @Test
    void sameEventsAndCanonicalEventsAsTheEmbeddedStore() {
        assertThat(strings(table("events"), "id", "article_id", "canonical_id"))
                .isEqualTo(storeRows(ingested, "SELECT id, article_id, canonical_id FROM events"));
        assertThat(strings(table("canonical_events"), "canonical_id", "num_mentions", "num_articles", "num_sources", "first_date", "last_date"))
                .isEqualTo(storeRows(ingested, "SELECT id, num_mentions, num_articles, num_sources, first_date, last_date FROM canonical_events"));
        assertThat(summary.canonicalEvents()).isEqualTo(storeRows(ingested, "SELECT id FROM canonical_events").size());
    }

    @Test
    void importLoadsTheSameStoreAsAnIngest() {
        IngestSummary s = importResult.ingest();
        assertThat(s.stored()).isEqualTo(summary.articles());
        assertThat(s.duplicates()).isZero();
        assertThat(importResult.jobRejects()).isEqualTo(summary.rejected());
        assertThat(importResult.jobDuplicates()).isEqualTo(summary.duplicates());
        for (String sql : List.of(
                "SELECT id, external_id, origin, title, section, source, url, author, date, language, num_sentences, num_mentions, num_events, story_id FROM articles",
                "SELECT article_id, idx, start_offset, end_offset, text, flags FROM sentences",
                "SELECT article_id, idx, kind, start_offset, end_offset, text FROM quality_flags",
                "SELECT article_id, idx, start_offset, end_offset, code, entity FROM mentions",
                "SELECT id, article_id, dedup_key, canonical_id, ordinal FROM events",
                "SELECT id, dedup_key, num_mentions, num_articles, num_sources, first_date, last_date FROM canonical_events")) {
            assertThat(storeRows(imported, sql)).as(sql).isEqualTo(storeRows(ingested, sql));
        }
        for (String id : core.unique().keySet()) {
            assertThat(imported.article(id)).as(id).isEqualTo(ingested.article(id)).contains(core.unique().get(id));
        }
        // importing again adds nothing
        ParquetImport.Result again = ParquetImport.run(imported, out, new IngestOptions(1, 16, "import again"));
        assertThat(again.ingest().stored()).isZero();
        assertThat(again.ingest().duplicates()).isEqualTo(summary.articles());
    }

    @Test
    void importRefusesADirectoryThatIsNotAJobOutput() {
        assertThatThrownBy(() -> ParquetImport.run(imported, inputs, new IngestOptions(1, 16, "bad")))
                .isInstanceOf(StoreException.class).hasMessageContaining("not the output of the Rasd Spark job");
    }

    private static Dataset<Row> table(String name) {
        return SparkSessions.local2().read().parquet(out.resolve(name).toString());
    }

    private static Set<String> strings(Dataset<Row> d, String... cols) {
        return d.collectAsList().stream()
                .map(r -> java.util.Arrays.stream(cols).map(c -> String.valueOf((Object) r.getAs(c))).collect(Collectors.joining("|")))
                .collect(Collectors.toSet());
    }

    @Test
    void sameArticlesDuplicatesAndRejectsAsTheCore() {
        assertThat(core.unique()).hasSizeGreaterThan(30);
        assertThat(core.duplicates()).isEqualTo(1);
        assertThat(strings(table("articles"), "id")).isEqualTo(core.unique().keySet());
        assertThat(summary.articles()).isEqualTo(core.unique().size());
        assertThat(summary.duplicates()).isEqualTo(core.duplicates());
        assertThat(table("duplicates").count()).isEqualTo(core.duplicates());
        // the same reasons (origins differ only by the file: scheme of Hadoop paths)
        assertThat(table("rejects").collectAsList().stream().map(r -> r.<String>getAs("reason")).sorted().toList())
                .isEqualTo(core.rejects().stream().map(Reject::reason).sorted().toList())
                .hasSize(3);
        assertThat(summary.read()).isEqualTo(summary.articles() + summary.duplicates() + summary.rejected());
    }

    @Test
    void sameArticleFieldsAndSentences() {
        Set<String> want = new HashSet<>();
        core.unique().values().forEach(d -> want.add(String.join("|", d.id(), d.title(), String.valueOf(d.date()), d.language(),
                String.valueOf(d.sentences().size()), String.valueOf(d.quality().flags().size()))));
        Dataset<Row> a = table("articles").selectExpr("id", "title", "cast(date as string) as date", "language",
                "num_sentences", "size(quality) as flags");
        assertThat(strings(a, "id", "title", "date", "language", "num_sentences", "flags")).isEqualTo(want);

        Set<String> sentences = new HashSet<>();
        core.unique().values().forEach(d -> d.sentences().forEach(s ->
                sentences.add(d.id() + "|" + s.index() + "|" + s.start() + "|" + s.end() + "|" + s.text())));
        assertThat(strings(table("sentences"), "article_id", "index", "start", "end", "text")).isEqualTo(sentences);
        assertThat(summary.sentences()).isEqualTo(sentences.size());
    }

    @Test
    void sameMentionsEventsAndCanonicalEvents() {
        Set<String> mentions = new HashSet<>();
        core.unique().values().forEach(d -> d.mentions().forEach(m ->
                mentions.add(d.id() + "|" + m.start() + "|" + m.end() + "|" + m.code() + "|" + m.entity())));
        assertThat(strings(table("mentions"), "article_id", "start", "end", "code", "entity")).isEqualTo(mentions);

        List<ReferenceDedup.In> events = new ArrayList<>();
        Set<String> eventRows = new HashSet<>();
        for (Document d : core.unique().values()) {
            for (Event e : d.events()) {
                events.add(new ReferenceDedup.In(d.id(), e.id(), d.source(), e.event(), e.actor().stream().map(x -> x.code()).toList(),
                        e.recipient().stream().map(x -> x.code()).toList(), e.modality(), e.date()));
                eventRows.add(d.id() + "|" + e.id() + "|" + e.event() + "|" + e.modality() + "|" + e.triggerStart());
            }
        }
        Map<String, String> assigned = ReferenceDedup.assign(events, JobArguments.DEFAULT_WINDOW_DAYS);
        Set<String> links = new HashSet<>();
        events.forEach(e -> links.add(e.id() + "|" + assigned.get(e.id())));
        assertThat(eventRows).hasSizeGreaterThan(50); // the sample has events: the comparisons below are not vacuous
        assertThat(mentions).hasSizeGreaterThan(200);
        assertThat(summary.events()).isEqualTo(eventRows.size());
        assertThat(summary.mentions()).isEqualTo(mentions.size());
        assertThat(strings(table("events"), "article_id", "id", "event", "modality", "trigger_start")).isEqualTo(eventRows);
        assertThat(strings(table("events"), "id", "canonical_id")).isEqualTo(links);
        Map<String, ReferenceDedup.Canonical> canonical = ReferenceDedup.canonical(events, JobArguments.DEFAULT_WINDOW_DAYS);
        Set<String> want = canonical.values().stream()
                .map(c -> c.id() + "|" + c.mentions() + "|" + c.articles() + "|" + c.sources()).collect(Collectors.toSet());
        assertThat(strings(table("canonical_events"), "canonical_id", "num_mentions", "num_articles", "num_sources")).isEqualTo(want);
        assertThat(summary.canonicalEvents()).isEqualTo(canonical.size());
    }

    @Test
    void tablesArePartitionedByDate() {
        assertThat(out.resolve("articles").toFile().list()).anyMatch(n -> n.startsWith("date=2015-07-2"));
        assertThat(table("articles").schema().fieldNames()).contains("date");
        assertThat(out.resolve(RasdSparkJob.SUMMARY_FILE)).content().contains("\"articles\":" + summary.articles());
    }

    @Test
    void aDateIsWrittenByFewTasksAndATaskWritesFewDates() throws Exception {
        // 3 writing tasks (--partitions 3): range partitioning by (date, key) gives at most dates + 3 - 1 files, where a
        // hash partitioning of the rows (by key) would give up to dates × 3
        for (String name : List.of("articles", "sentences", "mentions", "events", "canonical_events")) {
            long dates, files;
            try (var dirs = Files.list(out.resolve(name)); var all = Files.walk(out.resolve(name))) {
                dates = dirs.filter(d -> d.getFileName().toString().startsWith("date=")).count();
                files = all.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
            }
            assertThat(dates).as(name).isPositive();
            assertThat(files).as(name).isBetween(dates, dates + 2);
        }
    }

    @Test
    void localFilesAreWrittenWithoutForkingChmod() throws Exception {
        var fs = org.apache.hadoop.fs.FileSystem.get(java.net.URI.create("file:///"), SparkSessions.local2().sparkContext().hadoopConfiguration());
        assertThat(fs).isInstanceOf(ForklessLocalFileSystem.class);
        assertThat(java.nio.file.Files.getPosixFilePermissions(out.resolve("articles"))).isEqualTo(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void lexiconsLoadOncePerJvm() {
        // local mode: the executors are threads of this JVM; 3 partitions, 2 cores, one load
        assertThat(ExtractorHolder.loads()).isEqualTo(1);
    }

    @Test
    void readsParquetWithTextColumns() throws Exception {
        SparkSession spark = SparkSessions.local2();
        List<String> lines = Samples.newsLines(12);
        Path jsonl = tmp.resolve("pq-src.jsonl");
        Files.write(jsonl, lines);
        Path pq = tmp.resolve("pq-in");
        // SaudiNewsNet columns as they are, plus a row without text
        spark.read().json(jsonl.toString()).unionByName(spark.sql("SELECT 'x' AS author, CAST(NULL AS STRING) AS content, "
                        + "'2015-07-22 01:00:00' AS date_extracted, 's' AS source, 't' AS title, 'u' AS url"))
                .coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(pq.toString());
        Path pqOut = tmp.resolve("pq-out");
        JobSummary s = RasdSparkJob.run(spark, JobArguments.parse("--out", pqOut.toString(), pq.toString()));
        Reference ref = Reference.of(List.of(jsonl.toString()), InputOptions.defaults());
        assertThat(strings(spark.read().parquet(pqOut.resolve("articles").toString()), "id")).isEqualTo(ref.unique().keySet());
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(spark.read().parquet(pqOut.resolve("rejects").toString()).first().<String>getAs("reason"))
                .startsWith("no text field");
        assertThat(spark.read().parquet(pqOut.resolve("rejects").toString()).first().<String>getAs("origin")).matches(".*\\.parquet:\\d+");
    }

    @Test
    void refusesToOverwriteUnlessAsked() {
        assertThatThrownBy(() -> RasdSparkJob.run(SparkSessions.local2(), JobArguments.parse("--out", out.toString(), inputs.toString())))
                .hasMessageContaining("exists").hasMessageContaining("--overwrite");
    }
}
