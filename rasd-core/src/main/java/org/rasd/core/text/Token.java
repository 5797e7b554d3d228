package org.rasd.core.text;

import java.util.List;

/**
 * A token of a sentence. {@code start}/{@code end} are UTF-16 offsets into the original document text
 * (so that {@code original.substring(start, end)} is the token as written); {@code norm} is its normalised
 * form, which starts at {@code normStart} in the document's {@link NormalizedText}.
 */
public final class Token {
    private final int index;
    private final int start;
    private final int end;
    private final int normStart;
    private final String norm;
    private final TokenKind kind;
    private final NormalizedText source;
    /**
     * Memoised {@link #segmentations()} and {@link #stems()}: every stage asks for them, often several times
     * per token. Published through a plain field (racy single-check): the record's final fields make its
     * contents visible with it, and a thread that sees null computes an equal value, so no lock is needed.
     */
    private Readings readings;

    private record Readings(List<Segmentation> segmentations, String[] stems) {}

    public Token(int index, int normStart, String norm, TokenKind kind, NormalizedText source) {
        this.index = index;
        this.normStart = normStart;
        this.norm = norm;
        this.kind = kind;
        this.source = source;
        this.start = source.toOriginal(normStart);
        this.end = source.toOriginalEnd(normStart + norm.length());
    }

    /** Position of the token in its sentence. */
    public int index() { return index; }

    public int start() { return start; }

    public int end() { return end; }

    public int normStart() { return normStart; }

    public String norm() { return norm; }

    public TokenKind kind() { return kind; }

    public boolean isWord() { return kind == TokenKind.WORD; }

    /** The token as written in the original text. */
    public String surface() { return source.original().substring(start, end); }

    /** Clitic segmentation candidates, the whole word first (computed on first demand, then memoised; unmodifiable). */
    public List<Segmentation> segmentations() { return readings().segmentations(); }

    /**
     * The stems of {@link #segmentations()}, in the same order (the event stage matches words against them
     * in every sentence). The array is shared: callers must not modify it.
     */
    public String[] stems() { return readings().stems(); }

    private Readings readings() {
        Readings r = readings;
        if (r == null) {
            Segmentation[] ss = kind == TokenKind.WORD ? CliticSegmenter.candidateArray(norm) : new Segmentation[] {new Segmentation("", norm, "")};
            String[] st = new String[ss.length];
            for (int k = 0; k < st.length; k++) st[k] = ss[k].stem();
            r = new Readings(List.of(ss), st);
            readings = r;
        }
        return r;
    }

    /** Original offset of the character at {@code k} in {@link #norm()} (0 ≤ k ≤ norm length). */
    public int originalOffset(int k) {
        return k >= norm.length() ? end : source.toOriginal(normStart + k);
    }

    /** Original span of a segmentation's stem: {start, end}. */
    public int[] stemSpan(Segmentation s) {
        return new int[] {originalOffset(s.stemStart()), s.stemEnd() >= norm.length() ? end : source.toOriginalEnd(normStart + s.stemEnd())};
    }

    @Override
    public String toString() { return norm; }
}
