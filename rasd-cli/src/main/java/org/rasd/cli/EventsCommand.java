package org.rasd.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.store.EventRow;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd events}: stored events with filters. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists stored events, newest first, one a line (tab-separated): date, category, CAMEO, actors → recipients,",
                "modality, mentions/articles/sources of the canonical event, canonical id, article id, gloss."})
public final class EventsCommand implements Callable<Integer> {
    @Mixin EventFilterMixin filter;

    @Mixin DataMixin data;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "rows to show (default: ${DEFAULT-VALUE})")
    int limit = 50;

    @Option(names = "--offset", paramLabel = "N") int offset;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.openReadOnly(data.data)) {
            long total = store.countEvents(filter.filter());
            List<EventRow> rows = store.events(filter.filter(), offset, limit);
            out.println("date\tevent\tcameo\tactors\trecipients\tmodality\tmentions/articles/sources\tcanonical\tarticle\tgloss");
            for (EventRow e : rows) {
                out.println(String.join("\t", String.valueOf(e.date()), e.event(), String.valueOf(e.cameo()), String.join("+", e.actors()),
                        String.join("+", e.recipients()), String.valueOf(e.modality()),
                        e.numMentions() + "/" + e.numArticles() + "/" + e.numSources(), String.valueOf(e.canonicalId()), e.articleId(),
                        e.gloss() == null ? "" : e.gloss()));
            }
            System.err.printf("rasd events: %d of %d matching events%n", rows.size(), total);
            return Main.OK;
        }
    }
}
