package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir Path tmp;
    Store store;

    @BeforeEach
    void fill() {
        store = Store.open(tmp.resolve("data"));
        store.ingestDocuments(List.of(
                Fixtures.doc("a1", "s1", "2026-01-01", "نص\tمع\nسطر", Fixtures.event("a1", 1, "CONSULT", "MARGOV", "USAGOV", "2026-01-01", "asserted")),
                Fixtures.doc("a2", "s2", "2026-01-02", "نص ثان", Fixtures.event("a2", 1, "CONSULT", "MARGOV", "USAGOV", "2026-01-02", "asserted"),
                        Fixtures.event("a2", 2, "ASSAULT", "DZAMIL", null, "2026-01-02", "negated")),
                Fixtures.doc("a3", "s3", "2026-02-01", "نص ثالث")), new IngestOptions(1, 10, "test"));
    }

    @org.junit.jupiter.api.AfterEach
    void close() { store.close(); }

    @Test
    void ploverIsOneJsonEventALineWithTheRequiredFields() throws Exception {
        Path out = tmp.resolve("out/events.jsonl");
        ExportResult r = store.export(ExportFormat.PLOVER, out, EventFilter.ALL);
        assertThat(r.rows()).containsExactly(3L);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        ObjectMapper m = new ObjectMapper();
        for (String l : lines) {
            JsonNode n = m.readTree(l);
            for (String f : List.of("id", "date", "actor", "event", "recipient", "mode", "context", "text", "link", "cite_info")) assertThat(n.has(f)).as(f).isTrue();
            assertThat(n.get("actor").isArray()).isTrue();
            assertThat(n.get("event").get(0).asText()).isIn("CONSULT", "ASSAULT");
            assertThat(n.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        JsonNode first = m.readTree(lines.get(0));
        assertThat(first.get("actor").get(0).get("code").asText()).isEqualTo("MARGOV");
        assertThat(first.get("num_mentions").asInt()).isEqualTo(2);
    }

    @Test
    void gdeltHasTheSixtyOneColumnsAndMentionRows() throws Exception {
        Path out = tmp.resolve("20260101.export.CSV");
        ExportResult r = store.export(ExportFormat.GDELT, out, EventFilter.ALL);
        assertThat(r.files()).containsExactly(out, tmp.resolve("20260101.mentions.CSV"));
        assertThat(r.rows()).containsExactly(2L, 3L);
        assertThat(Exporter.GDELT_EVENT_COLUMNS).hasSize(61).doesNotHaveDuplicates();
        assertThat(Exporter.GDELT_MENTION_COLUMNS).hasSize(16);
        List<String> events = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(events).hasSize(2);
        Set<String> ids = new HashSet<>();
        for (String l : events) {
            String[] c = l.split("\t", -1);
            assertThat(c).hasSize(61);
            ids.add(c[0]);
            assertThat(c[0]).matches("\\d+");
            assertThat(c[1]).matches("\\d{8}");
            assertThat(c[2]).isEqualTo(c[1].substring(0, 6));
            assertThat(c[59]).matches("\\d{14}");
        }
        String[] consult = events.stream().map(l -> l.split("\t", -1)).filter(c -> c[5].equals("MARGOV")).findFirst().orElseThrow();
        assertThat(consult[15]).isEqualTo("USAGOV");  // Actor2Code
        assertThat(consult[26]).isEqualTo("040");     // EventCode
        assertThat(consult[31]).isEqualTo("2");       // NumMentions
        assertThat(consult[32]).isEqualTo("2");       // NumSources
        assertThat(consult[33]).isEqualTo("2");       // NumArticles
        assertThat(consult[60]).isEqualTo("https://example.org/a1");
        List<String> mentions = Files.readAllLines(r.files().get(1), StandardCharsets.UTF_8);
        assertThat(mentions).hasSize(3).allSatisfy(l -> {
            String[] c = l.split("\t", -1);
            assertThat(c).hasSize(16);
            assertThat(ids).contains(c[0]);
        });
    }

    @Test
    void csvAndParquetReadBack() throws Exception {
        Path csv = tmp.resolve("events.csv"), parquet = tmp.resolve("events.parquet");
        assertThat(store.export(ExportFormat.CSV, csv, EventFilter.ALL).rows()).containsExactly(3L);
        assertThat(store.export(ExportFormat.PARQUET, parquet, new EventFilter(null, null, null, "CONSULT", null, null, null, null)).rows()).containsExactly(2L);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (ResultSet r = c.createStatement().executeQuery("SELECT count(*), count(DISTINCT canonical_id) FROM read_csv('" + csv + "', header = true)")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(3);
                assertThat(r.getLong(2)).isEqualTo(2);
            }
            try (ResultSet r = c.createStatement().executeQuery("SELECT event, actor_codes, num_mentions, num_articles, num_sources FROM read_parquet('" + parquet + "') ORDER BY event_id")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("CONSULT");
                assertThat(r.getString(2)).isEqualTo("MARGOV");
                assertThat(r.getInt(3)).isEqualTo(2);
                assertThat(r.getInt(4)).isEqualTo(2);
                assertThat(r.getInt(5)).isEqualTo(2);
                assertThat(r.next()).isTrue();
                assertThat(r.next()).isFalse();
            }
        }
    }

    @Test
    void csvDisarmsSpreadsheetFormulas() throws Exception {
        store.ingestDocuments(List.of(Fixtures.doc("a4", "=HYPERLINK(\"http://x\")", "2026-03-01", "نص رابع",
                Fixtures.event("a4", 1, "CONSULT", "MARGOV", "USAGOV", "2026-03-01", "asserted"))), new IngestOptions(1, 10, "test"));
        Path csv = tmp.resolve("formulas.csv");
        store.export(ExportFormat.CSV, csv, EventFilter.ALL.withArticle("a4"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet r = c.createStatement().executeQuery("SELECT source, event, goldstein FROM read_csv('" + csv + "', header = true, all_varchar = true)")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(r.getString(2)).isEqualTo("CONSULT");
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void unknownFormatIsNamed() {
        assertThatThrownBy(() -> ExportFormat.parse("xls")).hasMessageContaining("xls").hasMessageContaining("plover");
        assertThat(ExportFormat.parse("GDELT")).isEqualTo(ExportFormat.GDELT);
    }

    @Test
    void demoSummaryCountsCanonicalEventsAndPairs() {
        DemoSummary s = store.demoSummary(5);
        assertThat(s.articles()).isEqualTo(3);
        assertThat(s.events()).isEqualTo(3);
        assertThat(s.canonicalEvents()).isEqualTo(2);
        assertThat(s.topPairs()).containsExactly(new DemoSummary.ActorPair("MARGOV", "USAGOV", 1));
        assertThat(s.render()).contains("CONSULT").contains("MARGOV");
    }
}
