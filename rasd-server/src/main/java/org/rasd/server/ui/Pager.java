package org.rasd.server.ui;

import org.rasd.server.data.Page;

/** Previous / next links for a page of results. */
final class Pager {
    private Pager() {}

    static void render(Html h, String base, Page<?> p) {
        h.raw("<nav class=\"pager\">");
        int to = Math.min(p.total(), p.offset() + p.items().size());
        h.text(p.total() == 0 ? "0" : (p.offset() + 1) + "–" + to).raw(" of ").text(p.total()).raw(" ");
        if (p.offset() > 0) h.a(base + "offset=" + Math.max(0, p.offset() - p.limit()), "← previous");
        if (to < p.total()) h.raw(" ").a(base + "offset=" + to, "next →");
        h.raw("</nav>");
    }
}
