package org.rasd.server.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.rasd.core.io.DocumentJson;

/** POSTs each match, as JSON, to its watchlist's webhook URL; failures are reported on standard error, never thrown. */
public final class WebhookSender implements MatchListener {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public void onMatch(Watchlist w, WatchMatch m) {
        if (w.webhook() == null) return;
        String body;
        try {
            body = DocumentJson.mapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(w.webhook())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((r, ex) -> {
            if (ex != null) System.err.println("rasd: webhook " + w.webhook() + " of watchlist " + w.id() + " failed: " + ex.getMessage());
            else if (r.statusCode() >= 300) System.err.println("rasd: webhook " + w.webhook() + " of watchlist " + w.id() + " answered " + r.statusCode());
        });
    }
}
