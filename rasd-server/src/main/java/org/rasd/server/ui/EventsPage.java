package org.rasd.server.ui;

import java.util.Locale;
import org.rasd.core.model.Event;
import org.rasd.server.data.EventFilter;
import org.rasd.server.data.EventRow;
import org.rasd.server.data.Page;
import org.rasd.server.data.WorkbenchStore;

/** The events table: the API's filters, sortable columns, paging and CSV download. */
public final class EventsPage {
    private EventsPage() {}

    public static String render(WorkbenchStore store, EventFilter f, String sort, int offset) {
        String s = sort == null || sort.isBlank() ? "-date" : sort;
        Page<EventRow> p = store.events(f, s, offset, 100);
        String q = f.toQuery();
        Html h = new Html();
        h.raw("<h1>Events</h1><form class=\"filters\" method=\"get\" action=\"/events\">");
        Forms.filterFields(h, f, true, store.topActors(300));
        h.raw("<input type=\"hidden\" name=\"sort\"").attr("value", s).raw(">");
        h.raw("<button type=\"submit\">Filter</button> <a class=\"button-link\" href=\"/events\">Clear</a></form>");
        h.raw("<p class=\"actions\">").text(p.total()).raw(" events · download ")
                .a("/api/export/csv" + (q.isEmpty() ? "" : "?" + q), "CSV").raw(" · ")
                .a("/api/export/plover" + (q.isEmpty() ? "" : "?" + q), "PLOVER JSONL").raw(" · ")
                .a("/api/export/gdelt" + (q.isEmpty() ? "" : "?" + q), "GDELT Events").raw(" + ")
                .a("/api/export/gdelt-mentions" + (q.isEmpty() ? "" : "?" + q), "Mentions").raw(" · ")
                .a("/api/export/parquet" + (q.isEmpty() ? "" : "?" + q), "Parquet").raw(" · ")
                .a("/network" + (q.isEmpty() ? "" : "?" + q), "see as network").raw(" · ")
                .a("/watchlists?" + q, "watch this filter").raw("</p>");
        h.raw("<table class=\"data events\" id=\"events-table\"><thead><tr>");
        th(h, "date", "date", s, q);
        th(h, "category", "event", s, q);
        th(h, "actor", "actor", s, q);
        th(h, "recipient", "recipient", s, q);
        h.raw("<th>modality</th><th>gloss</th>");
        th(h, "Goldstein", "goldstein", s, q);
        h.raw("<th title=\"reports of the same deduplicated event: mentions · articles · sources\">reports</th><th>article</th></tr></thead><tbody>");
        for (EventRow r : p.items()) {
            Event e = r.event();
            h.raw("<tr><td>").text(r.date()).raw("</td><td><span class=\"cat q").text(e.quadClass()).raw("\">").text(e.event()).raw("</span></td><td>");
            ArticleView.actors(h, e.actor());
            h.raw("</td><td>");
            ArticleView.actors(h, e.recipient());
            h.raw("</td><td>").text(e.modality()).raw("</td><td>").text(e.gloss()).raw("</td><td class=\"num ")
                    .raw(e.goldstein() < 0 ? "neg" : "pos").raw("\">").text(String.format(Locale.ROOT, "%+.1f", e.goldstein()))
                    .raw("</td><td class=\"num\">").text(reports(r.canonical())).raw("</td><td dir=\"auto\" lang=\"ar\"><a").attr("href", "/articles/" + Html.url(r.articleId()) + "#card-" + e.id()).raw(">")
                    .text(r.articleTitle() == null ? r.articleId() : shorten(r.articleTitle())).raw("</a></td></tr>");
        }
        h.raw("</tbody></table>");
        if (p.items().isEmpty()) h.raw("<p class=\"empty\">No events match this filter.</p>");
        Pager.render(h, "/events?" + (q.isEmpty() ? "" : q + "&") + "sort=" + Html.url(s) + "&", p);
        return Layout.page("Events", "events", h.toString());
    }

    private static void th(Html h, String label, String key, String sort, String q) {
        String next = sort.equals(key) ? "-" + key : key;
        String mark = sort.equals(key) ? " ▲" : sort.equals("-" + key) ? " ▼" : "";
        h.raw("<th><a class=\"sort\"").attr("href", "/events?" + (q.isEmpty() ? "" : q + "&") + "sort=" + Html.url(next)).raw(">")
                .text(label + mark).raw("</a></th>");
    }

    /** The canonical event's counts: mentions · articles · sources. */
    private static String reports(EventRow.Canonical k) {
        return k == null ? "" : k.numMentions() + " · " + k.numArticles() + " · " + k.numSources();
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
