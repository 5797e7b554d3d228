package org.rasd.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rasd.store.SearchHit;
import org.rasd.store.SearchQuery;
import org.rasd.store.SearchResult;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd search "نص"}: full-text search of stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches stored articles; Arabic words match regardless of clitics and spelling variants (بالمغرب finds المغرب).",
                "Matched words are shown between « and »."})
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "words, all required (omit to list by filters only)")
    String text;

    @Option(names = "--actor", paramLabel = "CODE", description = "articles that mention this actor code or prefix (MAR, MARGOV)")
    String actor;

    @Option(names = "--event", paramLabel = "CATEGORY", description = "articles with an event of this category")
    String event;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD") LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD") LocalDate to;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "hits to show (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Option(names = "--offset", paramLabel = "N") int offset;

    @Mixin DataMixin data;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.openReadOnly(data.data)) {
            SearchResult r = store.search(new SearchQuery(text, actor, event, from, to), offset, limit);
            out.printf("%d articles match%n", r.total());
            for (SearchHit h : r.hits()) {
                out.printf("%n■ %s%n  %s · %s · %s · score %.2f%n  %s%n", h.title(), h.source(), h.date(), h.articleId(), h.score(),
                        h.snippet().marked("«", "»").replace('\n', ' '));
            }
            return Main.OK;
        }
    }
}
