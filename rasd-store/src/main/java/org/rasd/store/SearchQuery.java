package org.rasd.store;

import java.time.LocalDate;

/**
 * A full-text search: Arabic (or any) words, all required, matched after normalisation and clitic stripping; and
 * optional filters: an actor code prefix (MAR matches MARGOV), an event category, a date range (inclusive).
 */
public record SearchQuery(String text, String actor, String event, LocalDate from, LocalDate to) {
    public static SearchQuery of(String text) { return new SearchQuery(text, null, null, null, null); }
}
