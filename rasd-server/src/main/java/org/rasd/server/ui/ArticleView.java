package org.rasd.server.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Mention;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.Sentence;

/**
 * Renders a document for reading: the original text right-to-left with actor mentions and event triggers
 * highlighted (sentences with quality faults shaded), the quality flags, and one card per event.
 * Every piece of document text goes through {@link Html#esc}.
 */
public final class ArticleView {
    private ArticleView() {}

    /** A highlighted span of the text, in code points. */
    record Span(int start, int end, String kind, String id, String code, String title, String href) {}

    public static String render(Document d) {
        Html h = new Html();
        h.raw("<div class=\"reader\"><section class=\"article-col\">");
        h.raw("<h1 dir=\"auto\" lang=\"ar\">").text(d.title() == null ? "(untitled)" : d.title()).raw("</h1>");
        h.raw("<p class=\"meta\">");
        if (d.source() != null) h.text(d.source()).raw(" · ");
        if (d.date() != null) h.text(d.date()).raw(" · ");
        h.text(d.mentions().size()).raw(" actor mentions · ").text(d.events().size()).raw(" events");
        String ext = Html.safeExternalUrl(d.url());
        if (ext != null) h.raw(" · <a rel=\"noopener noreferrer nofollow\" target=\"_blank\"").attr("href", ext).raw(">original</a>");
        h.raw("</p>");
        legend(h);
        flags(h, d);
        h.raw("<div class=\"article-text\" dir=\"rtl\" lang=\"ar\" id=\"article-text\">");
        text(h, d);
        h.raw("</div></section><aside class=\"cards-col\"><h2>Events</h2>");
        if (d.events().isEmpty()) {
            h.raw("<p class=\"empty\">No events were coded in this article.</p>");
        }
        for (Event e : d.events()) card(h, e);
        mentionsTable(h, d);
        h.raw("</aside></div>");
        return h.toString();
    }

    private static void legend(Html h) {
        h.raw("<p class=\"legend\"><span class=\"m\">actor mention</span> <span class=\"t\">event trigger</span> ")
                .raw("<span class=\"flagged-sample\">sentence with a quality fault (no events taken from it)</span></p>");
    }

    private static void flags(Html h, Document d) {
        List<QualityFlag> fl = d.quality().flags();
        if (fl.isEmpty()) {
            h.raw("<p class=\"quality ok\">Quality: no faults found.</p>");
            return;
        }
        h.raw("<details class=\"quality\" open><summary>Quality flags (").text(fl.size()).raw(")</summary><ul class=\"flags\">");
        for (QualityFlag f : fl) {
            h.raw("<li><span class=\"flag\">").text(f.kind()).raw("</span> <span dir=\"auto\" lang=\"ar\">")
                    .text(shorten(f.text(), 120)).raw("</span></li>");
        }
        h.raw("</ul></details>");
    }

    private static void text(Html h, Document d) {
        String t = d.text();
        int cpLen = t.codePointCount(0, t.length());
        List<Span> spans = spans(d);
        List<Span> faults = faults(d);
        List<Sentence> sents = new ArrayList<>(d.sentences());
        sents.sort(Comparator.comparingInt(Sentence::start));
        int pos = 0;
        for (Sentence s : sents) {
            if (s.start() < pos || s.end() > cpLen || s.end() < s.start()) continue;
            inline(h, t, pos, s.start(), faults);
            h.raw("<span");
            h.attr("class", s.flags().isEmpty() ? "s" : "s flagged");
            h.attr("id", "s" + s.index());
            if (!s.flags().isEmpty()) h.attr("title", "quality: " + String.join(", ", s.flags()));
            h.raw(">");
            inline(h, t, s.start(), s.end(), spans);
            h.raw("</span>");
            pos = s.end();
        }
        inline(h, t, pos, cpLen, sents.isEmpty() ? spans : faults);
    }

    /** Writes text[from, to) (code points) with the spans that lie wholly inside it highlighted. */
    private static void inline(Html h, String t, int from, int to, List<Span> spans) {
        int pos = from;
        for (Span sp : spans) {
            if (sp.start() < pos || sp.end() > to || sp.start() >= sp.end()) continue;
            h.text(cp(t, pos, sp.start()));
            boolean link = sp.href() != null;
            h.raw(link ? "<a" : "<span");
            h.attr("class", sp.kind());
            if (sp.id() != null) h.attr("id", sp.id());
            if (sp.code() != null) h.attr("data-code", sp.code());
            h.attr("title", sp.title());
            if (link) h.attr("href", sp.href());
            h.raw(">").text(cp(t, sp.start(), sp.end())).raw(link ? "</a>" : "</span>");
            pos = sp.end();
        }
        h.text(cp(t, pos, to));
    }

    /** Quality faults outside sentences (dropped lines: duplicates, boilerplate, junk), shaded with their kind. */
    static List<Span> faults(Document d) {
        List<Span> out = new ArrayList<>();
        for (QualityFlag f : d.quality().flags()) {
            if (f.end() > f.start()) out.add(new Span(f.start(), f.end(), "flagged", null, null, "quality: " + f.kind(), null));
        }
        out.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> kept = new ArrayList<>();
        int end = -1;
        for (Span x : out) {
            if (x.start() < end) continue;
            kept.add(x);
            end = x.end();
        }
        return kept;
    }

