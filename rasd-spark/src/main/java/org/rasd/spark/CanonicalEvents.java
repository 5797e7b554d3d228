package org.rasd.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Cross-article event deduplication in Spark SQL, under the embedded store's rule (rasd-store's EventKey and
 * EventDeduplicator compute the same in Java):
 * <ul>
 * <li>key = event category | actor codes | recipient codes | modality class, where codes are the distinct non-blank
 *     actor codes, sorted, joined with '+', and the class is the modality for planned, negated and hypothetical, and
 *     {@code real} otherwise (asserted, claimed, historical, or none);</li>
 * <li>within a key, events sorted by date form one canonical event until the gap to the previous event's date exceeds
 *     the window (days);</li>
 * <li>canonical id = first 16 hex characters of SHA-256 of {@code key|first date};</li>
 * <li>num_mentions = event rows, num_articles = distinct article ids, num_sources = distinct sources (a missing source
 *     counts as one source, the empty one).</li>
 * </ul>
 * An event that cannot be matched with confidence (no date, no actor code or no recipient code) is never merged, and
 * forms a canonical event of its own whose id hashes {@code key|alone:EVENT_ID}.
 */
public final class CanonicalEvents {
    private static final String VIEW = "rasd_events_for_dedup", ASSIGNED = "rasd_events_with_canonical_id";

    private CanonicalEvents() {}

    /**
     * Adds to every event row its canonical event's id, as a column {@code canonical_id}.
     *
     * @param events rows with at least {@code article_id, id, source, event, actor, recipient, modality, date}
     */
    public static Dataset<Row> assign(SparkSession spark, Dataset<Row> events, int windowDays) {
        if (windowDays < 0) throw new IllegalArgumentException("window must be at least 0 days, got " + windowDays);
        events.createOrReplaceTempView(VIEW);
        return spark.sql("""
                WITH keyed AS (
                  SELECT *, CAST(`date` AS DATE) AS _rasd_d,
                         concat_ws('|',
                           coalesce(event, 'null'),
                           array_join(array_sort(array_distinct(filter(transform(actor, a -> a.code), c -> c IS NOT NULL AND trim(c) <> ''))), '+'),
                           array_join(array_sort(array_distinct(filter(transform(recipient, a -> a.code), c -> c IS NOT NULL AND trim(c) <> ''))), '+'),
                           CASE WHEN modality IN ('planned', 'negated', 'hypothetical') THEN modality
                                ELSE 'real' END) AS _rasd_key,
                         size(filter(actor, a -> a.code IS NOT NULL AND trim(a.code) <> '')) = 0
                           OR size(filter(recipient, a -> a.code IS NOT NULL AND trim(a.code) <> '')) = 0 AS _rasd_alone
                  FROM %s),
                dated AS (
                  SELECT *, CASE WHEN lag(_rasd_d) OVER w IS NULL OR datediff(_rasd_d, lag(_rasd_d) OVER w) > %d
                                 THEN 1 ELSE 0 END AS _rasd_starts
                  FROM keyed WHERE _rasd_d IS NOT NULL AND NOT _rasd_alone
                  WINDOW w AS (PARTITION BY _rasd_key ORDER BY _rasd_d)),
                grouped AS (
                  SELECT *, sum(_rasd_starts) OVER (PARTITION BY _rasd_key ORDER BY _rasd_d ROWS UNBOUNDED PRECEDING) AS _rasd_grp
                  FROM dated),
                firsts AS (
                  SELECT *, min(_rasd_d) OVER (PARTITION BY _rasd_key, _rasd_grp) AS _rasd_first FROM grouped)
                SELECT * EXCEPT (_rasd_d, _rasd_key, _rasd_alone, _rasd_starts, _rasd_grp, _rasd_first),
                       substr(sha2(concat(_rasd_key, '|', CAST(_rasd_first AS STRING)), 256), 1, 16) AS canonical_id
                FROM firsts
                UNION ALL
                SELECT * EXCEPT (_rasd_d, _rasd_key, _rasd_alone),
                       substr(sha2(concat(_rasd_key, '|alone:', id), 256), 1, 16) AS canonical_id
                FROM keyed WHERE _rasd_d IS NULL OR _rasd_alone
                """.formatted(VIEW, windowDays));
    }

    /**
     * The canonical events: {@code canonical_id, event, actor_key, recipient_key, modality_class, first_date, last_date,
     * num_mentions, num_articles, num_sources, date} (date = first date, the partition column).
     *
     * @param events events with their canonical ids ({@code canonical_id} joined in)
     */
    public static Dataset<Row> table(SparkSession spark, Dataset<Row> events) {
        // the distinct counts as sizes of sets: one aggregation, one shuffle (two count(DISTINCT)s make Spark expand every
        // row once per distinct column and aggregate in three more stages); an event's article id is never null
        events.createOrReplaceTempView(ASSIGNED);
        return spark.sql("""
                SELECT canonical_id,
                       first(event) AS event,
                       first(array_join(array_sort(array_distinct(filter(transform(actor, a -> a.code), c -> c IS NOT NULL AND trim(c) <> ''))), '+')) AS actor_key,
                       first(array_join(array_sort(array_distinct(filter(transform(recipient, a -> a.code), c -> c IS NOT NULL AND trim(c) <> ''))), '+')) AS recipient_key,
                       first(CASE WHEN modality IN ('planned', 'negated', 'hypothetical') THEN modality ELSE 'real' END) AS modality_class,
                       CAST(min(CAST(`date` AS DATE)) AS STRING) AS first_date,
                       CAST(max(CAST(`date` AS DATE)) AS STRING) AS last_date,
                       count(*) AS num_mentions,
                       CAST(size(collect_set(article_id)) AS BIGINT) AS num_articles,
                       CAST(size(collect_set(coalesce(source, ''))) AS BIGINT) AS num_sources,
                       CAST(min(CAST(`date` AS DATE)) AS STRING) AS `date`
                FROM %s
                GROUP BY canonical_id
                """.formatted(ASSIGNED));
    }
}
