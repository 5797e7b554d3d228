package org.rasd.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.rasd.store.Store;
import org.rasd.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rasd stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Prints counts over the store.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin DataMixin data;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.openReadOnly(data.data)) {
            StoreStats s = store.stats();
            out.printf("store            %s%n", data.data.toAbsolutePath());
            out.printf("articles         %d (%s .. %s)%n", s.articles(), s.firstDate(), s.lastDate());
            out.printf("story clusters   %d with more than one article (%d articles)%n", s.stories(), s.articlesInStories());
            out.printf("sentences        %d%n", s.sentences());
            out.printf("actor mentions   %d%n", s.mentions());
            out.printf("events           %d (%d canonical after cross-article deduplication)%n", s.events(), s.canonicalEvents());
            out.printf("rejects          %d%n", s.rejects());
            out.printf("ingest runs      %d%n", s.runs());
            out.printf("search index     %d articles%n", s.searchIndexDocs());
            if (!s.eventsByCategory().isEmpty()) {
                out.println("events by category:");
                s.eventsByCategory().forEach((k, v) -> out.printf("  %-12s %d%n", k, v));
            }
            if (!s.articlesBySource().isEmpty()) {
                out.println("articles by source:");
                s.articlesBySource().forEach((k, v) -> out.printf("  %-24s %d%n", k, v));
            }
            return Main.OK;
        }
    }
}
