package org.rasd.server.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.rasd.core.io.DocumentJson;
import org.rasd.server.data.EventFilter;
import org.rasd.server.data.Views;
import org.rasd.server.data.WorkbenchStore;

/** Articles and events over time, cooperation against conflict, the most active actors and pairs. */
public final class DashboardPage {
    private DashboardPage() {}

    public static String render(WorkbenchStore store) throws Exception {
        ObjectMapper json = DocumentJson.mapper();
        Views.Stats st = store.stats();
        List<Views.PeriodCount> days = store.counts(EventFilter.ANY, "day");
        Html h = new Html();
        h.raw("<h1>Dashboard</h1><div class=\"stats\">");
        stat(h, st.articles(), "articles", "/articles");
        stat(h, st.events(), "events", "/events");
        stat(h, st.canonicalEvents(), "distinct events (deduplicated across articles)", "/events");
        stat(h, st.mentions(), "actor mentions", "/articles");
        stat(h, st.actors(), "actors in events", "/network");
        h.raw("</div>");
        if (st.articles() == 0) {
            h.raw("<p class=\"hint\">The store is empty. <a href=\"/paste\">Paste an Arabic article</a> to see what Rasd extracts, ")
                    .raw("then press <em>Save to the store</em>; or run <code>rasd ingest FILE</code>.</p>");
        }
        h.raw("<div class=\"grid2\"><section class=\"panel\"><h2>Articles and events over time</h2><div class=\"chart-box\"><canvas id=\"chart-volume\"></canvas></div></section>");
        h.raw("<section class=\"panel\"><h2>Cooperation vs conflict (Goldstein sign)</h2><div class=\"chart-box\"><canvas id=\"chart-coop\"></canvas></div></section></div>");
        h.raw("<script type=\"application/json\" id=\"chart-data\">").raw(Html.jsonBlock(json.writeValueAsString(days))).raw("</script>");
        h.raw("<div class=\"grid2\"><section class=\"panel\"><h2>Most active actors</h2><table class=\"data\"><tr><th>actor</th><th>events</th></tr>");
        for (Views.ActorCount a : store.topActors(15)) {
            h.raw("<tr><td><a").attr("href", "/actors/" + Html.url(a.code())).raw(">").text(a.name()).raw(" <code>").text(a.code())
                    .raw("</code></a></td><td class=\"num\">").text(a.events()).raw("</td></tr>");
        }
        h.raw("</table></section><section class=\"panel\"><h2>Most active pairs</h2><table class=\"data\"><tr><th>actor → recipient</th><th>events</th><th>mean Goldstein</th></tr>");
        for (Views.PairCount p : store.topPairs(15)) {
            h.raw("<tr><td><a").attr("href", "/events?actor=" + Html.url(p.actor()) + "&recipient=" + Html.url(p.recipient())).raw(">")
                    .text(p.actor()).raw(" → ").text(p.recipient()).raw("</a></td><td class=\"num\">").text(p.events())
                    .raw("</td><td class=\"num ").raw(p.meanGoldstein() < 0 ? "neg" : "pos").raw("\">")
                    .text(String.format(Locale.ROOT, "%+.1f", p.meanGoldstein())).raw("</td></tr>");
        }
        h.raw("</table></section></div>");
        h.raw("<section class=\"panel\"><h2>Latest articles</h2>");
        ArticlesPage.list(h, store.articles(0, 10).items());
        h.raw("</section>");
        return Layout.page("Dashboard", "dashboard", h.toString(), Layout.CHART);
    }

    private static void stat(Html h, int n, String label, String href) {
        h.raw("<a class=\"stat\"").attr("href", href).raw("><b>").text(n).raw("</b><span>").text(label).raw("</span></a>");
    }
}
