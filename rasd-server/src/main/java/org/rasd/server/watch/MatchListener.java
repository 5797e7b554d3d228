package org.rasd.server.watch;

/** Told of each new watchlist match (the SSE hub, the webhook sender). */
@FunctionalInterface
public interface MatchListener {
    void onMatch(Watchlist w, WatchMatch m);
}
