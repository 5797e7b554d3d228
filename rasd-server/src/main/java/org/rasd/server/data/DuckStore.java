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
    private final MemoryStore view = MemoryStore.inMemory();
    private final IngestOptions options = new IngestOptions(1, 1, "rasd serve");

    private DuckStore(Store store) {
        this.store = store;
    }

    /** Opens (creating if needed) the store in a data directory and loads its documents into the view. */
    public static DuckStore open(Path dataDir) {
        DuckStore s = new DuckStore(Store.open(dataDir));
        try {
            for (String id : s.ids()) s.store.article(id).ifPresent(s.view::put);
        } catch (RuntimeException e) {
            s.store.close();
            throw e;
        }
        return s;
    }

    private List<String> ids() {
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
