package org.rasd.server.data;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL condition of an {@link EventFilter} over {@code events e JOIN articles a}, with its parameters. The text
 * condition (normalised Arabic words) is not SQL: {@link EventFilter#matchesText} applies it to the rows this selects.
 */
record EventWhere(String sql, List<Object> params) {
    /** The event's date, else its article's. */
    static final String DATE = "coalesce(e.date, a.date)";
    static final String FROM = "events e JOIN articles a ON a.id = e.article_id";

    static EventWhere of(EventFilter f) {
        List<String> cond = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!f.categories().isEmpty()) {
            cond.add("e.event IN (" + String.join(", ", java.util.Collections.nCopies(f.categories().size(), "?")) + ")");
            params.addAll(f.categories());
        }
        if (f.modality() != null) { cond.add("e.modality = ?"); params.add(f.modality()); }
        if (f.from() != null) { cond.add(DATE + " >= CAST(? AS DATE)"); params.add(f.from()); }
        if (f.to() != null) { cond.add(DATE + " <= CAST(? AS DATE)"); params.add(f.to()); }
        if (f.actor() != null) {
            cond.add(role(f.either() ? "('actor', 'recipient')" : "('actor')"));
            params.add(f.actor());
        }
        if (f.recipient() != null) { cond.add(role("('recipient')")); params.add(f.recipient()); }
        return new EventWhere(cond.isEmpty() ? "TRUE" : String.join(" AND ", cond), params);
    }

    private static String role(String roles) {
        return "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.role IN " + roles + " AND starts_with(upper(x.code), ?))";
    }

    /** This condition restricted to the events with these ids. */
    EventWhere withIds(List<String> ids) {
        List<Object> p = new ArrayList<>(params);
        p.add(String.join("\u0001", ids));
        return new EventWhere("(" + sql + ") AND e.id IN (SELECT unnest(string_split(?, chr(1))))", p);
    }

    /** Binds the parameters from index {@code first}; returns the next free index. */
    int bind(PreparedStatement p, int first) throws SQLException {
        int i = first;
        for (Object o : params) p.setObject(i++, o);
        return i;
    }
}
