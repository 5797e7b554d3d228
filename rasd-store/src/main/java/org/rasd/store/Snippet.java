package org.rasd.store;

import java.util.List;

/**
 * A passage of an article's original text around the matches, with the matched words as ranges into
 * {@code text} (UTF-16 offsets). The text is raw: escape it before putting it into HTML.
 */
public record Snippet(String text, List<Range> highlights) {
    public record Range(int start, int end) {}

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** The snippet with each highlight wrapped in the given marks, e.g. {@code «} and {@code »}. */
    public String marked(String open, String close) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Range r : highlights) {
            b.append(text, at, r.start()).append(open).append(text, r.start(), r.end()).append(close);
            at = r.end();
        }
        return b.append(text.substring(at)).toString();
    }
}
