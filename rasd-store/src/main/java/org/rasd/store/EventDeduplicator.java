package org.rasd.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Groups the event rows of each dedup key into canonical events: rows sorted by (date, id) form one canonical event
 * until the gap from the previous row's date exceeds the window. A row that cannot be matched with confidence (no
 * date, or no actor code, or no recipient code: "Saudi Arabia visits" says too little to be the same visit as
 * another) is a canonical event of its own.
 * Recomputes whole keys, so that incremental ingest gives the same result as one ingest of everything.
 */
final class EventDeduplicator {
    private final int windowDays;

    EventDeduplicator(int windowDays) {
        if (windowDays < 0) throw new IllegalArgumentException("the dedup window must be 0 days or more");
        this.windowDays = windowDays;
    }

    /** Whether a row may be merged with others: it has a date, an actor code and a recipient code. */
    private static boolean mergeable(Row r) {
        return r.date() != null && !r.actors().isEmpty() && !r.recipients().isEmpty();
    }

    private static void date(DuckDBAppender a, LocalDate d) throws SQLException {
        if (d == null) a.appendNull(); else a.append(d);
    }

    private record Row(String id, LocalDate date, String articleId, String source, String event, String actors,
                       String recipients, String modalityClass, String cameo, double goldstein, int quadClass, double confidence) {}

    /** Recomputes the canonical events of the given keys, inside the caller's transaction. */
    void recompute(Connection c, Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) return;
        List<String> sorted = keys.stream().distinct().sorted().toList();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS dedup_keys (k VARCHAR)");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS dedup_links (event_id VARCHAR, canonical_id VARCHAR)");
            s.execute("DELETE FROM dedup_keys");
            s.execute("DELETE FROM dedup_links");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO dedup_keys VALUES (?)")) {
            for (String k : sorted) { p.setString(1, k); p.addBatch(); }
            p.executeBatch();
        }
        List<Row> rows = new ArrayList<>();
        List<String> rowKeys = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT e.dedup_key, e.id, e.date, e.article_id, coalesce(a.source, ''), e.event, e.actor_codes,
                            e.recipient_codes, e.modality_class, e.cameo, e.goldstein, e.quad_class, e.confidence
                     FROM events e JOIN articles a ON a.id = e.article_id
                     WHERE e.dedup_key IN (SELECT k FROM dedup_keys)
                     ORDER BY e.dedup_key, e.date NULLS LAST, e.id""")) {
            while (r.next()) {
                rowKeys.add(r.getString(1));
                Date d = r.getDate(3);
                rows.add(new Row(r.getString(2), d == null ? null : d.toLocalDate(), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getDouble(11), r.getInt(12), r.getDouble(13)));
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS dedup_canon AS SELECT * FROM canonical_events LIMIT 0");
            s.execute("DELETE FROM dedup_canon");
        }
        try (DuckDBAppender ins = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "dedup_canon");
             DuckDBAppender link = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "dedup_links")) {
            int i = 0;
            while (i < rows.size()) {
                String key = rowKeys.get(i);
                int j = i + 1;
                if (mergeable(rows.get(i))) {
                    while (j < rows.size() && rowKeys.get(j).equals(key) && rows.get(j).date() != null
                            && ChronoUnit.DAYS.between(rows.get(j - 1).date(), rows.get(j).date()) <= windowDays) j++;
                }
                List<Row> group = rows.subList(i, j);
                Row first = group.get(0);
                String id = EventKey.canonicalId(key, mergeable(first) ? first.date().toString() : "alone:" + first.id());
                Set<String> articles = new HashSet<>(), sources = new HashSet<>();
                double gold = 0, conf = 0;
                for (Row r : group) {
                    articles.add(r.articleId());
                    sources.add(r.source());
                    gold += r.goldstein();
                    conf += r.confidence();
                    link.beginRow();
                    link.append(r.id());
                    link.append(id);
                    link.endRow();
                }
                ins.beginRow();
                ins.append(id);
                ins.append(key);
                ins.append(first.event());
                ins.append(first.actors());
                ins.append(first.recipients());
                ins.append(first.modalityClass());
                date(ins, first.date());
                date(ins, group.get(group.size() - 1).date());
                ins.append(group.size());
                ins.append(articles.size());
                ins.append(sources.size());
                ins.append(first.id());
                if (first.cameo() == null) ins.appendNull(); else ins.append(first.cameo());
                ins.append(gold / group.size());
                ins.append(first.quadClass());
                ins.append(conf / group.size());
                ins.endRow();
                i = j;
            }
        }
        // Rows whose id stays are updated in place, not deleted and inserted again: DuckDB refuses to commit a
        // re-insert of a deleted key while a reader's snapshot still sees it (write-write conflict), and the server
        // reads while it ingests.
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM canonical_events WHERE dedup_key IN (SELECT k FROM dedup_keys) AND id NOT IN (SELECT id FROM dedup_canon)");
            s.execute("""
                    UPDATE canonical_events SET dedup_key = n.dedup_key, event = n.event, actor_codes = n.actor_codes,
                           recipient_codes = n.recipient_codes, modality_class = n.modality_class, first_date = n.first_date,
                           last_date = n.last_date, num_mentions = n.num_mentions, num_articles = n.num_articles,
                           num_sources = n.num_sources, first_event_id = n.first_event_id, cameo = n.cameo, goldstein = n.goldstein,
                           quad_class = n.quad_class, avg_confidence = n.avg_confidence
                    FROM dedup_canon n WHERE canonical_events.id = n.id""");
            s.execute("INSERT INTO canonical_events SELECT * FROM dedup_canon WHERE id NOT IN (SELECT id FROM canonical_events)");
            s.execute("UPDATE events SET canonical_id = l.canonical_id FROM dedup_links l WHERE events.id = l.event_id");
        }
    }
}
