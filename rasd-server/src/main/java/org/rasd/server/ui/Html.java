package org.rasd.server.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTML builder that escapes by default: {@link #text} and {@link #attr} escape every value; only {@link #raw}
 * writes markup, and it is called with constant markup only, never with data.
 */
public final class Html {
    private final StringBuilder b = new StringBuilder(4096);

    /** Escapes text for element content and quoted attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder o = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> o.append("&amp;");
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '"' -> o.append("&quot;");
                case '\'' -> o.append("&#39;");
                default -> o.append(c);
            }
        }
        return o.toString();
    }

    /** A path segment or query value, percent-encoded. */
    public static String url(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An http(s) URL from data, or null when it has any other scheme (javascript:, data: ...). */
    public static String safeExternalUrl(String s) {
        if (s == null) return null;
        String t = s.trim();
        return t.toLowerCase(Locale.ROOT).matches("https?://[^\\s\"'<>]+") ? t : null;
    }

    /** JSON for a {@code <script type="application/json">} block: no character can close the element. */
    public static String jsonBlock(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    public Html raw(String markup) {
        b.append(markup);
        return this;
    }

    public Html text(String s) {
        b.append(esc(s));
        return this;
    }

    public Html text(long n) {
        b.append(n);
        return this;
    }

    /** Writes {@code name="value"} with the value escaped (and a leading space). */
    public Html attr(String name, String value) {
        b.append(' ').append(name).append("=\"").append(esc(value)).append('"');
        return this;
    }

    /** {@code <tag attrs>text</tag>} for a simple element with escaped text. */
    public Html el(String tag, String cls, String text) {
        b.append('<').append(tag);
        if (cls != null) attr("class", cls);
        b.append('>').append(esc(text)).append("</").append(tag).append('>');
        return this;
    }

    /** A link with escaped href and text. */
    public Html a(String href, String text) {
        b.append("<a");
        attr("href", href);
        b.append('>').append(esc(text)).append("</a>");
        return this;
    }

    @Override
    public String toString() { return b.toString(); }
}
