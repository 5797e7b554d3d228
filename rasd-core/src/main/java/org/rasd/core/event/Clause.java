package org.rasd.core.event;

/**
 * A clause of a sentence: tokens [first, end), how it was opened (MAIN, COMPLEMENT after أن/إن/بأن,
 * RELATIVE after الذي/التي, OPENER after حيث/بعد أن/..., QUOTE after a colon or quotation mark) and the
 * clause it depends on (-1 for the first).
 */
public record Clause(int index, int first, int end, Kind kind, int parent) {
    public enum Kind { MAIN, COMPLEMENT, RELATIVE, OPENER, QUOTE }

    public boolean contains(int token) { return token >= first && token < end; }
}
