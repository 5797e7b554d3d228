package org.rasd.server.ui;

import java.util.List;
import java.util.Locale;
import org.rasd.core.io.DocumentJson;
import org.rasd.server.data.EventRow;
import org.rasd.server.data.Views;

/** Who an actor is, its timeline, its partners and adversaries, its latest events. */
public final class ActorPage {
    private ActorPage() {}

    public static String render(Views.ActorProfile a) throws Exception {
        Html h = new Html();
        h.raw("<h1>").text(a.names().isEmpty() ? a.code() : a.names().get(0)).raw(" <code>").text(a.code()).raw("</code></h1>");
        h.raw("<dl class=\"profile\">");
        if (a.names().size() > 1) h.raw("<dt>also written</dt><dd dir=\"auto\" lang=\"ar\">").text(String.join(" · ", a.names())).raw("</dd>");
        if (a.type() != null) h.raw("<dt>type</dt><dd>").text(a.type()).raw("</dd>");
        if (a.country() != null) h.raw("<dt>country</dt><dd>").text(a.country()).raw("</dd>");
        if (a.sector() != null) h.raw("<dt>sector</dt><dd>").text(a.sector()).raw("</dd>");
        h.raw("<dt>events</dt><dd>").text(a.events()).raw(" (").text(a.asActor()).raw(" as actor, ").text(a.asRecipient()).raw(" as recipient) · ")
                .a("/events?either=true&actor=" + Html.url(a.code()), "all events").raw(" · ")
                .a("/network?either=true&actor=" + Html.url(a.code()), "network").raw(" · ")
                .a("/watchlists?either=true&actor=" + Html.url(a.code()), "watch this actor").raw("</dd></dl>");
        h.raw("<section class=\"panel\"><h2>Timeline (events per month)</h2><div class=\"chart-box small\"><canvas id=\"chart-actor\"></canvas></div></section>");
        h.raw("<script type=\"application/json\" id=\"chart-data\">").raw(Html.jsonBlock(DocumentJson.mapper().writeValueAsString(a.timeline()))).raw("</script>");
        h.raw("<div class=\"grid2\"><section class=\"panel\"><h2>Partners (mean Goldstein ≥ 0)</h2>");
        counterparts(h, a.partners(), a.code());
        h.raw("</section><section class=\"panel\"><h2>Adversaries (mean Goldstein &lt; 0)</h2>");
        counterparts(h, a.adversaries(), a.code());
        h.raw("</section></div><section class=\"panel\"><h2>Latest events</h2><ul class=\"timeline\">");
        for (EventRow r : a.recent()) {
            h.raw("<li><span class=\"meta\">").text(r.date()).raw("</span> <span class=\"cat q").text(r.event().quadClass()).raw("\">")
                    .text(r.event().event()).raw("</span> ");
            ArticleView.actors(h, r.event().actor());
            h.raw(" → ");
            ArticleView.actors(h, r.event().recipient());
            h.raw(" — ").text(r.event().gloss()).raw(" (").a("/articles/" + Html.url(r.articleId()) + "#card-" + r.event().id(), "article").raw(")</li>");
        }
        h.raw("</ul></section>");
        return Layout.page(a.code(), "", h.toString(), Layout.CHART);
    }

    private static void counterparts(Html h, List<Views.Counterpart> l, String self) {
        if (l.isEmpty()) {
            h.raw("<p class=\"empty\">None.</p>");
            return;
        }
        h.raw("<table class=\"data\"><tr><th>actor</th><th>events</th><th>mean Goldstein</th></tr>");
        for (Views.Counterpart c : l) {
            h.raw("<tr><td><a").attr("href", "/actors/" + Html.url(c.code())).raw(">").text(c.name()).raw(" <code>").text(c.code())
                    .raw("</code></a></td><td class=\"num\"><a").attr("href", "/events?either=true&actor=" + Html.url(self) + "&q=").raw(">").text(c.events())
                    .raw("</a></td><td class=\"num ").raw(c.meanGoldstein() < 0 ? "neg" : "pos").raw("\">")
                    .text(String.format(Locale.ROOT, "%+.1f", c.meanGoldstein())).raw("</td></tr>");
        }
        h.raw("</table>");
    }
}
