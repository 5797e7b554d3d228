package org.rasd.server.watch;

/** An event that matched a watchlist when its article was ingested. */
public record WatchMatch(long seq, String watchlistId, String watchlistName, String articleId, String articleTitle,
                         String eventId, String event, String actor, String recipient, String date, String gloss,
                         String modality, String matchedAt) {}
