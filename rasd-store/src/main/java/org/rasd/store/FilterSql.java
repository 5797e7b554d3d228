package org.rasd.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The SQL condition of an {@link EventFilter} over {@code events e}, with its parameters. */
record FilterSql(String where, List<Object> params) {
    static FilterSql of(EventFilter f) {
        List<String> cond = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        role(f.actor(), "AND x.role = 'actor'", cond, params);
        role(f.recipient(), "AND x.role = 'recipient'", cond, params);
        role(f.party(), "AND x.role IN ('actor', 'recipient')", cond, params);
        if (f.event() != null) { cond.add("e.event = ?"); params.add(f.event()); }
        if (f.modality() != null) { cond.add("(e.modality = ? OR e.modality_class = ?)"); params.add(f.modality()); params.add(f.modality()); }
        if (f.from() != null) { cond.add("e.date >= ?"); params.add(Date.valueOf(f.from())); }
        if (f.to() != null) { cond.add("e.date <= ?"); params.add(Date.valueOf(f.to())); }
        if (f.articleId() != null) { cond.add("e.article_id = ?"); params.add(f.articleId()); }
        if (f.eventIds() != null) { cond.add("e.id IN (SELECT unnest(string_split(?, chr(1))))"); params.add(String.join("\u0001", f.eventIds())); }
        return new FilterSql(cond.isEmpty() ? "TRUE" : String.join(" AND ", cond), params);
    }

    private static void role(String code, String roleCond, List<String> cond, List<Object> params) {
        if (code == null) return;
        cond.add("EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id " + roleCond + " AND (starts_with(x.code, ?) OR x.country = ?))");
        params.add(code);
        params.add(code);
    }

    /** Binds the parameters from index {@code first}; returns the next free index. */
    int bind(PreparedStatement p, int first) throws SQLException {
        int i = first;
        for (Object o : params) p.setObject(i++, o);
        return i;
    }
}
