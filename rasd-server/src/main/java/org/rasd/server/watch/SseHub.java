package org.rasd.server.watch;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rasd.core.io.DocumentJson;

/** The open pages listening for matches (Server-Sent Events, event name {@code match}). */
public final class SseHub implements MatchListener {
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

    public void add(SseClient c) {
        c.keepAlive();
        clients.add(c);
        c.onClose(() -> clients.remove(c));
        c.sendComment("connected");
    }

    public int size() { return clients.size(); }

    @Override
    public void onMatch(Watchlist w, WatchMatch m) {
        String json;
        try {
            json = DocumentJson.mapper().writeValueAsString(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (SseClient c : clients) {
            try {
                c.sendEvent("match", json, Long.toString(m.seq()));
            } catch (RuntimeException e) {
                clients.remove(c);
            }
        }
    }
}
