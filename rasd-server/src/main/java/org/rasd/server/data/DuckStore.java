package org.rasd.server.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.store.ExportFormat;
import org.rasd.store.ExportResult;
import org.rasd.store.IngestOptions;
import org.rasd.store.SearchQuery;
import org.rasd.store.SearchResult;
import org.rasd.store.Snippet;
import org.rasd.store.Store;

/**
 * The workbench over the DuckDB store of {@code rasd ingest}, the system of record: writes go through
 * {@link Store#ingestDocuments}; every page is parameterised SQL over the store's tables, run on the calling thread's
 * own read connection ({@link Store#read}); the reader is {@link Store#article}, search is the store's (Lucene).
 * Nothing is copied into memory, so opening is instant and the pages cannot drift from the store.
 */
public final class DuckStore implements WorkbenchStore {
    /** The sort keys of {@link #events}. */
    public static final Map<String, String> SORTS = Map.of(
            "date", EventWhere.DATE + " ASC NULLS FIRST",
            "-date", EventWhere.DATE + " DESC NULLS LAST",
            "event", "e.event",
            "goldstein", "e.goldstein",
            "-goldstein", "e.goldstein DESC",
            "actor", "coalesce((SELECT x.code FROM event_actors x WHERE x.event_id = e.id AND x.role = 'actor' AND x.idx = 0), '')",
            "recipient", "coalesce((SELECT x.code FROM event_actors x WHERE x.event_id = e.id AND x.role = 'recipient' AND x.idx = 0), '')");
    private static final String ROLES = "x.role IN ('actor', 'recipient')";

    private final Store store;
    private final IngestOptions options = new IngestOptions(1, 1, "rasd serve");

    private DuckStore(Store store) {
        this.store = store;
    }

    /** Opens (creating if needed) the store in a data directory. */
    public static DuckStore open(Path dataDir) {
        return new DuckStore(Store.open(dataDir));
    }

    /** The underlying store (for exports in the store's own formats). */
    public Store store() { return store; }

    @Override
    public synchronized boolean put(Document d) {
        return store.ingestDocuments(List.of(d), options).stored() > 0;
    }

    @Override
    public Optional<Document> article(String id) { return store.article(id); }

