package org.rasd.store;

import java.util.List;

/** The hits of one page of a search, and how many articles match in all. */
public record SearchResult(long total, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
