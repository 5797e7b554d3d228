package org.rasd.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Location;

/** Rebuilds stored {@link Event}s (with their actors) from the events and event_actors tables. */
final class StoredEvents {
    private StoredEvents() {}

    /** The events of one article, in their order in the article. */
    static List<Event> ofArticle(Connection c, String articleId) throws SQLException {
        return read(c, "e.article_id = ?", List.of(articleId));
    }

    /** The events with these ids (those that exist), by id. */
    static Map<String, Event> byId(Connection c, List<String> ids) throws SQLException {
        Map<String, Event> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        for (Event e : read(c, "e.id IN (" + marks + ")", List.copyOf(ids))) out.put(e.id(), e);
        return out;
    }

    private static List<Event> read(Connection c, String where, List<Object> params) throws SQLException {
        Map<String, Map<String, List<EventActor>>> actors = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT x.event_id, x.role, x.code, x.country, x.sector, x.entity, x.name, x.start_offset, x.end_offset, x.text
                FROM event_actors x JOIN events e ON e.id = x.event_id WHERE %s ORDER BY x.event_id, x.role, x.idx""".formatted(where))) {
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    actors.computeIfAbsent(r.getString(1), k -> new HashMap<>()).computeIfAbsent(r.getString(2), k -> new ArrayList<>())
                            .add(new EventActor(r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getInt(8), r.getInt(9), r.getString(10)));
                }
            }
        }
        List<Event> events = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT id, event, mode, context, cameo, goldstein, quad_class, location_text, location_start, location_end, location_country,
                       date_raw, modality, sentence, trigger_start, trigger_end, trigger, evidence, rule, confidence, gloss, in_article_mentions
                FROM events e WHERE %s ORDER BY e.article_id, e.ordinal""".formatted(where))) {
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String eid = r.getString(1);
                    Map<String, List<EventActor>> roles = actors.getOrDefault(eid, Map.of());
                    Location loc = r.getObject(9) == null && r.getString(8) == null && r.getString(11) == null ? null
                            : new Location(r.getString(8), r.getInt(9), r.getInt(10), r.getString(11));
                    List<EventActor> claimant = roles.getOrDefault("claimant", List.of());
                    events.add(new Event(eid, r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getDouble(6), r.getInt(7),
                            roles.getOrDefault("actor", List.of()), roles.getOrDefault("recipient", List.of()), loc, r.getString(12), r.getString(13),
                            claimant.isEmpty() ? null : claimant.get(0), r.getInt(14), r.getInt(15), r.getInt(16), r.getString(17), r.getString(18),
                            r.getString(19), r.getDouble(20), r.getString(21), r.getInt(22)));
                }
            }
        }
        return events;
    }

    private static void bind(PreparedStatement p, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
    }
}
