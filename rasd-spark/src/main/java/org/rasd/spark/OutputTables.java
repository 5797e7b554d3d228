package org.rasd.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The tables of a run, derived from the extracted rows ({@link DocumentRows#SCHEMA}). An article is kept once per
 * content id (the first copy read, as in the store); the other copies are listed in {@code duplicates}. Offsets are code
 * points; {@code date} is the partition column (the article's date, or the event's own date for events).
 *
 * <p>The distinct articles are range-partitioned by (date, id) over {@code tasks} partitions once and cached: the
 * articles, sentences and mentions tables are written from that cache as it is partitioned, each task a contiguous run
 * of dates (see {@link TableWriter}), with no sampling job or shuffle of their own.
 */
public final class OutputTables implements AutoCloseable {
    private final Dataset<Row> firsts, unique, duplicates, rejects;
    private final SparkSession spark;
    private final int windowDays;

    /**
     * @param extracted  the extracted rows (cached by the caller: every table reads them)
     * @param windowDays the deduplication window of events
     * @param tasks      the partitions of the distinct articles, and so the tasks that write their tables
     */
    public OutputTables(SparkSession spark, Dataset<Row> extracted, int windowDays, int tasks) {
        this.spark = spark;
        this.windowDays = windowDays;
        Dataset<Row> records = extracted.filter(col("reject").isNull());
        // the first copy read of each article, (seq, origin) the smallest in the reading order, found on a projection of
        // three small columns: the documents themselves (text, sentences, mentions, events) are not shuffled or sorted
        // for it, and the join with this small table is a broadcast hash join
        this.firsts = records.groupBy(col("id")).agg(min(struct(col("seq"), col("origin"))).as("_first"))
                .select(col("_first.seq").as("_first_seq"), col("_first.origin").as("_first_origin"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        // cached now, so that the joins below are planned on its real size: a broadcast hash join while it is under
        // spark.sql.autoBroadcastJoinThreshold, a sort-merge join beyond; planned on an estimate instead (the size of all
        // the extracted rows), they shuffled the whole documents to join them with it
        firsts.count();
        Column isFirst = col("seq").equalTo(firsts.col("_first_seq")).and(col("origin").equalTo(firsts.col("_first_origin")));
        this.unique = records.join(firsts, isFirst, "left_semi").drop("reject", "seq")
                .repartitionByRange(tasks, col("date"), col("id")).persist(StorageLevel.MEMORY_AND_DISK());
        this.duplicates = records.join(firsts, isFirst, "left_anti").select(col("origin"), col("id").as("duplicate_of"));
        this.rejects = extracted.filter(col("reject").isNotNull()).select(col("origin"), col("reject").as("reason"));
    }

    /**
     * The distinct articles with their nested sentences, mentions and events (not written as such), range-partitioned
     * by (date, id).
     */
    public Dataset<Row> documents() { return unique; }

    public Dataset<Row> duplicates() { return duplicates; }

    public Dataset<Row> rejects() { return rejects; }

    public Dataset<Row> articles() {
        return unique.select(col("id"), col("external_id"), col("origin"), col("title"), col("section"), col("source"),
                col("url"), col("author"), col("language"), col("text"), col("quality"),
                size(col("sentences")).as("num_sentences"), size(col("mentions")).as("num_mentions"),
                size(col("events")).as("num_events"), col("date"));
    }

    public Dataset<Row> sentences() {
        return unique.select(col("id").as("article_id"), col("date"), explode(col("sentences")).as("s"))
                .select(col("article_id"), col("s.*"), col("date"));
    }

    public Dataset<Row> mentions() {
        return unique.select(col("id").as("article_id"), col("date"), posexplode(col("mentions")).as(new String[] {"mention", "m"}))
                .select(col("article_id"), col("mention"), col("m.*"), col("date"));
    }

    /** Event rows with the article's id, source, url and date, their place in the article and their canonical event's id. */
    public Dataset<Row> events() {
        Dataset<Row> rows = unique.select(col("id").as("article_id"), col("source"), col("url"), col("date").as("article_date"),
                        posexplode(col("events")).as(new String[] {"ordinal", "e"}))
                .select(col("article_id"), col("source"), col("url"), col("article_date"), col("ordinal"), col("e.*"));
        return CanonicalEvents.assign(spark, rows, windowDays);
    }

    public Dataset<Row> canonicalEvents(Dataset<Row> events) {
        return CanonicalEvents.table(spark, events);
    }

    /** Releases the cached first copies and distinct articles. */
    @Override
    public void close() {
        unique.unpersist();
        firsts.unpersist();
    }
}
