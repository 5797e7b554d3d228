package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.model.Document;

class EventDedupTest {
    @TempDir Path tmp;

    private static IngestOptions opts() { return new IngestOptions(1, 3, "test"); }

    private static Document d(String id, String source, String date, String category, String actor, String recipient, String modality) {
        return Fixtures.doc(id, source, date, "نص " + id, Fixtures.event(id, 1, category, actor, recipient, date, modality));
    }

    private static final List<Document> DOCS = List.of(
            d("a1", "s1", "2026-01-01", "CONSULT", "MARGOV", "USAGOV", "asserted"),
            d("a2", "s2", "2026-01-03", "CONSULT", "MARGOV", "USAGOV", "claimed"),     // 2 days later, claimed is real: same event
            d("a3", "s2", "2026-01-06", "CONSULT", "MARGOV", "USAGOV", "asserted"),    // 3 days after a2: still chained
            d("a4", "s1", "2026-01-10", "CONSULT", "MARGOV", "USAGOV", "asserted"),    // 4 days gap: a new event
            d("a5", "s3", "2026-01-01", "CONSULT", "MARGOV", "USAGOV", "planned"),     // other modality class
            d("a6", "s3", "2026-01-01", "CONSULT", "USAGOV", "MARGOV", "asserted"),    // roles swapped: other key
            d("a7", "s4", null, "CONSULT", "MARGOV", "USAGOV", "asserted"));           // undated: its own event

    private static List<List<Object>> canon(Store s) {
        return s.query("SELECT id, dedup_key, CAST(first_date AS VARCHAR), num_mentions, num_articles, num_sources FROM canonical_events ORDER BY dedup_key, first_date NULLS LAST", 100).rows();
    }

    @Test
    void aReaderHoldingASnapshotDoesNotBreakTheRecomputeOfItsCanonicalEvents() throws Exception {
        try (Store store = Store.open(tmp)) {
            store.ingestDocuments(List.of(DOCS.get(0)), opts());
            java.sql.Connection reader = store.read(c -> c); // this thread's read connection, as a web request holds it
            reader.setAutoCommit(false);
            try (var s = reader.createStatement(); var r = s.executeQuery("SELECT count(*) FROM canonical_events")) {
                r.next(); // the snapshot now sees the canonical event that the next ingest recomputes
            }
            store.ingestDocuments(List.of(DOCS.get(1)), opts()); // same key, same canonical id: updated, not re-inserted
            store.ingestDocuments(List.of(DOCS.get(2)), opts()); // and the writer still works afterwards
            reader.rollback();
            reader.setAutoCommit(true);
            String key = "CONSULT|MARGOV|USAGOV|real";
            assertThat(canon(store)).containsExactly(List.of(EventKey.canonicalId(key, "2026-01-01"), key, "2026-01-01", 3, 3, 2));
        }
    }

    @Test
    void eventsOfOneKeyWithinTheWindowBecomeOneCanonicalEvent() {
        try (Store store = Store.open(tmp)) {
            store.ingestDocuments(DOCS, opts());
            List<List<Object>> rows = canon(store);
            String key = "CONSULT|MARGOV|USAGOV|real";
            assertThat(rows).containsExactly(
                    List.of(EventKey.canonicalId("CONSULT|MARGOV|USAGOV|planned", "2026-01-01"), "CONSULT|MARGOV|USAGOV|planned", "2026-01-01", 1, 1, 1),
                    List.of(EventKey.canonicalId(key, "2026-01-01"), key, "2026-01-01", 3, 3, 2),
                    List.of(EventKey.canonicalId(key, "2026-01-10"), key, "2026-01-10", 1, 1, 1),
                    java.util.Arrays.asList(EventKey.canonicalId(key, "alone:a7:1"), key, null, 1, 1, 1),
                    List.of(EventKey.canonicalId("CONSULT|USAGOV|MARGOV|real", "2026-01-01"), "CONSULT|USAGOV|MARGOV|real", "2026-01-01", 1, 1, 1));
            // every event row links to its canonical event
            assertThat(store.query("SELECT count(*) FROM events WHERE canonical_id IS NULL", 1).rows()).containsExactly(List.of(0L));
            assertThat(store.events(new EventFilter(null, null, null, null, null, null, null, "a3"), 0, 1).get(0).canonicalId())
                    .isEqualTo(EventKey.canonicalId(key, "2026-01-01"));
        }
    }

