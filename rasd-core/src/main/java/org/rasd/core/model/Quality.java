package org.rasd.core.model;

import java.util.List;

/** The quality report of a document: every cleaning change and fault, with offsets into the original text. */
public record Quality(List<QualityFlag> flags) {
    public Quality {
        flags = List.copyOf(flags);
    }

    public boolean has(String kind) {
        return flags.stream().anyMatch(f -> f.kind().equals(kind));
    }
}