    /** Mentions and triggers, sorted, without overlaps (the earlier, then longer, span wins). */
    static List<Span> spans(Document d) {
        List<Span> all = new ArrayList<>();
        for (Mention m : d.mentions()) {
            String label = (m.name() == null ? m.text() : m.name()) + (m.code() == null ? "" : " (" + m.code() + ")")
                    + (m.type() == null ? "" : " · " + m.type().toLowerCase(Locale.ROOT));
            String href = m.code() == null || m.code().isBlank() ? null : "/actors/" + Html.url(m.code());
            all.add(new Span(m.start(), m.end(), "m", null, m.code(), label, href));
        }
        for (Event e : d.events()) {
            all.add(new Span(e.triggerStart(), e.triggerEnd(), "t", "ev-" + e.id(), e.event(),
                    e.event() + ": " + (e.gloss() == null ? "" : e.gloss()), null));
        }
        all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> out = new ArrayList<>();
        int end = -1;
        for (Span s : all) {
            if (s.start() < end) continue;
            out.add(s);
            end = s.end();
        }
        return out;
    }

    public static void card(Html h, Event e) {
        h.raw("<article class=\"card q").text(e.quadClass()).raw("\"");
        h.attr("id", "card-" + e.id());
        h.raw("><header><span class=\"cat\">").text(e.event()).raw("</span>");
        if (e.mode() != null) h.raw(" <span class=\"mode\">").text(e.mode()).raw("</span>");
        h.raw(" <span class=\"gold\" title=\"Goldstein score\">").text(String.format(Locale.ROOT, "%+.1f", e.goldstein())).raw("</span>");
        h.raw("</header><p class=\"who\">");
        actors(h, e.actor());
        h.raw(" <span class=\"arrow\">→</span> ");
        actors(h, e.recipient());
        h.raw("</p>");
        if (e.gloss() != null) h.raw("<p class=\"gloss\">").text(e.gloss()).raw("</p>");
        h.raw("<dl>");
        h.raw("<dt>modality</dt><dd>").text(e.modality() == null ? "asserted" : e.modality());
        if (e.claimant() != null) {
            h.raw(" — according to ");
            actorLink(h, e.claimant());
        }
        h.raw("</dd>");
        if (e.trigger() != null) {
            h.raw("<dt>trigger</dt><dd><a lang=\"ar\" dir=\"rtl\"").attr("href", "#ev-" + e.id()).raw(">").text(e.trigger()).raw("</a></dd>");
        }
        if (e.date() != null) h.raw("<dt>date</dt><dd>").text(e.date()).raw("</dd>");
        if (e.location() != null) h.raw("<dt>where</dt><dd lang=\"ar\">").text(e.location().text()).raw("</dd>");
        h.raw("<dt>CAMEO</dt><dd>").text(e.cameo()).raw("</dd>");
        h.raw("<dt>rule</dt><dd class=\"rule\">").text(e.rule()).raw("</dd>");
        h.raw("<dt>confidence</dt><dd>").text(String.format(Locale.ROOT, "%.2f", e.confidence())).raw("</dd>");
        h.raw("</dl></article>");
    }

    static void actors(Html h, List<EventActor> l) {
        if (l.isEmpty()) {
            h.raw("<span class=\"none\">—</span>");
            return;
        }
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) h.raw(" + ");
            actorLink(h, l.get(i));
        }
    }

    static void actorLink(Html h, EventActor a) {
        String label = a.name() != null && !a.name().isBlank() ? a.name() : a.text();
        if (a.code() == null || a.code().isBlank()) {
            h.text(label);
            return;
        }
        h.raw("<a class=\"actor\"").attr("href", "/actors/" + Html.url(a.code())).raw(">").text(label)
                .raw(" <code>").text(a.code()).raw("</code></a>");
    }

    private static void mentionsTable(Html h, Document d) {
        if (d.mentions().isEmpty()) return;
        h.raw("<details class=\"mentions\"><summary>Actor mentions (").text(d.mentions().size()).raw(")</summary><table><tr><th>text</th><th>actor</th><th>type</th><th>how</th></tr>");
        for (Mention m : d.mentions()) {
            h.raw("<tr><td lang=\"ar\" dir=\"rtl\">").text(m.text()).raw("</td><td>");
            if (m.code() != null) h.a("/actors/" + Html.url(m.code()), (m.name() == null ? "" : m.name() + " ") + m.code());
            else h.text(m.name());
            h.raw("</td><td>").text(m.type()).raw("</td><td>").text(m.resolution()).raw("</td></tr>");
        }
        h.raw("</table></details>");
    }

    private static String cp(String t, int from, int to) {
        return t.substring(t.offsetByCodePoints(0, from), t.offsetByCodePoints(0, to));
    }

    private static String shorten(String s, int n) {
        if (s == null) return "";
        return s.length() <= n ? s : s.substring(0, n) + "…";
    }
}
