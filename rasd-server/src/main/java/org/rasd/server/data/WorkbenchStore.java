package org.rasd.server.data;

import java.util.List;
import java.util.Optional;
import org.rasd.core.model.Document;

/**
 * What the workbench reads and writes. Implementations are thread-safe: many readers while one ingest writes.
 * {@link MemoryStore} keeps everything in memory with an append-only journal in the data directory; an adapter
 * over the DuckDB store (rasd-store) implements the same interface.
 */
public interface WorkbenchStore extends AutoCloseable {

    /** Stores a document; false when a document with the same id is already stored (nothing changes). */
    boolean put(Document d);

    Optional<Document> article(String id);

    Page<Views.ArticleSummary> articles(int offset, int limit);

    /** Events matching the filter, sorted ({@code date}, {@code -date}, {@code event}, {@code goldstein}, {@code -goldstein}, {@code actor}, {@code recipient}). */
    Page<EventRow> events(EventFilter f, String sort, int offset, int limit);

    /** All events matching the filter, in date order: for exports. */
    List<EventRow> allEvents(EventFilter f);

    Optional<Views.ActorProfile> actor(String code);

    Views.Network network(EventFilter f, int maxNodes);

    /** Counts per period: {@code day} or {@code month}. */
    List<Views.PeriodCount> counts(EventFilter f, String bucket);

    List<Views.SearchHit> search(String query, int limit);

    List<Views.ActorCount> topActors(int n);

    List<Views.PairCount> topPairs(int n);

    Views.Stats stats();

    @Override
    void close();
}
