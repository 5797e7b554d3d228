package org.rasd.store;

import java.util.Map;

/** Counts over the whole store. {@code stories} counts story clusters holding more than one article. */
public record StoreStats(long articles, long sentences, long mentions, long events, long canonicalEvents, long stories,
                         long articlesInStories, long rejects, long runs, String firstDate, String lastDate,
                         Map<String, Long> eventsByCategory, Map<String, Long> articlesBySource, long searchIndexDocs) {}
