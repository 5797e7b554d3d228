package org.rasd.core.lexicon;

import java.util.Collection;

/**
 * A compact membership pre-test for the keys of a lexicon index (a one-hash Bloom filter over
 * {@link String#hashCode()}): {@code false} means certainly absent, {@code true} means "look it up".
 * Most words of a sentence are in no index; their stems already carry a cached hash code, so rejecting
 * them costs one bit test in a small array that stays in the CPU cache, instead of a probe into a large
 * hash map. Filled while its index is built ({@link #add}), read-only afterwards; thread-safe once
 * published with its index.
 */
public final class HashFilter {
    private final long[] bits;
    private final int mask;

    private HashFilter(long[] bits) {
        this.bits = bits;
        this.mask = bits.length * 64 - 1;
    }

    /** An empty filter sized for about {@code expectedKeys} keys (16 bits a key: a few percent of false positives). */
    public HashFilter(int expectedKeys) {
        this(new long[size(expectedKeys) / 64]);
    }

    private static int size(int expectedKeys) {
        int size = 64;
        while (size < expectedKeys * 16L && size < (1 << 24)) size <<= 1;
        return size;
    }

    /** A filter for these keys. */
    public static HashFilter of(Collection<String> keys) {
        HashFilter f = new HashFilter(keys.size());
        for (String k : keys) f.add(k);
        return f;
    }

    /** Adds a key (while the index that owns the filter is built). */
    public void add(String key) {
        int b = spread(key.hashCode()) & mask;
        bits[b >>> 6] |= 1L << b;
    }

    /** False when {@code key} is certainly not one of the keys. */
    public boolean mightContain(String key) { return mightContainHash(key.hashCode()); }

    /**
     * False when no key has this {@link String#hashCode()}: lets a caller test a string it has not built
     * yet, from a hash it computed over characters (as {@code PhraseIndex} does for a word's proclitic stems).
     */
    public boolean mightContainHash(int hash) {
        int b = spread(hash) & mask;
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    private static int spread(int h) { return h ^ (h >>> 16) ^ (h >>> 7); }
}
