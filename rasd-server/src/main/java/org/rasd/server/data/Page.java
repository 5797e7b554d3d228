package org.rasd.server.data;

import java.util.List;

/** One page of a longer list: the items, the total count and where the page starts. */
public record Page<T>(List<T> items, int total, int offset, int limit) {
    public Page { items = List.copyOf(items); }
}
