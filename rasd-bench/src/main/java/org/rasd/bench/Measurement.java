package org.rasd.bench;

import java.util.List;

/**
 * One stage at one degree of parallelism.
 *
 * @param stage     the stage's name
 * @param threads   threads (or Spark cores)
 * @param seconds   the best of the timed passes
 * @param passes    every timed pass, in seconds
 * @param counted   what the stage counted in one pass (tokens for the floor, sentences for Rasd)
 * @param peakHeap  the peak used heap sampled during the timed passes, bytes (-1: not measured here)
 * @param note      anything the reader must know about this row, or empty
 * @param warmups   untimed passes before the timed ones (-1: not counted here)
 */
public record Measurement(String stage, int threads, double seconds, List<Double> passes, long counted, long peakHeap, String note, int warmups) {
    public Measurement(String stage, int threads, double seconds, List<Double> passes, long counted, long peakHeap, String note) {
        this(stage, threads, seconds, passes, counted, peakHeap, note, -1);
    }

    public double mbPerSecond(BenchInput in) { return in.megabytes() / seconds; }

    public double articlesPerSecond(BenchInput in) { return in.records().size() / seconds; }

    public double sentencesPerSecondPerCore(long sentences) { return sentences / seconds / threads; }
}
