package org.rasd.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * The tables of a run, derived from the extracted rows ({@link DocumentRows#SCHEMA}). An article is kept once per
 * content id (the first copy read, as in the store); the other copies are listed in {@code duplicates}. Offsets are code
 * points; {@code date} is the partition column (the article's date, or the event's own date for events).
 */
public final class OutputTables implements AutoCloseable {
    private final Dataset<Row> unique, duplicates, rejects;
    private final SparkSession spark;
    private final int windowDays;

    public OutputTables(SparkSession spark, Dataset<Row> extracted, int windowDays) {
        this.spark = spark;
        this.windowDays = windowDays;
        Dataset<Row> ranked = extracted.filter(col("reject").isNull())
                .withColumn("_copy", row_number().over(Window.partitionBy("id").orderBy("seq", "origin")));
        // every table reads the distinct articles: compute them once
        this.unique = ranked.filter(col("_copy").equalTo(1)).drop("_copy", "reject", "seq").persist(StorageLevel.MEMORY_AND_DISK());
        this.duplicates = ranked.filter(col("_copy").gt(1)).select(col("origin"), col("id").as("duplicate_of"));
        this.rejects = extracted.filter(col("reject").isNotNull()).select(col("origin"), col("reject").as("reason"));
    }

    /** The distinct articles with their nested sentences, mentions and events (not written as such). */
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

    /** Releases the cached articles. */
    @Override
    public void close() { unique.unpersist(); }
}
