package org.rasd.server.ui;

import java.util.List;
import org.rasd.server.data.EventFilter;
import org.rasd.server.watch.WatchMatch;
import org.rasd.server.watch.Watchlist;

/** Saved filters, the form to add one, and the latest matches (updated live). */
public final class WatchlistsPage {
    private WatchlistsPage() {}

    public static String render(List<Watchlist> lists, List<WatchMatch> matches, EventFilter draft, String error, List<org.rasd.server.data.Views.ActorCount> actors) {
        Html h = new Html();
        h.raw("<h1>Watchlists</h1><p class=\"hint\">A watchlist is a saved event filter. Every article ingested afterwards is checked against it; ")
                .raw("matches appear below and pop up on every open Rasd page, and can be POSTed as JSON to a webhook URL.</p>")
                .raw("<p class=\"hint\">Examples: actor <code>MAR</code> with categories THREATEN and ASSAULT; or actor <code>POLISARIO</code> on either side for any event involving the Polisario Front.</p>");
        if (error != null) h.raw("<p class=\"error\" id=\"watch-error\">").text(error).raw("</p>");
        h.raw("<section class=\"panel\"><h2>New watchlist</h2><form class=\"filters\" id=\"watch-form\" method=\"post\" action=\"/watchlists\">");
        h.raw("<label>Name <input name=\"name\" id=\"watch-name\" required placeholder=\"e.g. Morocco threats\" size=\"20\"></label>");
        Forms.filterFields(h, draft.isEmpty() ? new EventFilter(null, null, null, null, null, null, null, true) : draft, true, actors);
        h.raw("<label>Webhook <input name=\"webhook\" type=\"url\" placeholder=\"https://… (optional)\" size=\"24\"></label>");
        h.raw("<button type=\"submit\" id=\"watch-save\">Save watchlist</button></form></section>");
        h.raw("<section class=\"panel\"><h2>Saved</h2>");
        if (lists.isEmpty()) h.raw("<p class=\"empty\">No watchlists yet.</p>");
        else {
            h.raw("<table class=\"data\" id=\"watchlists\"><tr><th>name</th><th>filter</th><th>webhook</th><th></th></tr>");
            for (Watchlist w : lists) {
                h.raw("<tr><td>").text(w.name()).raw("</td><td><a").attr("href", "/events?" + w.filter().toQuery()).raw(">").text(describe(w.filter()))
                        .raw("</a></td><td>").text(w.webhook() == null ? "—" : w.webhook()).raw("</td><td><form method=\"post\"")
                        .attr("action", "/watchlists/" + Html.url(w.id()) + "/delete").raw("><button class=\"small\">delete</button></form></td></tr>");
            }
            h.raw("</table>");
        }
        h.raw("</section><section class=\"panel\"><h2>Latest matches</h2><ul id=\"matches\" class=\"matches\">");
        for (WatchMatch m : matches) match(h, m);
        h.raw("</ul>");
        if (matches.isEmpty()) h.raw("<p class=\"empty\" id=\"no-matches\">No matches yet: they appear here when a new article is ingested.</p>");
        h.raw("</section>");
        return Layout.page("Watchlists", "watchlists", h.toString());
    }

    static void match(Html h, WatchMatch m) {
        h.raw("<li class=\"match\"><b>").text(m.watchlistName()).raw("</b>: <span class=\"cat\">").text(m.event()).raw("</span> ")
                .text(m.actor()).raw(" → ").text(m.recipient()).raw(" — ").text(m.gloss()).raw(" <a")
                .attr("href", "/articles/" + Html.url(m.articleId()) + "#card-" + m.eventId()).raw(" dir=\"auto\">").text(m.articleTitle())
                .raw("</a> <span class=\"meta\">").text(m.date()).raw("</span></li>");
    }

    public static String describe(EventFilter f) {
        StringBuilder b = new StringBuilder();
        if (f.actor() != null) b.append(f.either() ? "involving " : "by ").append(f.actor()).append(' ');
        if (f.recipient() != null) b.append("toward ").append(f.recipient()).append(' ');
        if (!f.categories().isEmpty()) b.append(String.join(" or ", f.categories())).append(' ');
        if (f.modality() != null) b.append(f.modality()).append(' ');
        if (f.from() != null) b.append("from ").append(f.from()).append(' ');
        if (f.to() != null) b.append("to ").append(f.to()).append(' ');
        if (f.text() != null) b.append("with \"").append(f.text()).append("\" ");
        return b.toString().trim();
    }
}
