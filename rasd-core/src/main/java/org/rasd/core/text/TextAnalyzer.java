package org.rasd.core.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.rasd.core.io.DateParser;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.lexicon.WordList;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Sentence;

/**
 * The text stage: cleaning with quality flags, title and section, language, normalisation with an
 * offset map, sentences and tokens. The original text is never changed: every cleaning decision is a
 * {@link QualityFlag} with offsets into it. Thread-safe.
 */
public final class TextAnalyzer {
    private final SectionLabelDetector sections;
    private final WordList boilerplate;
    private final WordList openEnded;

    public TextAnalyzer(WordList sectionLabels, WordList boilerplate, WordList openEnded) {
        this.sections = new SectionLabelDetector(sectionLabels);
        this.boilerplate = boilerplate;
        this.openEnded = openEnded;
    }

    public static TextAnalyzer load(LexiconSource src) {
        return new TextAnalyzer(WordList.load(src, "text/section-labels.txt"),
                WordList.load(src, "text/boilerplate-lines.txt"),
                WordList.load(src, "text/open-ended-words.txt"));
    }

    /**
     * The article as published is its headline followed by its body: a separately given title leads the
     * text, so that headline events are coded and every span points into one text. A record with a headline
     * and no body (common in crawled feeds) becomes a one-line article.
     */
    public static RawRecord withHeadline(RawRecord r) {
        if (r.title() == null || r.title().isBlank()) return r;
        String body = r.text().isBlank() ? "" : "\n\n" + r.text();
        return new RawRecord(r.origin(), r.id(), null, r.title().strip() + body, r.source(), r.url(), r.date(), r.author());
    }

    /** Analyses a record (its title, if given, leads the text); the caller has checked that it is not empty. */
    public AnalyzedDocument analyze(RawRecord record) {
        RawRecord r = withHeadline(record);
        String text = r.text();
        // every pass below reads this one copy of the characters (String.charAt checks bounds and decodes
        // UTF-16 bytes on every call)
        char[] chars = text.toCharArray();
        String id = contentHash(chars);
        LocalDate date = DateParser.parse(r.date());
        String language = LanguageDetector.detect(text, chars);
        NormalizedText nt = ArabicNormalizer.normalize(text, chars);
        List<QualityFlag> flags = new ArrayList<>();
        flagControlChars(text, chars, flags);

        List<int[]> lines = lines(chars);
        List<int[]> extractSpans = new ArrayList<>(lines);
        // title and section
        String title = null;
        String section = null;
        if (!lines.isEmpty()) {
            int[] tl = lines.get(0);
            title = text.substring(tl[0], tl[1]);
            if ("ar".equals(language)) {
                List<Token> tt = Tokenizer.tokenize(nt, nt.fromOriginal(tl[0]), nt.fromOriginal(tl[1]));
                int n = sections.labelLength(tt);
                if (n > 0) {
                    int rest = tt.get(n).start();
                    section = text.substring(tl[0], stripSeparators(text, tl[0], tt.get(n - 1).end()));
                    flags.add(new QualityFlag("boilerplate", tl[0], tl[0] + section.length(), section));
                    title = text.substring(rest, tl[1]);
                    extractSpans.set(0, new int[] {rest, tl[1]});
                }
            }
        }

        // duplicate and boilerplate lines
        SeenLines seen = new SeenLines(nt.chars());
        List<int[]> kept = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            int[] l = lines.get(li);
            int a = nt.fromOriginal(l[0]), b = nt.fromOriginal(l[1]);
            if (seen.isDuplicate(a, b)) {
                flags.add(new QualityFlag("duplicate_line", l[0], l[1], text.substring(l[0], l[1])));
                continue;
            }
            if (mayStartWithBoilerplate(nt.chars(), a, b) && startsWithBoilerplate(nt.text().substring(a, b).strip())) {
                flags.add(new QualityFlag("boilerplate", l[0], l[1], text.substring(l[0], l[1])));
                continue;
            }
            kept.add(extractSpans.get(li));
        }

