package org.rasd.server.data;

import java.util.List;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;

/** An event with the article that reports it: the row of the events table and of every export. */
public record EventRow(String articleId, String articleTitle, String source, String url, String articleDate, Event event) {

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
