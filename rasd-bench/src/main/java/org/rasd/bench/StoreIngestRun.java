package org.rasd.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.rasd.core.Extractor;
import org.rasd.core.model.RawRecord;
import org.rasd.store.IngestOptions;
import org.rasd.store.IngestProgress;
import org.rasd.store.IngestSummary;
import org.rasd.store.Store;

/**
 * Ingest into an empty embedded store (DuckDB and the Lucene index in a temporary directory, deleted afterwards):
 * extraction on N threads and the batched writes, as {@code rasd ingest} does, from the same in-memory records.
 * One timed pass (an ingest is long, and the extractor is already warm from the earlier stages).
 */
final class StoreIngestRun {
    static final String NAME = "ingest into the embedded store";

    Measurement measure(Extractor extractor, List<RawRecord> records, int threads) throws IOException {
        Path dir = Files.createTempDirectory("rasd-bench-store");
        try {
            System.gc();
            long t0;
            IngestSummary s;
            long peak;
            try (HeapSampler heap = new HeapSampler(); Store store = Store.open(dir.resolve("data"))) {
                t0 = System.nanoTime();
                s = store.ingest(sink -> records.forEach(sink::accept), extractor, new IngestOptions(threads, 256, "rasd-bench"),
                        IngestProgress.NONE);
                peak = heap.peakBytes();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            return new Measurement(NAME, threads, secs, List.of(secs), s.stored(), peak,
                    s.line());
        } finally {
            try (Stream<Path> w = Files.walk(dir)) {
                w.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
