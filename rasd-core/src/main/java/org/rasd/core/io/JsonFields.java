package org.rasd.core.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which JSON field holds which part of a record. Defaults read SaudiNewsNet-style records as they are
 * ({@code title}, {@code content}, {@code url}, {@code source}, {@code date_extracted}, {@code author}) and also
 * {@code id}, {@code date}, {@code text}. Each part may list several field names, the first present wins.
 */
public record JsonFields(List<String> id, List<String> title, List<String> text, List<String> url,
                         List<String> source, List<String> date, List<String> author) {
    public static JsonFields defaults() {
        return new JsonFields(List.of("id"), List.of("title", "headline"), List.of("content", "text", "body"),
                List.of("url", "link"), List.of("source", "publisher"), List.of("date", "published", "date_extracted"),
                List.of("author"));
    }

    /** Overrides from {@code part=field[,field...]} pairs, e.g. {@code text=body} or {@code date=pub_date,crawl_date}. */
    public JsonFields with(Map<String, String> overrides) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("id", id); m.put("title", title); m.put("text", text); m.put("url", url);
        m.put("source", source); m.put("date", date); m.put("author", author);
        for (var e : overrides.entrySet()) {
            if (!m.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown record part '" + e.getKey() + "' (id, title, text, url, source, date, author)");
            }
            m.put(e.getKey(), List.of(e.getValue().split(",")));
        }
        return new JsonFields(m.get("id"), m.get("title"), m.get("text"), m.get("url"), m.get("source"), m.get("date"), m.get("author"));
    }
}
