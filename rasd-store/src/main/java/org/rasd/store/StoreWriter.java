package org.rasd.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.rasd.core.ParallelExtractor;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Mention;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.Reject;
import org.rasd.core.model.Sentence;

/**
 * Writes documents and rejects of one ingest run in batches, each batch one transaction: articles (skipping ids already
 * stored: exact duplicates), their flags, sentences, mentions, events and actors, the rejects, the story cluster of each
 * new article, the canonical events of the keys it touched, and the run's counters. After the commit, the batch goes
 * to the search index. A crash loses at most the uncommitted batches, which the next run of the same ingest redoes.
 * Fed on one thread; writes on its own writer thread, so that extraction and writing overlap.
 */
public final class StoreWriter implements ParallelExtractor.Output, AutoCloseable {
    private final Connection c;
    private final SearchIndex index;
    private final StoryIndex stories;
    private final EventDeduplicator dedup;
    private final long runId;
    private final int batchSize;
    private final IngestProgress progress;
    private final long t0 = System.nanoTime();
    private final List<Document> docs = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();
    private long read, stored, duplicates, rejected, nearDuplicates, events;
    private boolean closed;
    /** Actor entities in the actors table (loaded on first use), and those added by the batch being written. */
    private Set<String> knownActors;
    private final Set<String> newActors = new HashSet<>();
    /** Dedup keys touched by committed batches whose canonical events are not yet recomputed. */
    private final Set<String> pendingKeys = new TreeSet<>();
    static final long DEDUP_INTERVAL_NANOS = 30_000_000_000L;
    private long lastDedup = System.nanoTime();
    static final int IN_FLIGHT = 2;
    private final java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(IN_FLIGHT);
    private final java.util.concurrent.ExecutorService writerThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rasd-store-writer");
        t.setDaemon(true);
        return t;
    });
    private java.util.concurrent.Future<?> last;
    private volatile RuntimeException failure;

    private record NewStory(int[] sig, String story) {}

    private long seq;

    StoreWriter(Connection c, SearchIndex index, StoryIndex stories, EventDeduplicator dedup, long runId, long lastSeq, int batchSize, IngestProgress progress) {
        this.seq = lastSeq;
        this.c = c;
        this.index = index;
        this.stories = stories;
        this.dedup = dedup;
        this.runId = runId;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    @Override
    public void document(Document d) {
        docs.add(d);
        if (docs.size() + rejects.size() >= batchSize) flush();
    }

    @Override
    public void reject(Reject r) {
        rejects.add(r);
        if (docs.size() + rejects.size() >= batchSize) flush();
    }

    /**
     * Hands what is buffered to the writer thread (which writes it in one transaction), so that extraction goes on
     * meanwhile; waits while {@value #IN_FLIGHT} batches are already waiting. A failed write is rethrown here.
     */
    public void flush() {
        rethrow();
        if (docs.isEmpty() && rejects.isEmpty()) return;
        List<Document> batch = new ArrayList<>(docs);
        List<Reject> rej = new ArrayList<>(rejects);
        docs.clear();
        rejects.clear();
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing", e);
        }
        last = writerThread.submit(() -> {
            try {
                if (failure == null) write(batch, rej);
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                inFlight.release();
            }
        });
    }

    private void rethrow() {
        RuntimeException f = failure;
        if (f != null) throw f;
    }

    /** Waits until every batch handed over is written. */
    private void drain() {
        if (last == null) return;
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new StoreException("cannot write to the store: " + e.getCause(), e.getCause());
        }
        rethrow();
    }

    /** Writes one batch in one transaction (on the writer thread). */
    private void write(List<Document> batch, List<Reject> rej) {
        List<SearchIndex.Entry> entries = new ArrayList<>();
        StoryIndex pending = new StoryIndex();
        List<NewStory> newStories = new ArrayList<>();
        long[] counts;
        try {
            c.setAutoCommit(false);
            Set<String> existing = existing(batch);
            List<Document> fresh = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Document d : batch) {
                if (existing.contains(d.id()) || !seen.add(d.id())) continue;
                fresh.add(d);
            }
            long dup = batch.size() - fresh.size(), near = 0, evs = 0;
            Set<String> keys = new TreeSet<>();
            LocalDateTime now = LocalDateTime.now();
            try (DuckDBAppender art = appender("articles"); DuckDBAppender qf = appender("quality_flags");
                 DuckDBAppender sen = appender("sentences"); DuckDBAppender men = appender("mentions");
                 DuckDBAppender ev = appender("events"); DuckDBAppender ea = appender("event_actors")) {
                for (Document d : fresh) {
                    int[] sig = MinHash.of(d.text());
                    String story = stories.find(sig);
                    if (story == null) story = pending.find(sig);
                    if (story == null) story = d.id(); else near++;
                    pending.add(sig, story);
                    newStories.add(new NewStory(sig, story));
                    writeArticle(art, d, MinHash.encode(sig), story, now);
                    for (int i = 0; i < d.quality().flags().size(); i++) {
                        QualityFlag f = d.quality().flags().get(i);
                        qf.beginRow(); qf.append(d.id()); qf.append(i); qf.append(f.kind()); qf.append(f.start()); qf.append(f.end()); str(qf, f.text()); qf.endRow();
                    }
                    for (Sentence s : d.sentences()) {
                        sen.beginRow(); sen.append(d.id()); sen.append(s.index()); sen.append(s.start()); sen.append(s.end());
                        sen.append(s.text()); sen.append(String.join(",", s.flags())); sen.endRow();
                    }
                    for (int i = 0; i < d.mentions().size(); i++) writeMention(men, d.id(), i, d.mentions().get(i));
                    for (int i = 0; i < d.events().size(); i++) {
                        Event e = d.events().get(i);
                        String key = EventKey.of(e).toString();
                        keys.add(key);
                        writeEvent(ev, d.id(), e, i, key);
                        writeActors(ea, e.id(), "actor", e.actor());
                        writeActors(ea, e.id(), "recipient", e.recipient());
                        if (e.claimant() != null) writeActors(ea, e.id(), "claimant", List.of(e.claimant()));
                        evs++;
                    }
                    entries.add(entry(d));
                }
            }
            writeActorTable(fresh);
            writeRejects(rej);
            pendingKeys.addAll(keys);
            if (System.nanoTime() - lastDedup > DEDUP_INTERVAL_NANOS) {
                dedup.recompute(c, pendingKeys);
                pendingKeys.clear();
                lastDedup = System.nanoTime();
            }
            counts = new long[]{batch.size() + rej.size(), fresh.size(), dup, rej.size(), near, evs};
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE ingest_runs SET read = read + ?, stored = stored + ?, duplicates = duplicates + ?, rejected = rejected + ? WHERE run_id = ?")) {
                for (int i = 0; i < 4; i++) p.setLong(i + 1, counts[i]);
                p.setLong(5, runId);
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try { c.rollback(); } catch (SQLException ignored) { /* the original error matters */ }
            resync();
            newActors.clear();
            throw e instanceof StoreException se ? se : new StoreException("cannot write a batch to the store: " + e.getMessage(), e);
        }
        newStories.forEach(e -> stories.add(e.sig(), e.story()));
        knownActors.addAll(newActors);
        newActors.clear();
        read += counts[0];
        stored += counts[1];
        duplicates += counts[2];
        rejected += counts[3];
        nearDuplicates += counts[4];
        events += counts[5];
        if (!entries.isEmpty()) index.put(entries);
        rej.forEach(progress::rejected);
        progress.update(read, stored, duplicates, rejected, seconds(), false);
    }

    private Set<String> existing(List<Document> batch) throws SQLException {
        Set<String> out = new HashSet<>();
        if (batch.isEmpty()) {
            try (Statement s = c.createStatement()) { s.execute("SELECT 1"); } // opens the transaction the appenders join
            return out;
        }
        StringBuilder sql = new StringBuilder("SELECT id FROM articles WHERE id IN (");
        for (int i = 0; i < batch.size(); i++) sql.append(i == 0 ? "?" : ",?");
        try (PreparedStatement p = c.prepareStatement(sql.append(')').toString())) {
            for (int i = 0; i < batch.size(); i++) p.setString(i + 1, batch.get(i).id());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }

    private DuckDBAppender appender(String table) throws SQLException {
        return c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    private void writeArticle(DuckDBAppender a, Document d, String minhash, String story, LocalDateTime now) throws SQLException {
        a.beginRow();
        a.append(d.id()); str(a, d.externalId()); str(a, d.origin()); str(a, d.title()); str(a, d.section()); str(a, d.source());
        str(a, d.url()); str(a, d.author());
        LocalDate date = date(d.date());
        if (date == null) a.appendNull(); else a.append(date);
        str(a, d.date());
        str(a, d.language()); a.append(d.text());
        a.append(d.sentences().size()); a.append(d.mentions().size()); a.append(d.events().size());
        str(a, minhash); a.append(story); a.append(runId); a.append(++seq); a.append(now);
        a.endRow();
    }

    private static void writeMention(DuckDBAppender a, String articleId, int i, Mention m) throws SQLException {
        a.beginRow();
        a.append(articleId); a.append(i); a.append(m.start()); a.append(m.end()); str(a, m.text()); a.append(m.sentence());
        str(a, m.entity()); str(a, m.type()); str(a, m.name()); str(a, m.code()); str(a, m.country()); str(a, m.sector());
        str(a, m.resolution()); str(a, m.rule());
        a.endRow();
    }

    private static void writeEvent(DuckDBAppender a, String articleId, Event e, int ordinal, String key) throws SQLException {
        a.beginRow();
        a.append(e.id()); a.append(articleId); a.append(e.event()); str(a, e.mode()); str(a, e.context()); str(a, e.cameo());
        a.append(e.goldstein()); a.append(e.quadClass());
        a.append(EventKey.codes(e.actor())); a.append(EventKey.codes(e.recipient()));
        if (e.location() == null) {
            a.appendNull(); a.appendNull(); a.appendNull(); a.appendNull();
        } else {
            str(a, e.location().text()); a.append(e.location().start()); a.append(e.location().end()); str(a, e.location().country());
        }
        LocalDate date = date(e.date());
        if (date == null) a.appendNull(); else a.append(date);
        str(a, e.date());
        str(a, e.modality()); a.append(EventKey.modalityClass(e.modality()));
        str(a, e.claimant() == null ? null : e.claimant().code());
        a.append(e.sentence()); a.append(e.triggerStart()); a.append(e.triggerEnd()); str(a, e.trigger());
        str(a, e.evidence()); str(a, e.rule()); a.append(e.confidence()); str(a, e.gloss()); a.append(e.mentions()); a.append(ordinal);
        a.append(key); a.appendNull();
        a.endRow();
    }

    private static void writeActors(DuckDBAppender a, String eventId, String role, List<EventActor> actors) throws SQLException {
        for (int i = 0; i < actors.size(); i++) {
            EventActor x = actors.get(i);
            a.beginRow();
            a.append(eventId); a.append(role); a.append(i); str(a, x.code()); str(a, x.country()); str(a, x.sector());
            str(a, x.entity()); str(a, x.name()); a.append(x.start()); a.append(x.end()); str(a, x.text());
            a.endRow();
        }
    }

    private void writeActorTable(List<Document> fresh) throws SQLException {
        if (knownActors == null) {
            knownActors = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT entity FROM actors")) {
                while (r.next()) knownActors.add(r.getString(1));
            }
        }
        Map<String, Mention> byEntity = new LinkedHashMap<>();
        for (Document d : fresh) {
            for (Mention m : d.mentions()) {
                if (m.entity() != null && !m.entity().startsWith("local:") && !knownActors.contains(m.entity())) byEntity.putIfAbsent(m.entity(), m);
            }
        }
        if (byEntity.isEmpty()) return;
        try (DuckDBAppender a = appender("actors")) {
            for (Mention m : byEntity.values()) {
                a.beginRow();
                a.append(m.entity()); str(a, m.code()); str(a, m.name()); str(a, m.type()); str(a, m.country()); str(a, m.sector());
                a.endRow();
            }
        }
        newActors.addAll(byEntity.keySet());
    }

    private void writeRejects(List<Reject> rej) throws SQLException {
        if (rej.isEmpty()) return;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO rejects VALUES (?,?,?,?,current_timestamp) ON CONFLICT DO NOTHING")) {
            Set<String> ids = new HashSet<>();
            for (Reject r : rej) {
                String id = rejectId(r);
                if (!ids.add(id)) continue;
                p.setString(1, id); p.setString(2, r.origin()); p.setString(3, r.reason()); p.setLong(4, runId);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * Recomputes the canonical events of the keys touched since the last recompute, and of every key with an event
     * row not linked to a canonical event (left so by an ingest that was killed), in one transaction.
     */
    private void deduplicatePending() {
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT dedup_key FROM events WHERE canonical_id IS NULL")) {
                while (r.next()) pendingKeys.add(r.getString(1));
            }
            dedup.recompute(c, pendingKeys);
            c.commit();
            pendingKeys.clear();
        } catch (SQLException e) {
            try { c.rollback(); } catch (SQLException ignored) { /* report the first error */ }
            resync();
            throw new StoreException("cannot recompute canonical events: " + e.getMessage(), e);
        }
    }

    /**
     * After a failed commit DuckDB has ended the transaction while JDBC still believes it is in one (the next commit
     * would fail with "no transaction is active"): back to auto-commit, so that the next write begins afresh.
     */
    private void resync() {
        try { c.setAutoCommit(true); } catch (SQLException ignored) { /* already in auto-commit */ }
    }

    /** A reject's id: the same record rejected for the same reason by a later run is not stored twice. */
    static String rejectId(Reject r) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((r.origin() + "\n" + r.reason()).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static SearchIndex.Entry entry(Document d) {
        Set<String> actors = new TreeSet<>(), events = new TreeSet<>();
        for (Mention m : d.mentions()) { add(actors, m.code()); add(actors, m.country()); }
        for (Event e : d.events()) {
            events.add(e.event());
            for (EventActor a : e.actor()) { add(actors, a.code()); add(actors, a.country()); }
            for (EventActor a : e.recipient()) { add(actors, a.code()); add(actors, a.country()); }
        }
        LocalDate date = date(d.date());
        return new SearchIndex.Entry(d.id(), d.title(), d.text(), date == null ? null : date.toString(), actors, events);
    }

    private static void add(Set<String> s, String v) {
        if (v != null && !v.isBlank()) s.add(v);
    }

    /**
     * An ISO date, or the date part of an ISO date-time; an event date of a month (2015-06) or a year (2014) is its
     * first day, as Spark's CAST(... AS DATE) reads it; null when absent or unreadable.
     */
    static LocalDate date(String s) {
        if (s == null) return null;
        try {
            if (s.length() >= 10) return LocalDate.parse(s.substring(0, 10));
            if (s.matches("\\d{4}-\\d{2}")) return java.time.YearMonth.parse(s).atDay(1);
            if (s.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(s), 1, 1);
            return null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static void str(DuckDBAppender a, String s) throws SQLException {
        if (s == null) a.appendNull(); else a.append(s);
    }

    private double seconds() { return (System.nanoTime() - t0) / 1e9; }

    /** Flushes, marks the run finished, reports, and returns the run's counts. */
    public IngestSummary finish() {
        flush();
        drain();
        index.commit();
        deduplicatePending();
        try (PreparedStatement p = c.prepareStatement("UPDATE ingest_runs SET status = 'finished', finished_at = current_timestamp WHERE run_id = ?")) {
            c.setAutoCommit(true);
            p.setLong(1, runId);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot finish ingest run " + runId + ": " + e.getMessage(), e);
        }
        closed = true;
        double secs = seconds();
        progress.update(read, stored, duplicates, rejected, secs, true);
        return new IngestSummary(runId, read, stored, duplicates, rejected, nearDuplicates, events, secs);
    }

    @Override
    public void close() {
        writerThread.shutdown();
        try {
            writerThread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!closed) {
            try { c.setAutoCommit(true); } catch (SQLException ignored) { /* closing */ }
        }
    }
}
