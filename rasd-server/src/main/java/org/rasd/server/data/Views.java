package org.rasd.server.data;

import java.util.List;

/** The read models served by the API and the pages. */
public final class Views {
    private Views() {}

    /** Counts for one period (a day or a month). Cooperation/conflict count events by the sign of their Goldstein score. */
    public record PeriodCount(String period, int articles, int events, int cooperation, int conflict) {}

    /** Another actor seen with this one, with the number of shared events and their mean Goldstein score. */
    public record Counterpart(String code, String name, int events, double meanGoldstein) {}

    public record ActorProfile(String code, List<String> names, String country, String sector, String type,
                               int events, int asActor, int asRecipient, List<PeriodCount> timeline,
                               List<Counterpart> partners, List<Counterpart> adversaries, List<EventRow> recent) {}

    public record Node(String id, String name, int events) {}

    /** An undirected pair of actors: events either way, mean Goldstein, and its sign (-1, 0, 1). */
    public record Edge(String source, String target, int events, double meanGoldstein, int sign) {}

    public record Network(List<Node> nodes, List<Edge> edges) {}

    public record ArticleSummary(String id, String title, String source, String date, int mentions, int events, List<String> flags) {}

    /** A matched word in a snippet: UTF-16 offsets into the snippet text. */
    public record Mark(int start, int end) {}

    public record SearchHit(String articleId, String title, String date, String snippet, List<Mark> marks, double score) {
        public SearchHit { marks = List.copyOf(marks); }
    }

    /** Counts over the store: {@code events} are reports (one per article that reports an event), {@code canonicalEvents} the deduplicated events. */
    public record Stats(int articles, int events, int mentions, int actors, int canonicalEvents) {}

    public record ActorCount(String code, String name, int events) {}

    public record PairCount(String actor, String recipient, int events, double meanGoldstein) {}
}
