package org.rasd.server.ui;

import java.util.List;
import org.rasd.core.model.Document;
import org.rasd.server.data.Page;
import org.rasd.server.data.Views;
import org.rasd.server.data.WorkbenchStore;

/** The list of stored articles, or the results of a full-text search; and the reader for one article. */
public final class ArticlesPage {
    private ArticlesPage() {}

    public static String render(WorkbenchStore store, String q, int offset) {
        Html h = new Html();
        h.raw("<h1>Articles</h1><form class=\"filters\" method=\"get\" action=\"/articles\"><label>Search <input type=\"search\" name=\"q\" lang=\"ar\" dir=\"auto\" size=\"30\"")
                .attr("value", q == null ? "" : q).raw("></label><button>Search</button></form>");
        if (q != null && !q.isBlank()) {
            List<Views.SearchHit> hits = store.search(q, 100);
            h.raw("<p>").text(hits.size()).raw(" articles match <b dir=\"auto\">").text(q).raw("</b> (clitics and spelling variants included).</p><ol class=\"hits\">");
            for (Views.SearchHit s : hits) {
                h.raw("<li><a").attr("href", "/articles/" + Html.url(s.articleId())).raw(" dir=\"auto\" lang=\"ar\">").text(s.title() == null ? s.articleId() : s.title())
                        .raw("</a> <span class=\"meta\">").text(s.date()).raw("</span><p class=\"snippet\" dir=\"rtl\" lang=\"ar\">");
                snippet(h, s);
                h.raw("</p></li>");
            }
            h.raw("</ol>");
        } else {
            Page<Views.ArticleSummary> p = store.articles(offset, 50);
            list(h, p.items());
            Pager.render(h, "/articles?", p);
        }
        return Layout.page("Articles", "articles", h.toString());
    }

    /** The snippet text, escaped, with the matched words in {@code <mark>}. */
    static void snippet(Html h, Views.SearchHit s) {
        String t = s.snippet() == null ? "" : s.snippet();
        int at = 0;
        for (Views.Mark m : s.marks()) {
            if (m.start() < at || m.end() > t.length() || m.end() <= m.start()) continue;
            h.text(t.substring(at, m.start())).raw("<mark>").text(t.substring(m.start(), m.end())).raw("</mark>");
            at = m.end();
        }
        h.text(t.substring(at));
    }

    public static void list(Html h, List<Views.ArticleSummary> items) {
        if (items.isEmpty()) {
            h.raw("<p class=\"empty\">No articles yet.</p>");
            return;
        }
        h.raw("<table class=\"data\"><tr><th>title</th><th>source</th><th>date</th><th>mentions</th><th>events</th><th>quality</th></tr>");
        for (Views.ArticleSummary a : items) {
            h.raw("<tr><td dir=\"auto\" lang=\"ar\"><a").attr("href", "/articles/" + Html.url(a.id())).raw(">").text(a.title() == null ? a.id() : a.title())
                    .raw("</a></td><td>").text(a.source()).raw("</td><td>").text(a.date()).raw("</td><td class=\"num\">").text(a.mentions())
                    .raw("</td><td class=\"num\">").text(a.events()).raw("</td><td>");
            for (String f : a.flags()) h.raw("<span class=\"flag\">").text(f).raw("</span> ");
            h.raw("</td></tr>");
        }
        h.raw("</table>");
    }

    public static String reader(Document d) {
        return Layout.page(d.title() == null ? "Article" : d.title(), "articles", ArticleView.render(d));
    }
}
