package org.rasd.core.text;

/**
 * Text normalised for matching, with a map from every normalised character back to the original text.
 * {@code toOriginal[i]} is the original (UTF-16) offset of normalised character {@code i};
 * {@code toOriginal[length]} is the original length, so a normalised span [a, b) maps to
 * the original span [toOriginal[a], toOriginal[b]) — never a display string, always a way back.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    /** The normalised characters (at least {@code length} of them): the tokenizer reads them without String.charAt. */
    private final char[] chars;
    /** At least {@code length + 1} entries; those after {@code length} are unused. */
    private final int[] toOriginal;

    NormalizedText(String original, char[] chars, int length, int[] toOriginal) {
        this.original = original;
        this.text = new String(chars, 0, length);
        this.chars = chars;
        this.toOriginal = toOriginal;
    }

    /** The normalised characters; only the first {@link #length()} count. Shared: callers must not modify it. */
    char[] chars() { return chars; }

    public String original() { return original; }

    /** The normalised text. */
    public String text() { return text; }

    public int length() { return text.length(); }

    /** Original offset of normalised offset {@code i} (0 ≤ i ≤ length). */
    public int toOriginal(int i) { return toOriginal[i]; }

    /** Original end offset for a normalised span ending (exclusively) at {@code end}. */
    public int toOriginalEnd(int end) {
        if (end <= 0) return toOriginal[0];
        // the end of the last character of the span, so that removed characters after it are excluded
        int last = toOriginal[end - 1];
        int stop = toOriginal[end];
        if (stop == last + 1) return stop; // nothing removed after the span's last character: the common case, no charAt
        int next = last + 1;
        if (next < original.length() && Character.isLowSurrogate(original.charAt(next))) next++;
        return Math.min(next, stop);
    }

    /** Smallest normalised offset whose original offset is at or after {@code orig}. */
    public int fromOriginal(int orig) {
        int lo = 0, hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOriginal[mid] < orig) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
