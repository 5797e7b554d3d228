package org.rasd.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.model.Document;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;
import org.rasd.server.data.WorkbenchStore;
import org.rasd.server.watch.WatchMatch;
import org.rasd.server.watch.Watchlists;

/** The workbench's operations: extract without storing, ingest (extract, store, check watchlists). Thread-safe. */
public final class Workbench implements AutoCloseable {

    /** Turns a record into a document, or rejects it. */
    @FunctionalInterface
    public interface Extraction {
        Document extract(RawRecord r) throws RejectedRecordException;

        static Extraction of(Extractor e) { return e::extract; }
    }

    /** What an ingest did: the ids stored, the ids already present, the records rejected, the watchlist matches. */
    public record IngestReport(List<String> stored, List<String> duplicates, List<Reject> rejected, List<WatchMatch> matches) {}

    private final Extraction extraction;
    private final WorkbenchStore store;
    private final Watchlists watchlists;

    public Workbench(Extraction extraction, WorkbenchStore store, Watchlists watchlists) {
        this.extraction = extraction;
        this.store = store;
        this.watchlists = watchlists;
    }

    public WorkbenchStore store() { return store; }

    public Watchlists watchlists() { return watchlists; }

    public Document extract(RawRecord r) throws RejectedRecordException {
        return extraction.extract(r);
    }

    public IngestReport ingest(List<RawRecord> records) {
        List<String> stored = new ArrayList<>(), dups = new ArrayList<>();
        List<Reject> rejected = new ArrayList<>();
        List<WatchMatch> matches = new ArrayList<>();
        for (RawRecord r : records) {
            Document d;
            try {
                d = extraction.extract(r);
            } catch (RejectedRecordException e) {
                rejected.add(new Reject(r.origin(), e.getMessage()));
                continue;
            } catch (RuntimeException e) {
                rejected.add(new Reject(r.origin(), "extraction failed: " + e));
                continue;
            }
            ingestDocument(d, stored, dups, matches);
        }
        return new IngestReport(stored, dups, rejected, matches);
    }

    /** Stores an already extracted document and checks the watchlists. */
    public IngestReport ingestDocument(Document d) {
        List<String> stored = new ArrayList<>(), dups = new ArrayList<>();
        List<WatchMatch> matches = new ArrayList<>();
        ingestDocument(d, stored, dups, matches);
        return new IngestReport(stored, dups, List.of(), matches);
    }

    private void ingestDocument(Document d, List<String> stored, List<String> dups, List<WatchMatch> matches) {
        if (store.put(d)) {
            stored.add(d.id());
            matches.addAll(watchlists.check(d));
        } else {
            dups.add(d.id());
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
