package org.rasd.server.watch;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rasd.core.io.DocumentJson;

/** The open pages listening for matches (Server-Sent Events, event name {@code match}). */
public final class SseHub implements MatchListener {
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ScheduledExecutorService heartbeat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rasd-sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public SseHub() {
        // a comment every 15 s finds the streams whose page has gone, and keeps proxies from closing idle ones
        heartbeat.scheduleAtFixedRate(this::ping, 15, 15, java.util.concurrent.TimeUnit.SECONDS);
    }

    private void ping() {
        for (SseClient c : clients) {
            try {
                c.sendComment("ping");
                if (c.terminated()) clients.remove(c);
            } catch (RuntimeException e) {
                clients.remove(c);
            }
        }
    }

    /** Stops the heartbeat and closes every stream. */
    public void close() {
        heartbeat.shutdownNow();
        for (SseClient c : clients) {
            try {
                c.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
        clients.clear();
    }

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
