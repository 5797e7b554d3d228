package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.Extractor;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;
import org.rasd.core.model.Document;

class StoreTest {
    @TempDir Path tmp;

    private static IngestOptions opts() { return new IngestOptions(2, 16, "test"); }

    @Test
    void ingestOfARealCorpusCountsAddUpAndASecondIngestAddsNothing() throws Exception {
        Path corpus = Fixtures.corpus(tmp, 120, 3, 7);
        Extractor ex = Extractor.load();
        try (Store store = Store.open(tmp.resolve("data"))) {
            IngestSummary first = store.ingest(s -> new Inputs(InputOptions.defaults()).read(List.of(corpus.toString()), s), ex, opts(), IngestProgress.NONE);
            assertThat(first.read()).isEqualTo(123);
            assertThat(first.stored()).isEqualTo(120);
            assertThat(first.rejected()).isEqualTo(3);
            assertThat(first.addsUp()).isTrue();
            IngestSummary second = store.ingest(s -> new Inputs(InputOptions.defaults()).read(List.of(corpus.toString()), s), ex, opts(), IngestProgress.NONE);
            assertThat(second.stored()).isZero();
            assertThat(second.duplicates()).isEqualTo(120);
            assertThat(second.rejected()).isEqualTo(3);
            assertThat(second.addsUp()).isTrue();
            StoreStats st = store.stats();
            assertThat(st.articles()).isEqualTo(120);
            assertThat(st.rejects()).isEqualTo(3); // the same rejects are not stored twice
            assertThat(st.runs()).isEqualTo(2);
            assertThat(st.searchIndexDocs()).isEqualTo(120);
            assertThat(store.query("SELECT status, read, stored, duplicates, rejected FROM ingest_runs ORDER BY run_id", 10).rows())
                    .containsExactly(List.of("finished", 123L, 120L, 0L, 3L), List.of("finished", 123L, 0L, 120L, 3L));
            assertThat(store.query("SELECT reason FROM rejects", 10).rows()).allSatisfy(r -> assertThat((String) r.get(0)).contains("empty"));
        }
        // reopening finds everything, and the index agrees
        try (Store store = Store.open(tmp.resolve("data"))) {
            assertThat(store.stats().articles()).isEqualTo(120);
            assertThat(store.stats().searchIndexDocs()).isEqualTo(120);
        }
    }

