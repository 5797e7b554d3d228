package org.rasd.server.data;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rasd.core.model.Document;
import org.rasd.store.IngestOptions;
import org.rasd.store.IngestSummary;
import org.rasd.store.SearchQuery;
import org.rasd.store.SearchResult;
import org.rasd.store.Snippet;
import org.rasd.store.Store;

/**
 * The workbench over the DuckDB store of {@code rasd ingest} (the system of record, with its Lucene search): every
 * write goes to the store first; the pages read an in-memory view of the stored documents, loaded on open, so that
 * 200 readers do not queue on the database. Search is the store's (Arabic analysis, highlighted snippets).
 */
public final class DuckStore implements WorkbenchStore {
    private final Store store;
    private final MemoryStore view;
    private final IngestOptions options = new IngestOptions(1, 1, "rasd serve");

    private DuckStore(Store store, MemoryStore view) {
        this.store = store;
        this.view = view;
    }

    /**
     * Opens (creating if needed) the store in a data directory and its view. The view is journaled in
     * {@code DIR/workbench/documents.jsonl} so that a restart reads it back quickly; articles stored since (by
     * {@code rasd ingest}) are read from the store and added; a journal that names articles the store lacks (the store
     * was rebuilt) is dropped and the view rebuilt from the store.
     */
    public static DuckStore open(Path dataDir) {
        Store st = Store.open(dataDir);
        MemoryStore v = null;
        try {
            List<String> ids = ids(st);
            v = openView(dataDir);
            if (!new java.util.HashSet<>(ids).containsAll(v.ids())) {
                v.close();
                MemoryStore.deleteJournal(dataDir);
                v = MemoryStore.open(dataDir, false);
            }
            for (String id : ids) {
                if (!v.contains(id)) st.article(id).ifPresent(v::put);
            }
            return new DuckStore(st, v);
        } catch (RuntimeException e) {
            if (v != null) v.close();
            st.close();
            throw e;
        }
    }

    private static MemoryStore openView(Path dataDir) {
        try {
            return MemoryStore.open(dataDir, false);
        } catch (IllegalStateException e) {
            // a damaged journal (a crash mid-line): it is derived data, rebuild it
            System.err.println("rasd serve: rebuilding the workbench view: " + e.getMessage());
            MemoryStore.deleteJournal(dataDir);
            return MemoryStore.open(dataDir, false);
        }
    }

    private static List<String> ids(Store store) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles ORDER BY seq"); ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
            return out;
        });
    }

    /** The underlying store (for exports in the store's own formats). */
    public Store store() { return store; }

    @Override
    public synchronized boolean put(Document d) {
        IngestSummary s = store.ingestDocuments(List.of(d), options);
        if (s.stored() == 0) return false;
        view.put(d);
        return true;
    }

    @Override
    public Optional<Document> article(String id) { return view.article(id); }

    @Override
    public Page<Views.ArticleSummary> articles(int offset, int limit) { return view.articles(offset, limit); }

    @Override
    public Page<EventRow> events(EventFilter f, String sort, int offset, int limit) { return view.events(f, sort, offset, limit); }

    @Override
    public List<EventRow> allEvents(EventFilter f) { return view.allEvents(f); }

    @Override
    public Optional<Views.ActorProfile> actor(String code) { return view.actor(code); }

    @Override
    public Views.Network network(EventFilter f, int maxNodes) { return view.network(f, maxNodes); }

    @Override
    public List<Views.PeriodCount> counts(EventFilter f, String bucket) { return view.counts(f, bucket); }

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
    public List<Views.ActorCount> topActors(int n) { return view.topActors(n); }

    @Override
    public List<Views.PairCount> topPairs(int n) { return view.topPairs(n); }

    @Override
    public Views.Stats stats() { return view.stats(); }

    @Override
    public void close() {
        view.close();
        store.close();
    }
}
