package org.rasd.server.ui;

import org.rasd.server.data.EventFilter;

/** Actors as nodes, edges weighted by event counts and coloured by the sign of the mean Goldstein score. */
public final class NetworkPage {
    private NetworkPage() {}

    public static String render(EventFilter f, java.util.List<org.rasd.server.data.Views.ActorCount> actors) {
        Html h = new Html();
        h.raw("<h1>Actor network</h1><form class=\"filters\" method=\"get\" action=\"/network\">");
        Forms.filterFields(h, f, true, actors);
        h.raw("<button type=\"submit\">Show</button> <a class=\"button-link\" href=\"/network\">Clear</a></form>");
        h.raw("<p class=\"legend\"><span class=\"edge pos\">cooperation (mean Goldstein &gt; 0)</span> <span class=\"edge neg\">conflict (&lt; 0)</span> ")
                .raw("<span class=\"edge zero\">neutral</span> — thicker edges carry more events; click an actor to open its page.</p>");
        h.raw("<div id=\"network\" class=\"network\"").attr("data-src", "/api/network" + (f.isEmpty() ? "" : "?" + f.toQuery())).raw("></div>");
        h.raw("<p id=\"network-empty\" class=\"empty\" hidden>No actor pairs match this filter.</p>");
        return Layout.page("Network", "network", h.toString(), Layout.CYTOSCAPE);
    }
}
