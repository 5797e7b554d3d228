package org.rasd.core.model;

import java.util.List;

/**
 * A sentence: offsets into the document text; {@code flags} names the quality faults that touch it
 * (a sentence flagged duplicate_line, junk or boilerplate yields no events).
 */
public record Sentence(int index, int start, int end, String text, List<String> flags) {
    public Sentence {
        flags = List.copyOf(flags);
    }

    public boolean extractable() {
        return !(flags.contains("duplicate_line") || flags.contains("junk") || flags.contains("boilerplate"));
    }
}
