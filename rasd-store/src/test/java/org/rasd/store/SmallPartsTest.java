package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallPartsTest {
    @TempDir Path tmp;

    @Test
    void minHashSeesLightEditsAsSimilarAndOtherTextsAsNot() {
        Random rnd = new Random(5);
        String a = Fixtures.article(rnd, 200), b = Fixtures.article(rnd, 200);
        String edited = "عاجل - " + a.substring(0, a.length() / 2) + " وأضاف المصدر " + a.substring(a.length() / 2);
        assertThat(MinHash.similarity(MinHash.of(a), MinHash.of(a))).isEqualTo(1.0);
        assertThat(MinHash.similarity(MinHash.of(a), MinHash.of(edited))).isGreaterThan(StoryIndex.THRESHOLD);
        assertThat(MinHash.similarity(MinHash.of(a), MinHash.of(b))).isLessThan(0.2);
        // spelling variants and diacritics normalise away
        assertThat(MinHash.similarity(MinHash.of("أعلنت الحكومة المغربية اليوم"), MinHash.of("اعلنت الحكومه المغربيه اليوم"))).isEqualTo(1.0);
        assertThat(MinHash.of("... ؟")).isNull();
        assertThat(MinHash.decode(MinHash.encode(MinHash.of(a)))).isEqualTo(MinHash.of(a));
    }

    @Test
    void storyIndexFindsTheEarliestSimilarArticle() {
        Random rnd = new Random(9);
        String a = Fixtures.article(rnd, 150);
        StoryIndex idx = new StoryIndex();
        assertThat(idx.find(MinHash.of(a))).isNull();
        idx.add(MinHash.of(a), "s1");
        idx.add(MinHash.of(Fixtures.article(rnd, 150)), "s2");
        assertThat(idx.find(MinHash.of(a + " وأضاف"))).isEqualTo("s1");
        assertThat(idx.find(null)).isNull();
    }

    @Test
    void progressPrintsPlainLinesOffATerminalAndABarOnOne() {
        ByteArrayOutputStream plain = new ByteArrayOutputStream(), bar = new ByteArrayOutputStream();
        ConsoleProgress p = new ConsoleProgress(new PrintStream(plain, true, StandardCharsets.UTF_8), false, -1, 5);
        p.update(100, 90, 5, 5, 1, false);
        p.update(200, 180, 10, 10, 2, false); // within the interval: not printed
        p.update(300, 280, 10, 10, 3, true);
        assertThat(plain.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "ingest: 100 articles (90 stored, 5 duplicate, 5 rejected), 100 articles/s, 1.0 s",
                "ingest: 300 articles (280 stored, 10 duplicate, 10 rejected), 100 articles/s, 3.0 s");
        ConsoleProgress t = new ConsoleProgress(new PrintStream(bar, true, StandardCharsets.UTF_8), true, 1000, 5);
        t.update(500, 500, 0, 2, 5, false);
        assertThat(bar.toString(StandardCharsets.UTF_8)).startsWith("\r[###############...............] 500/1000 articles, 100/s, 2 rejects, ETA 5s");
    }

    @Test
    void aStoreFromANewerRasdIsRefused() throws Exception {
        try (Store s = Store.open(tmp)) { /* creates version 1 */ }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve(Store.DB_FILE))) {
            c.createStatement().execute("INSERT INTO schema_version VALUES (99, current_timestamp)");
        }
        assertThatThrownBy(() -> Store.open(tmp)).isInstanceOf(StoreException.class).hasMessageContaining("schema version 99");
        assertThatThrownBy(() -> Store.openReadOnly(tmp)).isInstanceOf(StoreException.class).hasMessageContaining("upgrade Rasd");
    }

    @Test
    void migrationsAreRecordedOnce() {
        try (Store s = Store.open(tmp)) { /* first open migrates */ }
        try (Store s = Store.open(tmp)) {
            assertThat(s.query("SELECT version FROM schema_version", 10).rows()).hasSize(StoreSchema.latest());
        }
    }

    @Test
    void readOnlySqlIgnoresKeywordsInsideLiteralsAndComments() {
        assertThat(ReadOnlySql.check("  select 1 ; ")).isEqualTo("select 1");
        assertThat(ReadOnlySql.check("(SELECT 1)")).isEqualTo("(SELECT 1)");
        assertThatThrownBy(() -> ReadOnlySql.check("/* SELECT */ UPDATE articles SET title = 'x'")).hasMessageContaining("UPDATE");
        assertThatThrownBy(() -> ReadOnlySql.check("COPY articles TO 'x.csv'")).hasMessageContaining("COPY");
        assertThatThrownBy(() -> ReadOnlySql.check("ATTACH 'x.db'")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadOnlySql.check(" ")).hasMessageContaining("empty");
    }

    @Test
    void eventDatesOfAMonthOrAYearAreTheirFirstDay() {
        assertThat(StoreWriter.date("2015-07-20")).hasToString("2015-07-20");
        assertThat(StoreWriter.date("2015-07-21 02:51:32")).hasToString("2015-07-21");
        assertThat(StoreWriter.date("2015-06")).hasToString("2015-06-01");
        assertThat(StoreWriter.date("2014")).hasToString("2014-01-01");
        assertThat(StoreWriter.date("2015-13")).isNull();
        assertThat(StoreWriter.date("yesterday")).isNull();
        assertThat(StoreWriter.date(null)).isNull();
    }
}
