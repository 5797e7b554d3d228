package org.rasd.store;

/** Told after each committed batch of an ingest, and once at the end. Called on the ingesting thread. */
public interface IngestProgress {
    IngestProgress NONE = (done, stored, duplicates, rejected, seconds, finished) -> {};

    /** {@code done} records read and settled so far (committed), in {@code seconds} since the start. */
    void update(long done, long stored, long duplicates, long rejected, double seconds, boolean finished);

    /** Told of each rejected record once its batch is committed (the rejects table has it too). */
    default void rejected(org.rasd.core.model.Reject reject) {}
}
