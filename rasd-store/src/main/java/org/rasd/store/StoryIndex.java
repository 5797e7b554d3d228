package org.rasd.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate lookup over MinHash signatures with locality-sensitive hashing: {@value #BANDS} bands of
 * {@value #ROWS} slots; articles sharing a band are candidates, and a candidate with estimated Jaccard similarity of
 * at least {@value #THRESHOLD} is a near-duplicate. A new article joins the story of its earliest such article, else
 * starts its own story (story id = its article id). Not thread-safe: the ingest writer owns it.
 */
final class StoryIndex {
    static final int BANDS = 16, ROWS = MinHash.SIZE / BANDS;
    static final double THRESHOLD = 0.5;

    private record Entry(int[] sig, String storyId, long order) {}

    private final List<Map<Long, List<Entry>>> bands = new ArrayList<>();
    private long order;

    StoryIndex() {
        for (int b = 0; b < BANDS; b++) bands.add(new HashMap<>());
    }

    /** The story of the earliest similar article, or null when none is similar (or the signature is null). */
    String find(int[] sig) {
        if (sig == null) return null;
        Entry best = null;
        for (int b = 0; b < BANDS; b++) {
            List<Entry> l = bands.get(b).get(band(sig, b));
            if (l == null) continue;
            for (Entry e : l) {
                if ((best == null || e.order() < best.order()) && MinHash.similarity(e.sig(), sig) >= THRESHOLD) best = e;
            }
        }
        return best == null ? null : best.storyId();
    }

    void add(int[] sig, String storyId) {
        if (sig == null) return;
        Entry e = new Entry(sig, storyId, order++);
        for (int b = 0; b < BANDS; b++) bands.get(b).computeIfAbsent(band(sig, b), k -> new ArrayList<>(1)).add(e);
    }

    private static long band(int[] sig, int b) {
        long h = b;
        for (int i = b * ROWS; i < (b + 1) * ROWS; i++) h = h * 0x100000001b3L ^ sig[i];
        return h;
    }
}
