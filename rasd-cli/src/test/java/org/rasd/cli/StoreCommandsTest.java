package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands end to end: ingest (twice), search, events, stats, query, reindex, export. */
class StoreCommandsTest {
    @TempDir Path dir;

    @Test
    void ingestTwiceThenSearchQueryStatsExport() throws Exception {
        Path in = dir.resolve("news.jsonl");
        Files.writeString(in, """
                {"id": "1", "source": "a", "date": "2026-01-05", "title": "زيارة", "content": "حل وفد رسمي بالمغرب يوم الاثنين في زيارة تستمر ثلاثة أيام."}
                {"id": "2", "source": "b", "date": "2026-01-06", "title": "طقس", "content": "أمطار غزيرة في القاهرة هذا الأسبوع."}
                {"id": "3", "content": ""}
                """, StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        CliRun first = CliRun.run("ingest", in.toString(), "--data", data);
        assertThat(first.code()).isEqualTo(Main.SOME_REJECTED);
        assertThat(first.out()).contains("3 read, 2 stored, 0 duplicate, 1 rejected");
        assertThat(first.err()).contains("empty document");
        CliRun second = CliRun.run("ingest", in.toString(), "--data", data);
        assertThat(second.out()).contains("3 read, 0 stored, 2 duplicate, 1 rejected");

        CliRun search = CliRun.run("search", "المغرب", "--data", data);
        assertThat(search.code()).isZero();
        assertThat(search.out()).contains("1 articles match").contains("«بالمغرب»");
        assertThat(CliRun.run("search", "بالقاهرة", "--data", data, "--from", "2026-01-06").out()).contains("1 articles match");

        CliRun q = CliRun.run("query", "SELECT source, count(*) FROM articles GROUP BY 1 ORDER BY 1", "--data", data);
        assertThat(q.out()).isEqualTo("source\tcount_star()\na\t1\nb\t1\n");
        CliRun refused = CliRun.run("query", "DROP TABLE articles", "--data", data);
        assertThat(refused.code()).isEqualTo(Main.USAGE);
        assertThat(refused.err()).contains("only read queries");

        CliRun stats = CliRun.run("stats", "--data", data);
        assertThat(stats.out()).contains("articles         2").contains("rejects          1").contains("ingest runs      2");

        assertThat(CliRun.run("events", "--data", data).err()).containsPattern("rasd events: \\d+ of \\d+ matching events");
        assertThat(CliRun.run("reindex", "--data", data).out()).contains("2 articles indexed");

        Path csv = dir.resolve("out.csv");
        CliRun export = CliRun.run("export", "--format", "csv", "--out", csv.toString(), "--data", data);
        assertThat(export.code()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).startsWith("event_id,canonical_id,article_id");
        assertThat(CliRun.run("export", "--format", "xls", "--out", csv.toString(), "--data", data).code()).isEqualTo(Main.USAGE);
    }

    @Test
    void readCommandsOnAMissingStoreSayWhatToDo() {
        CliRun r = CliRun.run("stats", "--data", dir.resolve("none").toString());
        assertThat(r.code()).isEqualTo(Main.FAILURE);
        assertThat(r.err()).contains("no store in").contains("rasd ingest");
    }
}