    @Test
    void canonicalIdIsTheDocumentedHash() {
        // sha256("CONSULT|MARGOV|USAGOV|real|2026-01-01"), first 16 hex digits
        assertThat(EventKey.canonicalId("CONSULT|MARGOV|USAGOV|real", "2026-01-01")).hasSize(16).matches("[0-9a-f]{16}")
                .isEqualTo(sha16("CONSULT|MARGOV|USAGOV|real|2026-01-01"));
    }

    private static String sha16(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void keyUsesDistinctSortedCodesAndModalityClasses() {
        org.rasd.core.model.Event e = new org.rasd.core.model.Event("x", "AGREE", null, null, "057", 3, 1,
                List.of(Fixtures.actor("USAGOV"), Fixtures.actor("MARGOV"), Fixtures.actor("USAGOV")), List.of(), null, "2026-01-01",
                "historical", null, 0, 0, 1, "t", "e", "r", 1, "g", 1);
        assertThat(EventKey.of(e).toString()).isEqualTo("AGREE|MARGOV+USAGOV||real");
        assertThat(EventKey.modalityClass("negated")).isEqualTo("negated");
        assertThat(EventKey.modalityClass("claimed")).isEqualTo("real");
        assertThat(EventKey.modalityClass(null)).isEqualTo("real");
    }

    @Test
    void incrementalIngestGivesTheSameResultAsOneIngest() {
        Path one = tmp.resolve("one"), inc = tmp.resolve("inc");
        List<List<Object>> all;
        try (Store s = Store.open(one)) {
            s.ingestDocuments(DOCS, opts());
            all = canon(s);
        }
        try (Store s = Store.open(inc)) {
            // in reverse order, one article per run: a late article bridges and splits chains
            for (int i = DOCS.size() - 1; i >= 0; i--) s.ingestDocuments(List.of(DOCS.get(i)), opts());
            assertThat(canon(s)).isEqualTo(all);
            s.rededuplicate();
            assertThat(canon(s)).isEqualTo(all);
        }
    }

    @Test
    void eventsLeftUnlinkedByAKilledIngestAreLinkedByTheNextIngest() throws Exception {
        List<List<Object>> expected;
        try (Store s = Store.open(tmp)) {
            s.ingestDocuments(DOCS, opts());
            expected = canon(s);
        }
        // the state a kill leaves between a batch commit and the deferred recompute
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve(Store.DB_FILE))) {
            c.createStatement().execute("UPDATE events SET canonical_id = NULL");
            c.createStatement().execute("DELETE FROM canonical_events");
        }
        try (Store s = Store.open(tmp)) {
            IngestSummary again = s.ingestDocuments(DOCS, opts());
            assertThat(again.stored()).isZero();
            assertThat(canon(s)).isEqualTo(expected);
            assertThat(s.query("SELECT count(*) FROM events WHERE canonical_id IS NULL", 1).rows()).containsExactly(List.of(0L));
        }
    }

    @Test
    void theWindowIsConfigurable() {
        try (Store store = Store.open(tmp, 10)) {
            store.ingestDocuments(DOCS, opts());
            assertThat(store.query("SELECT num_mentions FROM canonical_events WHERE dedup_key = 'CONSULT|MARGOV|USAGOV|real' AND first_date IS NOT NULL", 10).rows())
                    .containsExactly(List.of(4));
        }
    }
}
