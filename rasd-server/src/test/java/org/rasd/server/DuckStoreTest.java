package org.rasd.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.model.Document;
import org.rasd.server.data.DuckStore;
import org.rasd.server.data.EventFilter;
import org.rasd.store.IngestOptions;
import org.rasd.store.Store;

/** The workbench reads the DuckDB store itself: it sees outside ingests and a rebuilt store, with nothing to reload. */
class DuckStoreTest {
    @TempDir
    Path dir;

    @Test
    void workbenchReadsTheStore() throws Exception {
        List<Document> docs = Docs.corpus();
        try (DuckStore s = DuckStore.open(dir)) {
            assertThat(s.put(docs.get(0))).isTrue();
            assertThat(s.put(docs.get(0))).isFalse();
        }
        try (Store st = Store.open(dir)) { // rasd ingest while the server is stopped
            st.ingestDocuments(List.of(docs.get(1), docs.get(2)), IngestOptions.defaults("test"));
        }
        try (DuckStore s = DuckStore.open(dir)) {
            assertThat(s.stats().articles()).isEqualTo(3);
            assertThat(s.events(EventFilter.ANY, "date", 0, 10).total()).isEqualTo(3);
            assertThat(s.events(EventFilter.ANY, "date", 0, 10).items()) // each report names its canonical event and its counts
                    .allSatisfy(r -> assertThat(r.canonical().numMentions()).isGreaterThanOrEqualTo(r.canonical().numArticles()).isPositive());
            assertThat(s.stats().canonicalEvents()).isBetween(1, 3);
            assertThat(s.search("بالمغرب", 10)).extracting(h -> h.articleId()).containsExactlyInAnyOrder("a1", "a2", "a3");
        }
        // the store is rebuilt with fewer articles: the workbench shows what the store holds
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir) && !p.getFileName().toString().equals("watchlists.json"))
                    .forEach(p -> p.toFile().delete());
        }
        try (Store st = Store.open(dir)) {
            st.ingestDocuments(List.of(docs.get(2)), IngestOptions.defaults("test"));
        }
        try (DuckStore s = DuckStore.open(dir)) {
            assertThat(s.stats().articles()).isEqualTo(1);
            assertThat(s.article("a3")).isPresent();
            assertThat(s.article("a1")).isEmpty();
        }
    }
}
