package org.rasd.server.watch;

import org.rasd.server.data.BadRequestException;
import org.rasd.server.data.EventFilter;

/**
 * A saved filter checked on every ingest.
 *
 * @param id      short stable id
 * @param name    the analyst's name for it
 * @param filter  the events it watches for
 * @param webhook an http(s) URL to POST each match to, or null
 */
public record Watchlist(String id, String name, EventFilter filter, String webhook) {
    public Watchlist {
        if (name == null || name.isBlank()) throw new BadRequestException("name: a watchlist needs a name");
        if (name.length() > 200) throw new BadRequestException("name: longer than 200 characters");
        if (filter == null) throw new BadRequestException("filter: a watchlist needs a filter");
        if (filter.isEmpty()) throw new BadRequestException("filter: an empty filter would match every event; give an actor, category or other field");
        webhook = webhook == null || webhook.isBlank() ? null : webhook.trim();
        if (webhook != null && !webhook.matches("(?i)https?://[^\\s]+"))
            throw new BadRequestException("webhook: '" + webhook + "' is not an http(s) URL");
    }
}