    @Override
    public Page<Views.ArticleSummary> articles(int offset, int limit) {
        return store.read(c -> {
            List<Views.ArticleSummary> items = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT a.id, a.title, a.source, a.date_raw, a.num_mentions, a.num_events,
                           (SELECT string_agg(DISTINCT q.kind, ',' ORDER BY q.kind) FROM quality_flags q WHERE q.article_id = a.id)
                    FROM articles a ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?""")) {
                p.setInt(1, limit);
                p.setInt(2, offset);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String flags = r.getString(7);
                        items.add(new Views.ArticleSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5), r.getInt(6),
                                flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split(","))));
                    }
                }
            }
            return new Page<>(items, (int) count(c, "SELECT count(*) FROM articles", List.of()), offset, limit);
        });
    }

    @Override
    public Page<EventRow> events(EventFilter f, String sort, int offset, int limit) {
        String order = order(sort);
        return store.read(c -> {
            EventWhere w = where(c, f);
            int total = (int) count(c, "SELECT count(*) FROM " + EventWhere.FROM + " WHERE " + w.sql(), w.params());
            return new Page<>(rows(c, w, order, limit, offset), total, offset, limit);
        });
    }

    @Override
    public ExportResult export(EventFilter f, ExportFormat format, Path out) {
        List<String> ids = store.read(c -> {
            EventWhere w = where(c, f);
            return rows(c, "SELECT e.id FROM " + EventWhere.FROM + " WHERE " + w.sql(), w.params()).stream().map(r -> (String) r.get(0)).toList();
        });
        return store.export(format, out, org.rasd.store.EventFilter.ALL.withEventIds(ids));
    }

    private static String order(String sort) {
        String s = sort == null || sort.isBlank() ? "-date" : sort;
        String o = SORTS.get(s);
        if (o == null) throw new BadRequestException("sort: '" + s + "' is not one of " + new TreeSet<>(SORTS.keySet()));
        return o + ", e.id";
    }

    /** The filter as SQL; its text words (normalised Arabic) are matched here and become a list of event ids. */
    private static EventWhere where(Connection c, EventFilter f) throws SQLException {
        EventWhere w = EventWhere.of(f);
        if (f.text() == null) return w;
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT e.id, e.evidence, e.trigger, e.gloss, a.title FROM " + EventWhere.FROM + " WHERE " + w.sql())) {
            w.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) if (f.matchesText(r.getString(2), r.getString(3), r.getString(4), r.getString(5))) ids.add(r.getString(1));
            }
        }
        return w.withIds(ids);
    }

    /** Event rows (the report, its article and its canonical event) in the given order. */
    private List<EventRow> rows(Connection c, EventWhere w, String order, int limit, int offset) throws SQLException {
        record Head(String id, String articleId, String title, String source, String url, String date, EventRow.Canonical canonical) {}
        List<Head> heads = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT e.id, e.article_id, a.title, a.source, a.url, a.date_raw, e.canonical_id, k.num_mentions, k.num_articles, k.num_sources
                FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN canonical_events k ON k.id = e.canonical_id
                WHERE %s ORDER BY %s LIMIT ? OFFSET ?""".formatted(w.sql(), order))) {
            int i = w.bind(p, 1);
            p.setLong(i++, limit);
            p.setLong(i, offset);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String canonical = r.getString(7);
                    heads.add(new Head(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                            canonical == null ? null : new EventRow.Canonical(canonical, r.getInt(8), r.getInt(9), r.getInt(10))));
                }
            }
        }
        Map<String, Event> events = store.eventsById(heads.stream().map(Head::id).toList());
        List<EventRow> out = new ArrayList<>(heads.size());
        for (Head h : heads) {
            Event e = events.get(h.id());
            if (e != null) out.add(new EventRow(h.articleId(), h.title(), h.source(), h.url(), h.date(), e, h.canonical()));
        }
        return out;
    }

    @Override
    public Optional<Views.ActorProfile> actor(String code) {
        String c = code.toUpperCase(java.util.Locale.ROOT);
        EventWhere mine = new EventWhere("e.id IN (SELECT x.event_id FROM event_actors x WHERE x.code = ? AND " + ROLES + ")", List.of(c));
        return store.read(conn -> {
            TreeSet<String> names = new TreeSet<>();
            String[] first = new String[3]; // country, sector, type: the first known
            try (PreparedStatement p = conn.prepareStatement("""
                    SELECT m.name, m.text, m.country, m.sector, m.type FROM mentions m JOIN articles a ON a.id = m.article_id
                    WHERE m.code = ? OR m.entity = ? ORDER BY a.seq, m.idx""")) {
                p.setString(1, c);
                p.setString(2, c);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (r.getString(1) != null) names.add(r.getString(1));
                        if (r.getString(2) != null) names.add(r.getString(2));
                        for (int i = 0; i < 3; i++) if (first[i] == null) first[i] = r.getString(3 + i);
                    }
                }
            }
            for (List<Object> row : rows(conn, "SELECT DISTINCT x.name FROM event_actors x WHERE x.code = ? AND x.name IS NOT NULL AND " + ROLES, List.of(c))) {
                names.add((String) row.get(0));
            }
            List<Object> roles = rows(conn, """
                    SELECT count(DISTINCT x.event_id), count(DISTINCT x.event_id) FILTER (WHERE x.role = 'actor'),
                           count(DISTINCT x.event_id) FILTER (WHERE x.role = 'recipient')
                    FROM event_actors x WHERE x.code = ? AND %s""".formatted(ROLES), List.of(c)).get(0);
            int events = ((Number) roles.get(0)).intValue();
            if (events == 0 && names.isEmpty()) return Optional.<Views.ActorProfile>empty();
            List<Views.Counterpart> all = new ArrayList<>();
            for (List<Object> r : rows(conn, """
                    WITH mine AS (SELECT DISTINCT x.event_id, x.role FROM event_actors x WHERE x.code = ? AND %s)
                    SELECT o.code, count(*), sum(e.goldstein)
                    FROM mine m JOIN event_actors o ON o.event_id = m.event_id AND o.role = CASE m.role WHEN 'actor' THEN 'recipient' ELSE 'actor' END
                         JOIN events e ON e.id = m.event_id
                    WHERE o.code IS NOT NULL AND o.code <> ? GROUP BY o.code ORDER BY 2 DESC, 1""".formatted(ROLES), List.of(c, c))) {
                int n = ((Number) r.get(1)).intValue();
                all.add(new Views.Counterpart((String) r.get(0), null, n, round(((Number) r.get(2)).doubleValue() / n)));
            }
            Map<String, String> label = labels(conn, all.stream().map(Views.Counterpart::code).toList());
            all = all.stream().map(p -> new Views.Counterpart(p.code(), label.get(p.code()), p.events(), p.meanGoldstein())).toList();
            return Optional.of(new Views.ActorProfile(c, List.copyOf(names), first[0], first[1], first[2], events,
                    ((Number) roles.get(1)).intValue(), ((Number) roles.get(2)).intValue(),
                    periods(conn, mine, "%Y-%m", false),
                    all.stream().filter(p -> p.meanGoldstein() >= 0).toList(),
                    all.stream().filter(p -> p.meanGoldstein() < 0).toList(),
                    rows(conn, mine, order("-date"), 50, 0)));
        });
    }

    @Override
    public Views.Network network(EventFilter f, int maxNodes) {
        return store.read(c -> {
            EventWhere w = where(c, f);
            Map<String, Integer> count = new HashMap<>();
            List<List<Object>> pairs = rows(c, """
                    SELECT least(x.code, y.code), greatest(x.code, y.code), count(*), sum(e.goldstein)
                    FROM %s JOIN event_actors x ON x.event_id = e.id AND x.role = 'actor'
                         JOIN event_actors y ON y.event_id = e.id AND y.role = 'recipient'
                    WHERE (%s) AND x.code IS NOT NULL AND y.code IS NOT NULL AND x.code <> y.code
                    GROUP BY 1, 2 ORDER BY 1, 2""".formatted(EventWhere.FROM, w.sql()), w.params());
            for (List<Object> p : pairs) {
                int n = ((Number) p.get(2)).intValue();
                count.merge((String) p.get(0), n, Integer::sum);
                count.merge((String) p.get(1), n, Integer::sum);
            }
            List<String> keep = count.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(maxNodes).map(Map.Entry::getKey).sorted().toList();
            Map<String, String> name = labels(c, keep);
            List<Views.Node> nodes = keep.stream().map(k -> new Views.Node(k, name.get(k), count.get(k))).toList();
            List<Views.Edge> edges = new ArrayList<>();
            for (List<Object> p : pairs) {
                if (!name.containsKey((String) p.get(0)) || !name.containsKey((String) p.get(1))) continue;
                int n = ((Number) p.get(2)).intValue();
                double mean = round(((Number) p.get(3)).doubleValue() / n);
                edges.add(new Views.Edge((String) p.get(0), (String) p.get(1), n, mean, (int) Math.signum(mean)));
            }
            return new Views.Network(nodes, edges);
        });
    }

    @Override
    public List<Views.PeriodCount> counts(EventFilter f, String bucket) {
        if (!"day".equals(bucket) && !"month".equals(bucket)) throw new BadRequestException("bucket: '" + bucket + "' is not day or month");
        return store.read(c -> periods(c, where(c, f), "day".equals(bucket) ? "%Y-%m-%d" : "%Y-%m", f.isEmpty()));
    }

    /** Events per period (with cooperation and conflict by the sign of Goldstein), and articles per period when asked. */
    private static List<Views.PeriodCount> periods(Connection c, EventWhere w, String format, boolean withArticles) throws SQLException {
        TreeMap<String, int[]> m = new TreeMap<>();
        if (withArticles) {
            for (List<Object> r : rows(c, "SELECT strftime(date, ?), count(*) FROM articles WHERE date IS NOT NULL GROUP BY 1", List.of(format))) {
                m.computeIfAbsent((String) r.get(0), k -> new int[4])[0] = ((Number) r.get(1)).intValue();
            }
        }
        List<Object> params = new ArrayList<>(List.of(format));
        params.addAll(w.params());
        for (List<Object> r : rows(c, """
                SELECT strftime(%s, ?), count(*), count(*) FILTER (WHERE e.goldstein > 0), count(*) FILTER (WHERE e.goldstein < 0)
                FROM %s WHERE (%s) AND %s IS NOT NULL GROUP BY 1""".formatted(EventWhere.DATE, EventWhere.FROM, w.sql(), EventWhere.DATE), params)) {
            int[] v = m.computeIfAbsent((String) r.get(0), k -> new int[4]);
            for (int i = 1; i < 4; i++) v[i] = ((Number) r.get(i)).intValue();
        }
        return m.entrySet().stream().map(e -> new Views.PeriodCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }

    @Override
    public List<Views.SearchHit> search(String query, int limit) {
        if (query == null || query.isBlank()) throw new BadRequestException("q: the query has no words");
        SearchResult r;
        try {
            r = store.search(SearchQuery.of(query), 0, limit);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("q: " + e.getMessage());
        }
        List<Views.SearchHit> out = new ArrayList<>();
        for (org.rasd.store.SearchHit h : r.hits()) {
            Snippet s = h.snippet();
            List<Views.Mark> marks = s == null ? List.of() : s.highlights().stream().map(x -> new Views.Mark(x.start(), x.end())).toList();
            out.add(new Views.SearchHit(h.articleId(), h.title(), h.date(), s == null ? "" : s.text(), marks, h.score()));
        }
        return out;
    }

    @Override
    public List<Views.ActorCount> topActors(int n) {
        return store.read(c -> {
            List<List<Object>> top = rows(c, "SELECT x.code, count(DISTINCT x.event_id) FROM event_actors x WHERE x.code IS NOT NULL AND "
                    + ROLES + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", List.of(n));
            Map<String, String> name = labels(c, top.stream().map(r -> (String) r.get(0)).toList());
            return top.stream().map(r -> new Views.ActorCount((String) r.get(0), name.get((String) r.get(0)), ((Number) r.get(1)).intValue())).toList();
        });
    }

    @Override
    public List<Views.PairCount> topPairs(int n) {
        return store.read(c -> rows(c, """
                SELECT x.code, y.code, count(*), sum(e.goldstein)
                FROM events e JOIN event_actors x ON x.event_id = e.id AND x.role = 'actor'
                     JOIN event_actors y ON y.event_id = e.id AND y.role = 'recipient'
                WHERE x.code IS NOT NULL AND y.code IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?""", List.of(n)).stream()
                .map(r -> {
                    int k = ((Number) r.get(2)).intValue();
                    return new Views.PairCount((String) r.get(0), (String) r.get(1), k, round(((Number) r.get(3)).doubleValue() / k));
                }).toList());
    }

    @Override
    public Views.Stats stats() {
        return store.read(c -> new Views.Stats((int) count(c, "SELECT count(*) FROM articles", List.of()),
                (int) count(c, "SELECT count(*) FROM events", List.of()),
                (int) count(c, "SELECT coalesce(sum(num_mentions), 0) FROM articles", List.of()),
                (int) count(c, "SELECT count(DISTINCT x.code) FROM event_actors x WHERE " + ROLES, List.of()),
                (int) count(c, "SELECT count(*) FROM canonical_events", List.of())));
    }

    /** A display name per actor code: its name in events (the least, for determinism), else the code. */
    private static Map<String, String> labels(Connection c, Collection<String> codes) throws SQLException {
        Map<String, String> out = new HashMap<>();
        if (codes.isEmpty()) return out;
        for (String k : codes) out.put(k, k);
        for (List<Object> r : rows(c, """
                SELECT x.code, min(x.name) FILTER (WHERE x.name <> '') FROM event_actors x
                WHERE x.code IN (SELECT unnest(string_split(?, chr(1)))) GROUP BY 1""", List.of(String.join("\u0001", codes)))) {
            if (r.get(1) != null) out.put((String) r.get(0), (String) r.get(1));
        }
        return out;
    }

    private static long count(Connection c, String sql, List<Object> params) throws SQLException {
        return ((Number) rows(c, sql, params).get(0).get(0)).longValue();
    }

    /** The rows of a parameterised query, each as its column values. */
    private static List<List<Object>> rows(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
            List<List<Object>> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) row.add(r.getObject(i));
                    out.add(row);
                }
            }
            return out;
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    @Override
    public void close() {
        store.close();
    }
}
