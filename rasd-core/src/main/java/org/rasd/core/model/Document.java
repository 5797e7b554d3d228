package org.rasd.core.model;

import java.util.List;

/**
 * An extracted document: the output unit of the pipeline. All offsets are Unicode code points into {@code text},
 * which is the original text as read (never normalised).
 */
public record Document(String schema, String id, String externalId, String origin, String title, String section, String source, String url,
                       String author, String date, String language, String text, Quality quality,
                       List<Sentence> sentences, List<Mention> mentions, List<Event> events) {
    public static final String SCHEMA_VERSION = "rasd.document/1";

    public Document {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }
}
