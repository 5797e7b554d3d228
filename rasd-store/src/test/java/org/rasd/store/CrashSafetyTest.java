package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.Extractor;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;

/** kill -9 in the middle of an ingest, in a real child JVM; then reopen and finish the job. */
class CrashSafetyTest {
    @TempDir Path tmp;

    @Test
    void aKilledIngestLeavesAStoreThatOpensAndARerunFinishesWithoutDuplicatesOrGaps() throws Exception {
        int n = 800, bad = 25;
        Path corpus = Fixtures.corpus(tmp, n, bad, 11);
        Path data = tmp.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), CrashIngestMain.class.getName(),
                data.toString(), corpus.toString(), "20")
                .redirectErrorStream(true).start();
        long committed = 0;
        List<String> output = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.add(line);
                if (line.startsWith("committed ")) committed = Long.parseLong(line.substring(10));
                if (committed >= 200) break;
            }
            assertThat(committed).as("the child committed batches before the kill: %s", output).isGreaterThanOrEqualTo(200);
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(p.exitValue()).isNotZero();
        long before;
        try (Store store = Store.open(data)) {
            StoreStats st = store.stats();
            before = st.articles();
            assertThat(before).isBetween(committed - bad, (long) n - 1);
            assertThat(st.searchIndexDocs()).isEqualTo(before); // the index is reconciled on open
            assertThat(store.query("SELECT status FROM ingest_runs", 5).rows()).containsExactly(List.of("interrupted"));
            IngestSummary s = store.ingest(sink -> new Inputs(InputOptions.defaults()).read(List.of(corpus.toString()), sink),
                    Extractor.load(), new IngestOptions(2, 100, "rerun"), IngestProgress.NONE);
            assertThat(s.read()).isEqualTo(n + bad);
            assertThat(s.duplicates()).isEqualTo(before);
            assertThat(s.stored()).isEqualTo(n - before);
            assertThat(s.rejected()).isEqualTo(bad);
            StoreStats after = store.stats();
            assertThat(after.articles()).isEqualTo(n);
            assertThat(after.rejects()).isEqualTo(bad);
            assertThat(after.searchIndexDocs()).isEqualTo(n);
            assertThat(store.query("SELECT count(DISTINCT id), count(DISTINCT external_id), count(*) FROM articles", 1).rows())
                    .containsExactly(List.of((long) n, (long) n, (long) n));
            assertThat(store.query("SELECT count(*) FROM sentences s LEFT JOIN articles a ON a.id = s.article_id WHERE a.id IS NULL", 1).rows())
                    .containsExactly(List.of(0L));
        }
    }
}
