package org.rasd.server.ui;

/** The page frame: head with the WebJars and the app's script, the navigation bar, the watchlist alert area. */
public final class Layout {
    public static final String HTMX = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";
    public static final String CHART = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    public static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

    private Layout() {}

    public static String page(String title, String active, String body, String... scripts) {
        Html h = new Html();
        h.raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(title).raw(" · Rasd</title>")
                .raw("<link rel=\"stylesheet\" href=\"/static/rasd.css\">")
                .raw("<script src=\"").raw(HTMX).raw("\" defer></script>");
        for (String s : scripts) h.raw("<script src=\"").raw(s).raw("\" defer></script>");
        h.raw("<script src=\"/static/rasd.js\" defer></script></head><body>");
        h.raw("<header class=\"top\"><a class=\"brand\" href=\"/\">Rasd <span lang=\"ar\">رصد</span></a><nav>");
        nav(h, "dashboard", "/", "Dashboard", active);
        nav(h, "articles", "/articles", "Articles", active);
        nav(h, "events", "/events", "Events", active);
        nav(h, "network", "/network", "Network", active);
        nav(h, "paste", "/paste", "Paste an article", active);
        nav(h, "watchlists", "/watchlists", "Watchlists", active);
        h.raw("</nav><form class=\"search\" action=\"/articles\" method=\"get\" role=\"search\">")
                .raw("<input type=\"search\" name=\"q\" placeholder=\"Search articles (Arabic or English)\" aria-label=\"Search articles\">")
                .raw("</form></header>");
        h.raw("<div id=\"alerts\" class=\"alerts\" aria-live=\"polite\"></div><main>").raw(body).raw("</main>");
        h.raw("<footer>Rasd — Arabic news to sourced political event data. API: <a href=\"/openapi.json\">/openapi.json</a></footer></body></html>");
        return h.toString();
    }

    private static void nav(Html h, String key, String href, String label, String active) {
        h.raw("<a");
        h.attr("href", href);
        if (key.equals(active)) h.raw(" class=\"active\" aria-current=\"page\"");
        h.raw(">").text(label).raw("</a>");
    }
}
