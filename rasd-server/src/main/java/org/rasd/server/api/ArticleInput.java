package org.rasd.server.api;

import org.rasd.core.model.RawRecord;
import org.rasd.server.data.BadRequestException;

/** An article as posted to the API: {@code text} is required, the rest optional. */
public record ArticleInput(String id, String title, String text, String source, String url, String date, String author) {
    public RawRecord toRecord(String origin) {
        if ((text == null || text.isBlank()) && (title == null || title.isBlank()))
            throw new BadRequestException(origin + ": 'text' is required (the article body)");
        return new RawRecord(origin, blank(id), blank(title), text == null ? "" : text, blank(source), blank(url), blank(date), blank(author));
    }

    private static String blank(String s) { return s == null || s.isBlank() ? null : s; }
}
