package org.rasd.core.text;

import java.util.Arrays;

/**
 * The lines of one article seen so far, by their duplicate key: the line's letters and digits (normalised),
 * when there are at least eight of them (short lines repeat legitimately). A key is kept as its hash, length
 * and line span, never as a String or a copy: the hash is taken in one pass over the line, and only lines whose
 * hash and length equal an earlier line's are compared, key character by key character, in the normalised text
 * itself. Not thread-safe: one per article.
 */
final class SeenLines {
    private static final int MIN_KEY = 8;
    private final char[] norm;
    private int[] hashes = new int[16], lengths = new int[16], froms = new int[16], tos = new int[16];
    private int size;

    /** For the normalised characters of an article (lines are spans of them). */
    SeenLines(char[] norm) {
        this.norm = norm;
    }

    /**
     * Records the line at normalised [from, to); true when an earlier line had the same key (the line is a
     * duplicate and is not recorded again). Lines with a key under eight characters are never duplicates.
     */
    boolean isDuplicate(int from, int to) {
        int h = 0, n = 0;
        for (int i = from; i < to; i++) {
            char c = norm[i];
            if (isKey(c)) {
                h = 31 * h + c;
                n++;
            }
        }
        if (n < MIN_KEY) return false;
        for (int j = 0; j < size; j++) {
            if (hashes[j] == h && lengths[j] == n && sameKey(froms[j], tos[j], from, to)) return true;
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

    /** Whether normalised [a, aEnd) and [b, bEnd), whose keys have the same length, have the same key characters. */
    private boolean sameKey(int a, int aEnd, int b, int bEnd) {
        while (true) {
            while (a < aEnd && !isKey(norm[a])) a++;
            while (b < bEnd && !isKey(norm[b])) b++;
            if (a == aEnd || b == bEnd) return a == aEnd && b == bEnd;
            if (norm[a++] != norm[b++]) return false;
        }
    }

    /** A letter or digit: the characters of a key. */
    private static boolean isKey(char c) {
        // U+0621..U+064A are all letters (tatweel U+0640 is a modifier letter), and ASCII is told by range:
        // the Unicode table is searched only for the rest
        return c >= '\u0621' && c <= '\u064A' || (c < 0x80 ? c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                : Character.isLetterOrDigit(c));
    }
}
