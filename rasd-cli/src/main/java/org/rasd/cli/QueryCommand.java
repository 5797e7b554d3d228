package org.rasd.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.store.QueryResult;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd query "SELECT ..."}: read-only SQL over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs one read-only SQL statement (SELECT, WITH, DESCRIBE, SHOW) on a read-only connection and prints",
                "tab-separated rows with a header. Tables: articles, sentences, mentions, events, event_actors,",
                "canonical_events, actors, rejects, ingest_runs, stories (docs/store.md)."})
public final class QueryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SQL") String sql;

    @Option(names = "--max-rows", paramLabel = "N", description = "rows to print at most (default: ${DEFAULT-VALUE})")
    int maxRows = 10_000;

    @Mixin DataMixin data;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.openReadOnly(data.data)) {
            QueryResult r;
            try {
                r = store.query(sql, maxRows);
            } catch (IllegalArgumentException e) {
                System.err.println("rasd query: " + e.getMessage());
                return Main.USAGE;
            }
            out.println(String.join("\t", r.columns()));
            for (List<Object> row : r.rows()) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) b.append('\t');
                    Object v = row.get(i);
                    b.append(v == null ? "NULL" : v.toString().replace('\t', ' ').replace('\n', ' '));
                }
                out.println(b);
            }
            if (r.truncated()) System.err.println("rasd query: output cut at " + maxRows + " rows (--max-rows)");
            return Main.OK;
        }
    }
}
