package org.rasd.store;

import java.util.List;
import java.util.Map;

/** What the demo prints after ingesting the samples: articles, canonical events by category, top actor pairs. */
public record DemoSummary(long articles, long events, long canonicalEvents, Map<String, Long> eventsByCategory,
                          List<ActorPair> topPairs) {
    public record ActorPair(String actors, String recipients, long events) {}

    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%d articles, %d events (%d after cross-article deduplication)%n", articles, events, canonicalEvents));
        if (!eventsByCategory.isEmpty()) {
            b.append("Events by category:\n");
            eventsByCategory.forEach((k, v) -> b.append(String.format("  %-10s %d%n", k, v)));
        }
        if (!topPairs.isEmpty()) {
            b.append("Top actor pairs:\n");
            for (ActorPair p : topPairs) b.append(String.format("  %-20s → %-20s %d%n", p.actors().isEmpty() ? "-" : p.actors(),
                    p.recipients().isEmpty() ? "-" : p.recipients(), p.events()));
        }
        return b.toString();
    }
}