    @Test
    void anArticleComesBackAsExtracted() {
        Document d = Fixtures.doc("d1", "s1", "2026-02-01", "استقبل وزير الخارجية المغربي نظيره",
                Fixtures.event("d1", 1, "CONSULT", "MARGOV", "MRTGOV", "2026-02-01", "asserted"));
        try (Store store = Store.open(tmp)) {
            store.ingestDocuments(List.of(d), opts());
            assertThat(store.article("d1")).contains(d);
            assertThat(store.article("nope")).isEmpty();
            List<EventRow> rows = store.events(EventFilter.ALL, 0, 10);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).actors()).containsExactly("MARGOV");
            assertThat(rows.get(0).numMentions()).isEqualTo(1);
        }
    }

    @Test
    void eventFiltersSelectByActorPrefixRoleCategoryAndDate() {
        try (Store store = Store.open(tmp)) {
            store.ingestDocuments(List.of(
                    Fixtures.doc("a", "s1", "2026-02-01", "نص أول", Fixtures.event("a", 1, "CONSULT", "MARGOV", "USAMIL", "2026-02-01", "asserted")),
                    Fixtures.doc("b", "s2", "2026-03-01", "نص ثان", Fixtures.event("b", 1, "ASSAULT", "DZAMIL", "MARMIL", "2026-03-01", "asserted"))), opts());
            assertThat(store.events(new EventFilter("MAR", null, null, null, null, null, null, null), 0, 10)).extracting(EventRow::articleId).containsExactly("a");
            assertThat(store.events(new EventFilter(null, "MAR", null, null, null, null, null, null), 0, 10)).extracting(EventRow::articleId).containsExactly("b");
            assertThat(store.events(new EventFilter(null, null, "MAR", null, null, null, null, null), 0, 10)).hasSize(2);
            assertThat(store.events(new EventFilter(null, null, null, "ASSAULT", null, null, null, null), 0, 10)).extracting(EventRow::articleId).containsExactly("b");
            assertThat(store.events(new EventFilter(null, null, null, null, null, LocalDate.parse("2026-02-15"), null, null), 0, 10)).extracting(EventRow::articleId).containsExactly("b");
            assertThat(store.countEvents(new EventFilter(null, null, null, null, null, null, LocalDate.parse("2026-02-15"), null))).isEqualTo(1);
            assertThat(store.events(EventFilter.ALL, 1, 10)).hasSize(1);
        }
    }

    @Test
    void searchFindsArabicWordsRegardlessOfCliticsAndSpelling() throws Exception {
        Extractor ex = Extractor.load();
        try (Store store = Store.open(tmp)) {
            List<org.rasd.core.model.RawRecord> recs = List.of(
                    new org.rasd.core.model.RawRecord("t#1", null, "زيارة", "حل الوفد بالمغرب يوم الاثنين في زيارة رسمية.", "s1", null, "2026-01-05", null),
                    new org.rasd.core.model.RawRecord("t#2", null, "أخبار", "قالت الحكومة إن المغرب سيوقع اتفاقية جديدة.", "s2", null, "2026-02-05", null),
                    new org.rasd.core.model.RawRecord("t#3", null, "طقس", "أمطار غزيرة في القاهرة هذا الأسبوع.", "s3", null, "2026-03-05", null));
            store.ingest(s -> recs.forEach(s::accept), ex, opts(), IngestProgress.NONE);
            SearchResult r = store.search(SearchQuery.of("المغرب"), 0, 10);
            assertThat(r.total()).isEqualTo(2);
            assertThat(r.hits()).extracting(SearchHit::source).containsExactlyInAnyOrder("s1", "s2");
            assertThat(store.search(SearchQuery.of("بالمغرب"), 0, 10).total()).isEqualTo(2);
            assertThat(store.search(SearchQuery.of("والمغرب"), 0, 10).total()).isEqualTo(2);
            // spelling variants: hamza on alef, ta marbuta, diacritics
            assertThat(store.search(SearchQuery.of("اتفاقيه"), 0, 10).hits()).extracting(SearchHit::source).containsExactly("s2");
            assertThat(store.search(SearchQuery.of("امطار"), 0, 10).hits()).extracting(SearchHit::source).containsExactly("s3");
            assertThat(store.search(SearchQuery.of("القَاهِرَة"), 0, 10).hits()).extracting(SearchHit::source).containsExactly("s3");
            assertThat(store.search(SearchQuery.of("الجزائر"), 0, 10).total()).isZero();
            // highlighted snippet marks the word as written
            SearchHit hit = store.search(SearchQuery.of("المغرب"), 0, 10).hits().stream().filter(h -> h.source().equals("s1")).findFirst().orElseThrow();
            assertThat(hit.snippet().marked("[", "]")).contains("[بالمغرب]");
            // date filter
            assertThat(store.search(new SearchQuery("المغرب", null, null, LocalDate.parse("2026-02-01"), null), 0, 10).hits())
                    .extracting(SearchHit::source).containsExactly("s2");
        }
    }

    @Test
    void searchFiltersByActorAndEventCategory() {
        try (Store store = Store.open(tmp)) {
            store.ingestDocuments(List.of(
                    Fixtures.doc("a", "s1", "2026-02-01", "اجتماع في الرباط", Fixtures.event("a", 1, "CONSULT", "MARGOV", "USAMIL", "2026-02-01", "asserted")),
                    Fixtures.doc("b", "s2", "2026-03-01", "اجتماع في الجزائر", Fixtures.event("b", 1, "ASSAULT", "DZAMIL", "TUNMIL", "2026-03-01", "asserted"))), opts());
            assertThat(store.search(new SearchQuery("اجتماع", "MAR", null, null, null), 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("a");
            assertThat(store.search(new SearchQuery("اجتماع", null, "ASSAULT", null, null), 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("b");
            assertThat(store.search(new SearchQuery(null, "TUN", null, null, null), 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("b");
            assertThat(store.reindex()).isEqualTo(2);
            assertThat(store.search(new SearchQuery("اجتماع", "MAR", null, null, null), 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("a");
        }
    }

    @Test
    void nearDuplicateArticlesJoinOneStoryAndAllCopiesAreKept() {
        Random rnd = new Random(3);
        String story = Fixtures.article(rnd, 300);
        // a lightly edited republication: a new opening line, a sentence dropped, a closing line added
        String edited = "الرباط (وكالات) - " + story.replaceFirst("\\.\n[^\n]*\\.\n", ".\n") + " وأضاف المصدر أن المحادثات ستستمر.";
        String other = Fixtures.article(rnd, 300);
        try (Store store = Store.open(tmp)) {
            IngestSummary s = store.ingestDocuments(List.of(
                    Fixtures.doc("orig", "s1", "2026-01-01", story), Fixtures.doc("copy", "s2", "2026-01-01", edited),
                    Fixtures.doc("other", "s3", "2026-01-01", other)), opts());
            assertThat(s.stored()).isEqualTo(3);
            assertThat(s.nearDuplicates()).isEqualTo(1);
            assertThat(store.story("copy")).containsExactly("orig", "copy");
            assertThat(store.story("other")).containsExactly("other");
            // a later ingest joins the same story
            store.ingestDocuments(List.of(Fixtures.doc("copy2", "s4", "2026-01-02", "عاجل: " + story)), opts());
            assertThat(store.story("orig")).containsExactly("orig", "copy", "copy2");
            assertThat(store.stats().stories()).isEqualTo(1);
        }
    }

    @Test
    void queryRefusesWritesAndRunsReads() {
        try (Store store = Store.open(tmp)) {
            store.ingestDocuments(List.of(Fixtures.doc("a", "s1", "2026-02-01", "نص")), opts());
            assertThat(store.query("SELECT count(*) AS n FROM articles;", 10).rows()).containsExactly(List.of(1L));
            assertThat(store.query("WITH x AS (SELECT 1 AS v) SELECT v FROM x", 10).rows()).containsExactly(List.of(1));
            assertThat(store.query("DESCRIBE articles", 100).rows()).isNotEmpty();
            assertThatThrownBy(() -> store.query("DELETE FROM articles", 10)).hasMessageContaining("only read queries");
            assertThatThrownBy(() -> store.query("SELECT 1; DROP TABLE articles", 10)).hasMessageContaining("one statement");
            assertThatThrownBy(() -> store.query("WITH x AS (SELECT 1) DELETE FROM articles", 10)).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.query("SELECT ';' AS semi -- ; drop\n", 10).rows()).containsExactly(List.of(";"));
            assertThat(store.stats().articles()).isEqualTo(1);
        }
        try (Store ro = Store.openReadOnly(tmp)) {
            assertThat(ro.query("SELECT count(*) FROM articles", 10).rows()).containsExactly(List.of(1L));
            assertThatThrownBy(() -> ro.query("SELECT * FROM read_csv('/etc/passwd')", 10)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ro.ingestDocuments(List.of(), opts())).isInstanceOf(StoreException.class);
        }
    }

    @Test
    void readOnlyOpenOfAMissingStoreSaysWhatToDo() {
        assertThatThrownBy(() -> Store.openReadOnly(tmp.resolve("none"))).isInstanceOf(StoreException.class).hasMessageContaining("rasd ingest");
    }

    @Test
    void concurrentReadsWhileIngesting() throws Exception {
        try (Store store = Store.open(tmp)) {
            store.ingestDocuments(List.of(Fixtures.doc("seed", "s", "2026-01-01", "نص")), opts());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            List<java.util.concurrent.Future<Long>> fs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                fs.add(pool.submit(() -> {
                    long n = 0;
                    while (!stop.get()) { n += store.stats().articles() > 0 ? 1 : 0; store.events(EventFilter.ALL, 0, 5); }
                    return n;
                }));
            }
            Random rnd = new Random(1);
            List<Document> docs = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) docs.add(Fixtures.doc("c" + i, "s", "2026-01-01", Fixtures.article(rnd, 50),
                    Fixtures.event("c" + i, 1, "CONSULT", "MARGOV", "USAGOV", "2026-01-01", "asserted")));
            store.ingestDocuments(docs, opts());
            stop.set(true);
            for (var f : fs) assertThat(f.get()).isPositive();
            pool.shutdown();
            assertThat(store.stats().articles()).isEqualTo(201);
            assertThat(store.stats().canonicalEvents()).isEqualTo(1);
        }
    }
}
