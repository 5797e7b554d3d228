package org.rasd.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.rasd.core.Extractor;
import org.rasd.core.ParallelExtractor;
import org.rasd.core.io.RecordSink;
import org.rasd.core.model.Document;

/**
 * The embedded store: a DuckDB file ({@code rasd.duckdb}, the system of record) and a Lucene index ({@code search/},
 * derived) in one data directory. Open it once per process; all methods are thread-safe. Reads run on per-thread
 * duplicates of the connection (concurrent); writes (ingest, reindex, export) take the write lock, one at a time.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("rasd-data"))) {
 *     IngestSummary s = store.ingest(sink -> new Inputs(InputOptions.defaults()).read(paths, sink),
 *             Extractor.load(), IngestOptions.defaults("news.jsonl"), IngestProgress.NONE);
 *     List<EventRow> rows = store.events(EventFilter.ALL, 0, 50);
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
    public static final String DB_FILE = "rasd.duckdb";
    public static final String INDEX_DIR = "search";
    /** Default cross-article event dedup window in days. */
    public static final int DEFAULT_WINDOW_DAYS = 3;

    private final Path dir;
    private final boolean readOnly;
    private final Connection main;
    private final SearchIndex index;
    private final Highlighter highlighter;
    private final int windowDays;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ThreadLocal<Connection> readers = new ThreadLocal<>();
    private final ConcurrentLinkedQueue<Connection> allReaders = new ConcurrentLinkedQueue<>();
    private StoryIndex stories;

    private Store(Path dir, boolean readOnly, Connection main, SearchIndex index, int windowDays) {
        this.dir = dir;
        this.readOnly = readOnly;
        this.main = main;
        this.index = index;
        this.highlighter = new Highlighter(index.analyzer(), 240);
        this.windowDays = windowDays;
    }

    /** Opens (creating if needed) a writable store, applying schema migrations; the dedup window is 3 days. */
    public static Store open(Path dataDir) { return open(dataDir, DEFAULT_WINDOW_DAYS); }

    public static Store open(Path dataDir, int windowDays) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Connection c = connect(dataDir, new Properties());
        SearchIndex idx = null;
        try {
            StoreSchema.migrate(c);
            try (Statement s = c.createStatement()) {
                // a run still marked running was cut short (the file lock means no other process is writing)
                s.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running'");
            }
            idx = SearchIndex.open(dataDir.resolve(INDEX_DIR), false);
            Store store = new Store(dataDir, false, c, idx, windowDays);
            if (store.index.size() != store.count("SELECT count(*) FROM articles")) store.reindex();
            return store;
        } catch (SQLException | RuntimeException e) {
            if (idx != null) idx.close();
            close(c);
            throw e instanceof StoreException se ? se : new StoreException("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing store for reading only (DuckDB read-only, no file access from SQL). */
    public static Store openReadOnly(Path dataDir) {
        if (!Files.isRegularFile(dataDir.resolve(DB_FILE))) {
            throw new StoreException("no store in " + dataDir + " (" + dataDir.resolve(DB_FILE) + " does not exist): run rasd ingest first");
        }
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        p.setProperty("enable_external_access", "false");
        Connection c = connect(dataDir, p);
        try {
            int v = StoreSchema.version(c);
            if (v != StoreSchema.latest()) {
                throw new StoreException("the store in " + dataDir + " has schema version " + v + ", this Rasd needs " + StoreSchema.latest()
                        + (v < StoreSchema.latest() ? ": open it for writing once (e.g. rasd ingest) to migrate it" : ": upgrade Rasd"));
            }
            return new Store(dataDir, true, c, SearchIndex.open(dataDir.resolve(INDEX_DIR), true), DEFAULT_WINDOW_DAYS);
        } catch (SQLException | RuntimeException e) {
            close(c);
            throw e instanceof StoreException se ? se : new StoreException("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path dataDir, Properties p) {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return DriverManager.getConnection("jdbc:duckdb:" + dataDir.resolve(DB_FILE).toAbsolutePath(), p);
        } catch (SQLException | ClassNotFoundException e) {
            String m = firstLine(e.getMessage());
            if (m.contains("Could not set lock")) {
                throw new StoreException("the store in " + dataDir + " is in use by another process (one writer at a time; stop it or use another --data): " + m, e);
            }
            throw new StoreException("cannot open " + dataDir.resolve(DB_FILE) + ": " + m, e);
        }
    }

    public Path directory() { return dir; }

    public boolean readOnly() { return readOnly; }

    // ---------------------------------------------------------------- ingest

    /**
     * Reads records from {@code source} (which pushes them into the sink it is given, e.g. {@code Inputs.read}),
     * extracts them on {@code options.threads()} threads and writes them in batches. Returns the run's counts, which
     * add up: read = stored + duplicates + rejected.
     */
    public IngestSummary ingest(Consumer<RecordSink> source, Extractor extractor, IngestOptions options, IngestProgress progress) {
        checkWritable();
        writeLock.lock();
        try (StoreWriter w = newWriter(options, progress);
             ParallelExtractor px = new ParallelExtractor(extractor, options.threads(), options.batchSize(), w)) {
            source.accept(px);
            px.flush();
            return w.finish();
        } finally {
            writeLock.unlock();
        }
    }

    /** Stores documents already extracted (by Spark, or built by hand); same rules and counts as {@link #ingest}. */
    public IngestSummary ingestDocuments(Iterable<Document> documents, IngestOptions options) {
        checkWritable();
        writeLock.lock();
        try (StoreWriter w = newWriter(options, IngestProgress.NONE)) {
            for (Document d : documents) w.document(d);
            return w.finish();
        } finally {
            writeLock.unlock();
        }
    }

    private StoreWriter newWriter(IngestOptions options, IngestProgress progress) {
        try {
            long run;
            try (Statement s = main.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs")) {
                r.next();
                run = r.getLong(1);
            }
            try (PreparedStatement p = main.prepareStatement("INSERT INTO ingest_runs (run_id, started_at, inputs, status) VALUES (?, current_timestamp, ?, 'running')")) {
                p.setLong(1, run);
                p.setString(2, options.inputs());
                p.executeUpdate();
            }
            if (stories == null) stories = loadStories();
            long seq = count("SELECT coalesce(max(seq), 0) FROM articles");
            return new StoreWriter(main, index, stories, new EventDeduplicator(windowDays), run, seq, options.batchSize(), progress);
        } catch (SQLException e) {
            throw new StoreException("cannot start an ingest run: " + e.getMessage(), e);
        }
    }

    private StoryIndex loadStories() throws SQLException {
        StoryIndex s = new StoryIndex();
        try (Statement st = main.createStatement();
             ResultSet r = st.executeQuery("SELECT minhash, story_id FROM articles ORDER BY seq")) {
            while (r.next()) s.add(MinHash.decode(r.getString(1)), r.getString(2));
        }
        return s;
    }

    /** Recomputes every canonical event (after changing the window, or to check the incremental result). */
    public void rededuplicate() {
        checkWritable();
        writeLock.lock();
        try {
            main.setAutoCommit(false);
            List<String> keys = new ArrayList<>();
            try (Statement s = main.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT dedup_key FROM events")) {
                while (r.next()) keys.add(r.getString(1));
            }
            try (Statement s = main.createStatement()) { s.execute("DELETE FROM canonical_events"); }
            new EventDeduplicator(windowDays).recompute(main, keys);
            main.commit();
        } catch (SQLException e) {
            try { main.rollback(); } catch (SQLException ignored) { /* report the first error */ }
            throw new StoreException("cannot recompute canonical events: " + e.getMessage(), e);
        } finally {
            try { main.setAutoCommit(true); } catch (SQLException ignored) { /* next use reports */ }
            writeLock.unlock();
        }
    }

    /** Rebuilds the search index from the articles table; returns the number of articles indexed. */
    public long reindex() {
        checkWritable();
        writeLock.lock();
        try {
            index.deleteAll();
            Map<String, List<String>> actors = group("""
                    SELECT article_id, code FROM mentions WHERE code IS NOT NULL UNION SELECT article_id, country FROM mentions WHERE country IS NOT NULL
                    UNION SELECT e.article_id, x.code FROM event_actors x JOIN events e ON e.id = x.event_id WHERE x.role <> 'claimant' AND x.code IS NOT NULL
                    UNION SELECT e.article_id, x.country FROM event_actors x JOIN events e ON e.id = x.event_id WHERE x.role <> 'claimant' AND x.country IS NOT NULL""");
            Map<String, List<String>> events = group("SELECT DISTINCT article_id, event FROM events");
            long n = 0;
            try (Statement s = main.createStatement(); ResultSet r = s.executeQuery("SELECT id, title, text, date FROM articles ORDER BY id")) {
                while (r.next()) {
                    String id = r.getString(1);
                    Date d = r.getDate(4);
                    index.addWithoutCommit(new SearchIndex.Entry(id, r.getString(2), r.getString(3), d == null ? null : d.toLocalDate().toString(),
                            actors.getOrDefault(id, List.of()), events.getOrDefault(id, List.of())));
                    n++;
                }
            }
            index.commit();
            return n;
        } catch (SQLException e) {
            throw new StoreException("cannot rebuild the search index: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private Map<String, List<String>> group(String sql) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (Statement s = main.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
        }
        return out;
    }

    // ---------------------------------------------------------------- reads

    /** A function of a read connection. */
    @FunctionalInterface
    public interface SqlFunction<T> {
        T apply(Connection c) throws SQLException;
    }

    /**
     * Runs a read on this thread's own duplicate of the connection, so that reads run concurrently (the web server
     * runs its parameterised queries through this). Do not close the connection; do not write through it.
     */
    public <T> T read(SqlFunction<T> f) {
        try {
            return f.apply(reader());
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + firstLine(e.getMessage()), e);
        }
    }

    private Connection reader() throws SQLException {
        Connection c = readers.get();
        if (c == null || c.isClosed()) {
            c = main.unwrap(DuckDBConnection.class).duplicate();
            readers.set(c);
            allReaders.add(c);
        }
        return c;
    }

    /** An article as extracted (with sentences, mentions and events), or empty. */
    public Optional<Document> article(String id) {
        return read(c -> new DocumentReader(c).read(id));
    }

    /** The stored events with these ids (as extracted, with their actors), by id; unknown ids are left out. */
    public Map<String, org.rasd.core.model.Event> eventsById(List<String> ids) {
        return read(c -> StoredEvents.byId(c, ids));
    }

    /** The story cluster of an article: the ids of every article in it (itself included), oldest first. */
    public List<String> story(String articleId) {
        return read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id FROM articles WHERE story_id = (SELECT story_id FROM articles WHERE id = ?) ORDER BY seq")) {
                p.setString(1, articleId);
                List<String> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
                return out;
            }
        });
    }

    /** Event rows matching the filter, newest first, with their canonical event's counts. */
    public List<EventRow> events(EventFilter filter, int offset, int limit) {
        FilterSql f = FilterSql.of(filter);
        return read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT e.id, e.article_id, e.canonical_id, e.event, e.cameo, e.mode, e.modality, e.date, e.actor_codes,
                           e.recipient_codes, e.goldstein, e.quad_class, e.trigger, e.gloss, e.evidence, e.confidence,
                           a.source, a.url, a.title, c.num_mentions, c.num_articles, c.num_sources
                    FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN canonical_events c ON c.id = e.canonical_id
                    WHERE %s ORDER BY e.date DESC NULLS LAST, e.id LIMIT ? OFFSET ?""".formatted(f.where()))) {
                int i = f.bind(p, 1);
                p.setInt(i++, limit);
                p.setInt(i, offset);
                List<EventRow> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Date d = r.getDate(8);
                        out.add(new EventRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getString(7), d == null ? null : d.toLocalDate().toString(), split(r.getString(9)),
                                split(r.getString(10)), r.getDouble(11), r.getInt(12), r.getString(13), r.getString(14),
                                r.getString(15), r.getDouble(16), r.getString(17), r.getString(18), r.getString(19),
                                r.getInt(20), r.getInt(21), r.getInt(22)));
                    }
                }
                return out;
            }
        });
    }

    /** How many event rows match the filter. */
    public long countEvents(EventFilter filter) {
        FilterSql f = FilterSql.of(filter);
        return read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM events e WHERE " + f.where())) {
                f.bind(p, 1);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isEmpty() ? List.of() : Arrays.asList(codes.split("\\+"));
    }

    /** Full-text search of articles, best first, with highlighted snippets. */
    public SearchResult search(SearchQuery q, int offset, int limit) {
        SearchIndex.Result r = index.search(q, offset, limit);
        List<SearchHit> hits = new ArrayList<>();
        for (SearchIndex.Hit h : r.hits()) {
            read(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT title, source, date, text FROM articles WHERE id = ?")) {
                    p.setString(1, h.id());
                    try (ResultSet rs = p.executeQuery()) {
                        if (rs.next()) {
                            Date d = rs.getDate(3);
                            hits.add(new SearchHit(h.id(), rs.getString(1), rs.getString(2), d == null ? null : d.toLocalDate().toString(),
                                    h.score(), highlighter.snippet(rs.getString(4), q.text())));
                        }
                    }
                }
                return null;
            });
        }
        return new SearchResult(r.total(), hits);
    }

    /** Counts over the whole store. */
    public StoreStats stats() {
        return read(c -> new StoreStats(
                count(c, "SELECT count(*) FROM articles"), count(c, "SELECT count(*) FROM sentences"),
                count(c, "SELECT count(*) FROM mentions"), count(c, "SELECT count(*) FROM events"),
                count(c, "SELECT count(*) FROM canonical_events"), count(c, "SELECT count(*) FROM stories WHERE num_articles > 1"),
                count(c, "SELECT coalesce(sum(num_articles), 0) FROM stories WHERE num_articles > 1"),
                count(c, "SELECT count(*) FROM rejects"), count(c, "SELECT count(*) FROM ingest_runs"),
                string(c, "SELECT CAST(min(date) AS VARCHAR) FROM articles"), string(c, "SELECT CAST(max(date) AS VARCHAR) FROM articles"),
                counts(c, "SELECT event, count(*) FROM events GROUP BY event ORDER BY 2 DESC, 1", 100),
                counts(c, "SELECT coalesce(source, '(none)'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1", 20),
                index.size()));
    }

    /** What the demo prints: articles, events by category (canonical), the top actor → recipient pairs. */
    public DemoSummary demoSummary(int topPairs) {
        return read(c -> {
            List<DemoSummary.ActorPair> pairs = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT actor_codes, recipient_codes, count(*) FROM canonical_events
                    WHERE actor_codes <> '' AND recipient_codes <> '' GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?""")) {
                p.setInt(1, topPairs);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) pairs.add(new DemoSummary.ActorPair(r.getString(1), r.getString(2), r.getLong(3)));
                }
            }
            return new DemoSummary(count(c, "SELECT count(*) FROM articles"), count(c, "SELECT count(*) FROM events"),
                    count(c, "SELECT count(*) FROM canonical_events"),
                    counts(c, "SELECT event, count(*) FROM canonical_events GROUP BY event ORDER BY 2 DESC, 1", 100), pairs);
        });
    }

    /**
     * Runs one read-only SQL statement (SELECT, WITH, DESCRIBE, SHOW) and returns at most {@code maxRows} rows.
     * Anything else is refused with {@link IllegalArgumentException}; the statement runs in a transaction that is
     * always rolled back (and, in a store opened with {@link #openReadOnly}, on a read-only database).
     */
    public QueryResult query(String sql, int maxRows) {
        String stmt = ReadOnlySql.check(sql);
        return read(c -> {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(stmt)) {
                ResultSetMetaData md = r.getMetaData();
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) cols.add(md.getColumnLabel(i));
                List<List<Object>> rows = new ArrayList<>();
                boolean more = false;
                while (r.next()) {
                    if (rows.size() >= maxRows) { more = true; break; }
                    List<Object> row = new ArrayList<>(cols.size());
                    for (int i = 1; i <= cols.size(); i++) row.add(r.getObject(i));
                    rows.add(row);
                }
                return new QueryResult(cols, rows, more);
            } catch (SQLException e) {
                throw new IllegalArgumentException(firstLine(e.getMessage()), e);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        });
    }

    /** Exports the events matching the filter; see docs/store.md for each format. */
    public ExportResult export(ExportFormat format, Path out, EventFilter filter) {
        writeLock.lock();
        try {
            return new Exporter(readOnly ? main : reader()).export(format, out, filter);
        } catch (SQLException e) {
            throw new StoreException("cannot export to " + out + ": " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    // ---------------------------------------------------------------- helpers

    private long count(String sql) throws SQLException { return count(main, sql); }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static Map<String, Long> counts(Connection c, String sql, int max) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next() && out.size() < max) out.put(r.getString(1), r.getLong(2));
        }
        return out;
    }

    private void checkWritable() {
        if (readOnly) throw new StoreException("the store in " + dir + " is open read-only");
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    private static void close(Connection c) {
        try { c.close(); } catch (SQLException ignored) { /* closing after a failure */ }
    }

    @Override
    public void close() {
        for (Connection c : allReaders) close(c);
        allReaders.clear();
        index.close();
        close(main);
    }
}
