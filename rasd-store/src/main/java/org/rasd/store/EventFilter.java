package org.rasd.store;

import java.time.LocalDate;

/**
 * A filter over stored events; null parts match everything. Actor and recipient are code prefixes (MAR matches MARGOV,
 * MARMIL); {@code party} matches either role; dates are inclusive; {@code articleId} restricts to one article.
 */
public record EventFilter(String actor, String recipient, String party, String event, String modality,
                          LocalDate from, LocalDate to, String articleId) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null);

    public EventFilter withArticle(String id) { return new EventFilter(actor, recipient, party, event, modality, from, to, id); }
}
