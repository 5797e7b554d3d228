package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands end to end: ingest (twice), search, events, stats, query, reindex, export. */
class StoreCommandsTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void ingestTwiceThenSearchQueryStatsExport() throws Exception {
        Path in = dir.resolve("news.jsonl");
        Files.writeString(in, """
                {"id": "1", "source": "a", "date": "2026-01-05", "title": "زيارة", "content": "حل وفد رسمي بالمغرب يوم الاثنين في زيارة تستمر ثلاثة أيام."}
                {"id": "2", "source": "b", "date": "2026-01-06", "title": "طقس", "content": "أمطار غزيرة في القاهرة هذا الأسبوع."}
                {"id": "3", "content": ""}
                """, StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        Run first = run("ingest", in.toString(), "--data", data);
        assertThat(first.code()).isEqualTo(Main.SOME_REJECTED);
        assertThat(first.out()).contains("3 read, 2 stored, 0 duplicate, 1 rejected");
        assertThat(first.err()).contains("empty document");
        Run second = run("ingest", in.toString(), "--data", data);
        assertThat(second.out()).contains("3 read, 0 stored, 2 duplicate, 1 rejected");

        Run search = run("search", "المغرب", "--data", data);
        assertThat(search.code()).isZero();
        assertThat(search.out()).contains("1 articles match").contains("«بالمغرب»");
        assertThat(run("search", "بالقاهرة", "--data", data, "--from", "2026-01-06").out()).contains("1 articles match");

        Run q = run("query", "SELECT source, count(*) FROM articles GROUP BY 1 ORDER BY 1", "--data", data);
        assertThat(q.out()).isEqualTo("source\tcount_star()\na\t1\nb\t1\n");
        Run refused = run("query", "DROP TABLE articles", "--data", data);
        assertThat(refused.code()).isEqualTo(Main.USAGE);
        assertThat(refused.err()).contains("only read queries");

        Run stats = run("stats", "--data", data);
        assertThat(stats.out()).contains("articles         2").contains("rejects          1").contains("ingest runs      2");

        assertThat(run("events", "--data", data).err()).containsPattern("rasd events: \\d+ of \\d+ matching events");
        assertThat(run("reindex", "--data", data).out()).contains("2 articles indexed");

        Path csv = dir.resolve("out.csv");
        Run export = run("export", "--format", "csv", "--out", csv.toString(), "--data", data);
        assertThat(export.code()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).startsWith("event_id,canonical_id,article_id");
        assertThat(run("export", "--format", "xls", "--out", csv.toString(), "--data", data).code()).isEqualTo(Main.USAGE);
    }

    @Test
    void readCommandsOnAMissingStoreSayWhatToDo() {
        Run r = run("stats", "--data", dir.resolve("none").toString());
        assertThat(r.code()).isEqualTo(Main.FAILURE);
        assertThat(r.err()).contains("no store in").contains("rasd ingest");
    }
}
