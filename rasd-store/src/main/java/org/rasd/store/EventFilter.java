package org.rasd.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A filter over stored events; null parts match everything. Actor and recipient are code prefixes (MAR matches MARGOV,
 * MARMIL); {@code party} matches either role; dates are inclusive; {@code articleId} restricts to one article;
 * {@code eventIds} to those events (a selection made elsewhere, e.g. by the workbench's filters).
 */
public record EventFilter(String actor, String recipient, String party, String event, String modality,
                          LocalDate from, LocalDate to, String articleId, List<String> eventIds) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null);

    public EventFilter {
        eventIds = eventIds == null ? null : List.copyOf(eventIds);
    }

    public EventFilter(String actor, String recipient, String party, String event, String modality,
                       LocalDate from, LocalDate to, String articleId) {
        this(actor, recipient, party, event, modality, from, to, articleId, null);
    }

    public EventFilter withArticle(String id) { return new EventFilter(actor, recipient, party, event, modality, from, to, id, eventIds); }

    /** This filter restricted to the events with these ids. */
    public EventFilter withEventIds(List<String> ids) { return new EventFilter(actor, recipient, party, event, modality, from, to, articleId, ids); }
}
