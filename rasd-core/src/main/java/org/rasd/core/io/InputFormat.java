package org.rasd.core.io;

import java.util.Locale;

/** The input formats that readers understand; AUTO picks one by file extension or, for stdin, by content. */
public enum InputFormat {
    AUTO, TXT, JSONL, HTML, XML;

    public static InputFormat parse(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("-", "");
        return switch (t) {
            case "auto" -> AUTO;
            case "txt", "text" -> TXT;
            case "jsonl", "ndjson", "json" -> JSONL;
            case "html", "htm" -> HTML;
            case "xml", "petrarch" -> XML;
            default -> throw new IllegalArgumentException("unknown input format '" + s + "' (auto, txt, jsonl, html, xml)");
        };
    }

    /** The format a file name implies ({@code .jsonl.gz} is JSONL), or null when the extension says nothing. */
    public static InputFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return JSONL;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return HTML;
        if (n.endsWith(".xml")) return XML;
        if (n.endsWith(".txt") || n.endsWith(".text")) return TXT;
        return null;
    }

    /** Guesses from the first bytes of content: '{' JSON Lines, '<Sentences' XML, '<' HTML, else text. */
    public static InputFormat sniff(byte[] head, int n) {
        String s = new String(head, 0, Math.min(n, 512), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        if (s.startsWith("\uFEFF")) s = s.substring(1).stripLeading();
        if (s.startsWith("{")) return JSONL;
        if (s.startsWith("<?xml") || s.startsWith("<Sentences")) return s.contains("<html") ? HTML : XML;
        if (s.startsWith("<")) return HTML;
        return TXT;
    }
}
