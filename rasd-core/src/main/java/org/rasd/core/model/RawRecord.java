package org.rasd.core.model;

/**
 * One record as read from an input, before any processing.
 *
 * @param origin where it came from, for error messages: {@code file}, {@code file:line} or {@code file#id}
 * @param id     an id given by the input, or null (the document id is then the content hash)
 * @param title  the title if the input gives one separately, or null (the first line of text is then the title)
 * @param text   the article body as read (never normalised)
 * @param source the publisher or feed, or null
 * @param url    the article address, or null
 * @param date   the article date as given (ISO date or date-time), or null
 * @param author the author, or null
 */
public record RawRecord(String origin, String id, String title, String text,
                        String source, String url, String date, String author) {
    public RawRecord {
        if (origin == null) throw new IllegalArgumentException("origin is required");
        if (text == null) text = "";
    }

    public static RawRecord ofText(String origin, String text) {
        return new RawRecord(origin, null, null, text, null, null, null, null);
    }
}