        // sentences
        List<int[]> spans = new ArrayList<>();
        for (int[] l : kept) spans.addAll(SentenceSplitter.split(chars, l[0], l[1]));
        List<List<Token>> tokens = new ArrayList<>(spans.size());
        for (int[] s : spans) tokens.add(Tokenizer.tokenize(nt, nt.fromOriginal(s[0]), nt.fromOriginal(s[1])));
        if ("ar".equals(language)) {
            flagJunkTail(text, nt, spans, tokens, flags);
            flagTruncated(text, spans, tokens, flags);
        }
        flags.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.kind().compareTo(b.kind()));

        List<AnalyzedSentence> sentences = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            List<String> sf = new ArrayList<>();
            for (QualityFlag f : flags) {
                if (f.start() < s[1] && f.end() > s[0] && !sf.contains(f.kind()) && !f.kind().equals("control_chars")) sf.add(f.kind());
            }
            sentences.add(new AnalyzedSentence(new Sentence(i, s[0], s[1], text.substring(s[0], s[1]), sf), tokens.get(i)));
        }
        return new AnalyzedDocument(r, id, title, section, text, nt, flags, sentences, date, language);
    }

    /** A stable content hash: the first 128 bits of SHA-256 over the text (headline included), in hex. */
    public static String contentHash(String text) {
        return contentHash(text.toCharArray());
    }

    private static String contentHash(char[] chars) {
        return HexFormat.of().formatHex(Utf8Sha256.digest(chars, chars.length), 0, 16);
    }

    /** Non-blank lines as trimmed {start, end} spans. */
    static List<int[]> lines(String text) {
        return lines(text.toCharArray());
    }

    private static List<int[]> lines(char[] text) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        int len = text.length;
        for (int i = 0; i <= len; i++) {
            char c = i == len ? '\n' : text[i];
            if (c == '\n' || c == '\r' || c == '\u2029') {
                int a = s, b = i;
                while (a < b && Character.isWhitespace(text[a])) a++;
                while (b > a && Character.isWhitespace(text[b - 1])) b--;
                if (b > a) out.add(new int[] {a, b});
                s = i + 1;
            }
        }
        return out;
    }

    /**
     * False when the line (normalised chars [from, to)) certainly does not start with a boilerplate phrase:
     * every phrase {@link #startsWithBoilerplate} tries begins with the line's first word (up to the first
     * separator, after leading spaces), so a line whose first word opens no entry is rejected by the hash of
     * its characters, before any String is built.
     */
    private boolean mayStartWithBoilerplate(char[] norm, int from, int to) {
        int i = from, end = to;
        while (i < end && Character.isWhitespace(norm[i])) i++; // as String.strip()
        while (end > i && Character.isWhitespace(norm[end - 1])) end--;
        int h = 0;
        while (i < end && !isWordSeparator(norm[i])) h = 31 * h + norm[i++];
        return boilerplate.mayStartWithWordHash(h);
    }

    private boolean startsWithBoilerplate(String norm) {
        String[] words = splitWords(norm, 6);
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, boilerplate.maxTokens()); i++) {
            if (i > 0) phrase.append(' ');
            phrase.append(words[i]);
            if (boilerplate.contains(phrase.toString()) && words.length <= 12) return true;
        }
        return false;
    }

    /**
     * {@code s.split("[\\s:،,|\\-]+", limit)} without a regular expression (this runs for every line):
     * at most {@code limit} pieces, the last one the rest of the line; a separator at the start gives an
     * empty first piece; trailing empty pieces are kept.
     */
    static String[] splitWords(String s, int limit) {
        String[] out = new String[limit];
        int n = 0, from = 0, i = 0;
        while (i < s.length() && n < limit - 1) {
            if (!isWordSeparator(s.charAt(i))) { i++; continue; }
            int j = i + 1;
            while (j < s.length() && isWordSeparator(s.charAt(j))) j++;
            out[n++] = s.substring(from, i);
            from = i = j;
        }
        out[n++] = s.substring(from);
        return n == limit ? out : java.util.Arrays.copyOf(out, n);
    }

    private static boolean isWordSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == ':' || c == '،' || c == ',' || c == '|' || c == '-';
    }

    private static int stripSeparators(String s, int from, int end) {
        while (end > from && (Character.isWhitespace(s.charAt(end - 1)) || ":|-–/".indexOf(s.charAt(end - 1)) >= 0)) end--;
        return end;
    }

    private static void flagControlChars(String text, char[] chars, List<QualityFlag> flags) {
        int i = 0;
        while (i < chars.length) {
            if (isControl(chars[i])) {
                int j = i;
                while (j < chars.length && isControl(chars[j])) j++;
                flags.add(new QualityFlag("control_chars", i, j, text.substring(i, j)));
                i = j;
            } else {
                i++;
            }
        }
    }

    private static boolean isControl(char c) {
        if (c < 0x20) return c != '\n' && c != '\r' && c != '\t';
        if (c < '\u200B') return c == '\u061C'; // ASCII and the Arabic block: the common case, two tests
        return c <= '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    /**
     * A short trailing fragment (at most three words, after the article's last full sentence) that shares
     * no content word with the rest of the article is junk: it yields no events ({@code حقل الأرز.}).
     */
    private static void flagJunkTail(String text, NormalizedText nt, List<int[]> spans, List<List<Token>> tokens, List<QualityFlag> flags) {
        if (spans.size() < 3) return;
        int last = spans.size() - 1;
        List<Token> tail = tokens.get(last);
        List<String> words = new ArrayList<>();
        for (Token t : tail) if (t.isWord()) words.add(stem(t.norm()));
        if (words.isEmpty() || words.size() > 3) return;
        // does any body word of three letters or more have the stem of a tail word of three letters or more?
        // (asked per body word against the few tail words: no set of the whole body is built)
        words.removeIf(w -> w.length() < 3);
        if (!words.isEmpty()) {
            for (int i = 0; i < last; i++) {
                for (Token t : tokens.get(i)) {
                    if (!t.isWord() || t.norm().length() < 3) continue;
                    for (String w : words) if (t.norm().endsWith(w) && stem(t.norm()).equals(w)) return; // a stem is a suffix of its word
                }
            }
        }
        int[] s = spans.get(last);
        flags.add(new QualityFlag("junk", s[0], s[1], text.substring(s[0], s[1])));
    }

    private static String stem(String w) {
        for (String p : CliticSegmenter.proclitics(w)) {
            if (p.endsWith("ال") || p.endsWith("لل")) return w.substring(p.length());
        }
        return w;
    }

    /** A sentence whose last word is one that needs a complement (a preposition, a conjunction ...) was cut off. */
    private void flagTruncated(String text, List<int[]> spans, List<List<Token>> tokens, List<QualityFlag> flags) {
        for (int i = 0; i < spans.size(); i++) {
            List<Token> ts = tokens.get(i);
            Token lastWord = null;
            for (int k = ts.size() - 1; k >= 0; k--) {
                if (ts.get(k).isWord() || ts.get(k).kind() == TokenKind.NUMBER) { lastWord = ts.get(k); break; }
                if (!SentenceSplitter.isEnd(ts.get(k).norm().charAt(0)) && !ts.get(k).norm().equals("،")) break;
            }
            if (lastWord != null && lastWord.isWord() && openEnded.contains(lastWord.norm())) {
                int[] s = spans.get(i);
                flags.add(new QualityFlag("truncated", s[0], s[1], text.substring(s[0], s[1])));
            }
        }
    }
}
