package org.rasd.store;

/**
 * How an ingest runs.
 *
 * @param threads   extraction threads
 * @param batchSize articles per write transaction
 * @param inputs    a description of the inputs, recorded in {@code ingest_runs}
 */
public record IngestOptions(int threads, int batchSize, String inputs) {
    public IngestOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more");
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be 1 or more");
    }

    public static IngestOptions defaults(String inputs) {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 256, inputs);
    }
}
