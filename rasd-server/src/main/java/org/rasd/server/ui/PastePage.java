package org.rasd.server.ui;

import org.rasd.core.model.Document;

/** Paste an Arabic article and see the extraction as you paste; optionally save it to the store. */
public final class PastePage {
    private PastePage() {}

    public static String render(String text, String resultHtml) {
        Html h = new Html();
        h.raw("<h1>Paste an article</h1><p class=\"hint\">Paste Arabic news text below: Rasd shows the actors and events it finds as soon as you stop typing. ")
                .raw("Nothing is stored until you press <em>Save to the store</em>.</p>");
        h.raw("<form id=\"paste-form\" method=\"post\" action=\"/paste\" hx-post=\"/ui/extract\" hx-target=\"#paste-result\" ")
                .raw("hx-trigger=\"submit, input changed delay:800ms from:#paste-text\">");
        h.raw("<div class=\"row\"><input name=\"title\" id=\"paste-title\" placeholder=\"Title (optional: else the first line)\" dir=\"auto\" size=\"60\"> ")
                .raw("<label>Date <input type=\"date\" name=\"date\" id=\"paste-date\"").attr("value", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()).raw("></label> ")
                .raw("<label>Source <input name=\"source\" id=\"paste-source\" placeholder=\"optional\" size=\"16\"></label></div>");
        h.raw("<textarea id=\"paste-text\" name=\"text\" dir=\"rtl\" lang=\"ar\" rows=\"10\" placeholder=\"الصق نص المقال هنا\" required>")
                .text(text == null ? "" : text).raw("</textarea>");
        h.raw("<div class=\"row\"><button type=\"submit\" id=\"paste-extract\">Extract</button> ")
                .raw("<button type=\"submit\" id=\"paste-save\" formaction=\"/paste/save\" hx-post=\"/paste/save\" hx-target=\"body\" hx-push-url=\"true\">Save to the store</button>")
                .raw(" <span class=\"htmx-indicator\">working…</span></div></form>");
        h.raw("<div id=\"paste-result\">").raw(resultHtml == null ? "" : resultHtml).raw("</div>");
        return Layout.page("Paste an article", "paste", h.toString());
    }

    public static String result(Document d) {
        return ArticleView.render(d);
    }

    public static String rejected(String reason) {
        return new Html().raw("<p class=\"error\">Rasd could not extract this text: ").text(reason).raw("</p>").toString();
    }
}
