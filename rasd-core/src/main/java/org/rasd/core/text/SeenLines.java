package org.rasd.core.text;

import java.util.Arrays;

/**
 * The lines of one article seen so far, by their duplicate key: the line's letters and digits (normalised),
 * when there are at least eight of them (short lines repeat legitimately). A key is kept as its hash, length
 * and line span, never as a String: only lines whose hash and length equal an earlier line's are compared
 * character by character (a key is rebuilt from the normalised text then). Not thread-safe: one per article.
 */
final class SeenLines {
    private static final int MIN_KEY = 8;
    private final char[] norm;
    private final char[] key, other;
    private int[] hashes = new int[16], lengths = new int[16], froms = new int[16], tos = new int[16];
    private int size;

    /** For the normalised characters of an article ({@code length} of them count). */
    SeenLines(char[] norm, int length) {
        this.norm = norm;
        this.key = new char[length];
        this.other = new char[length];
    }

    /**
     * Records the line at normalised [from, to); true when an earlier line had the same key (the line is a
     * duplicate and is not recorded again). Lines with a key under eight characters are never duplicates.
     */
    boolean isDuplicate(int from, int to) {
        int n = key(from, to, key);
        if (n < MIN_KEY) return false;
        int h = 0;
        for (int i = 0; i < n; i++) h = 31 * h + key[i];
        for (int j = 0; j < size; j++) {
            if (hashes[j] == h && lengths[j] == n && key(froms[j], tos[j], other) == n && Arrays.equals(key, 0, n, other, 0, n)) return true;
        }
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            froms = Arrays.copyOf(froms, size * 2);
            tos = Arrays.copyOf(tos, size * 2);
        }
        hashes[size] = h;
        lengths[size] = n;
        froms[size] = from;
        tos[size] = to;
        size++;
        return false;
    }

    /** Writes the key of normalised [from, to) into {@code out}; returns its length. */
    private int key(int from, int to, char[] out) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = norm[i];
            // U+0621..U+064A are all letters (tatweel U+0640 is a modifier letter), and ASCII is told by range:
            // the Unicode table is searched only for the rest
            if (c >= '\u0621' && c <= '\u064A' || (c < 0x80 ? c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    : Character.isLetterOrDigit(c))) out[n++] = c;
        }
        return n;
    }
}
