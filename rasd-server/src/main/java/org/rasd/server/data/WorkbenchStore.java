package org.rasd.server.data;

import java.util.List;
import java.util.Optional;
import org.rasd.core.model.Document;

/**
 * What the workbench reads and writes. Implementations are thread-safe: many readers while one ingest writes.
 * {@link DuckStore} implements it over the DuckDB store (rasd-store), the system of record.
 */
public interface WorkbenchStore extends AutoCloseable {

    /** Stores a document; false when a document with the same id is already stored (nothing changes). */
    boolean put(Document d);

    Optional<Document> article(String id);

    Page<Views.ArticleSummary> articles(int offset, int limit);

    /** Events matching the filter, sorted ({@code date}, {@code -date}, {@code event}, {@code goldstein}, {@code -goldstein}, {@code actor}, {@code recipient}). */
    Page<EventRow> events(EventFilter f, String sort, int offset, int limit);

    /** Writes the events matching the filter with the store's exporter (the formats of {@code rasd export}). */
    org.rasd.store.ExportResult export(EventFilter f, org.rasd.store.ExportFormat format, java.nio.file.Path out);

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
