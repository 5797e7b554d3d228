package org.rasd.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/**
 * An HTML page is one article: its main text (the {@code <article>} or main element when there is one,
 * else the body) without scripts, styles, navigation, headers, footers, asides, forms and elements whose
 * class or id names boilerplate (menu, share, comments, related, ads). Block elements become lines.
 */
public final class HtmlReader implements RecordReader {
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[-_ ])(nav|menu|footer|header|sidebar|comment|comments|share|social|related|breadcrumbs?|advert|ads?|promo|newsletter|cookie|subscribe|tags)([-_ ]|$)");
    private final long maxBytes;

    public HtmlReader(long maxBytes) { this.maxBytes = maxBytes; }

    @Override
    public void read(String origin, InputStream in, RecordSink sink) throws IOException {
        byte[] b = Bytes.readAtMost(in, maxBytes);
        if (b == null) { sink.reject(new Reject(origin, "document too long: more than " + maxBytes + " bytes")); return; }
        if (StrictUtf8.looksBinary(b, b.length)) { sink.reject(new Reject(origin, "binary file: NUL byte in the first 8 KB")); return; }
        String html;
        try {
            html = StrictUtf8.decode(b);
        } catch (InputException e) {
            sink.reject(new Reject(origin, e.getMessage()));
            return;
        }
        sink.accept(parse(origin, html));
    }

    public static RawRecord parse(String origin, String html) {
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        String title = meta(doc, "meta[property=og:title]");
        Element h1 = doc.selectFirst("h1");
        if (title == null && h1 != null) title = h1.text();
        if (title == null && !doc.title().isBlank()) title = doc.title();
        String date = meta(doc, "meta[property=article:published_time]");
        if (date == null) date = meta(doc, "meta[name=date]");
        Element time = doc.selectFirst("time[datetime]");
        if (date == null && time != null) date = time.attr("datetime");
        String url = meta(doc, "link[rel=canonical]");
        String source = meta(doc, "meta[property=og:site_name]");
        String author = meta(doc, "meta[name=author]");

        doc.select("script, style, noscript, template, iframe, nav, header, footer, aside, form, button, svg, select").remove();
        for (Element e : doc.getAllElements()) {
            if (e.parent() != null && (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())) e.remove();
        }
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main, [role=main]");
        if (root == null) root = doc.body();
        List<String> lines = new ArrayList<>();
        Elements blocks = root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, div:not(:has(div, p, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote))");
        for (Element e : blocks) {
            if (!e.children().select("p, h1, h2, h3, h4, h5, h6, li, blockquote").isEmpty() && !e.is("li, blockquote")) continue;
            String t = e.text().strip();
            if (!t.isEmpty() && (lines.isEmpty() || !lines.get(lines.size() - 1).equals(t))) lines.add(t);
        }
        if (lines.isEmpty()) {
            String t = root.text().strip();
            if (!t.isEmpty()) lines.add(t);
        }
        // the title leads the text only when the page does not already start with it
        String text = String.join("\n", lines);
        if (title != null && !lines.isEmpty() && lines.get(0).equals(title.strip())) {
            text = String.join("\n", lines.subList(1, lines.size()));
        }
        return new RawRecord(origin, null, title, text, source, url, date, author);
    }

    private static String meta(org.jsoup.nodes.Document doc, String css) {
        Element e = doc.selectFirst(css);
        if (e == null) return null;
        String v = e.hasAttr("content") ? e.attr("content") : e.attr("href");
        return v.isBlank() ? null : v.strip();
    }
}
