package org.rasd.server.data;

import java.util.List;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;

/**
 * An event with the article that reports it (one report: the row of the events table), and the canonical event it is
 * a report of, with the store's cross-article counts ({@code null} for an event not stored yet).
 */
public record EventRow(String articleId, String articleTitle, String source, String url, String articleDate, Event event,
                       Canonical canonical) {

    /** The canonical (deduplicated) event: its id and how many reports, articles and sources it has (GDELT NumMentions, NumArticles, NumSources). */
    public record Canonical(String id, int numMentions, int numArticles, int numSources) {}

    /** A report not (yet) in the store, without canonical counts. */
    public EventRow(String articleId, String articleTitle, String source, String url, String articleDate, Event event) {
        this(articleId, articleTitle, source, url, articleDate, event, null);
    }

    /** The event's date, else the article's, else empty. */
    public String date() {
        if (event.date() != null && !event.date().isBlank()) return event.date();
        return articleDate == null ? "" : articleDate;
    }

    public List<String> actorCodes() { return codes(event.actor()); }

    public List<String> recipientCodes() { return codes(event.recipient()); }

    /** The first actor's code, or empty. */
    public String actorCode() { return first(event.actor()); }

    public String recipientCode() { return first(event.recipient()); }

    public static String label(EventActor a) {
        if (a == null) return "";
        if (a.name() != null && !a.name().isBlank()) return a.name();
        return a.code() == null ? "" : a.code();
    }

    private static String first(List<EventActor> l) {
        return l.isEmpty() || l.get(0).code() == null ? "" : l.get(0).code();
    }

    private static List<String> codes(List<EventActor> l) {
        return l.stream().map(EventActor::code).filter(c -> c != null && !c.isBlank()).toList();
    }
}
