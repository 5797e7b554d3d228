package org.rasd.store;

/**
 * What an ingest did. {@code read = stored + duplicates + rejected} always; {@code nearDuplicates} counts stored
 * articles that joined an existing story cluster (they are part of {@code stored}).
 */
public record IngestSummary(long runId, long read, long stored, long duplicates, long rejected, long nearDuplicates,
                            long events, double seconds) {
    public boolean addsUp() { return read == stored + duplicates + rejected; }

    public double articlesPerSecond() { return seconds <= 0 ? 0 : read / seconds; }

    public String line() {
        return String.format("%d read, %d stored, %d duplicate, %d rejected (%d near-duplicates joined a story, %d events) in %.1f s, %.0f articles/s",
                read, stored, duplicates, rejected, nearDuplicates, events, seconds, articlesPerSecond());
    }
}
