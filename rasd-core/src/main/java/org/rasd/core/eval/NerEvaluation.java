package org.rasd.core.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rasd.core.model.Mention;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Sentence;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.AnalyzedSentence;
import org.rasd.core.text.ArabicNormalizer;
import org.rasd.core.text.NormalizedText;
import org.rasd.core.text.Token;
import org.rasd.core.text.Tokenizer;

/**
 * Named-entity evaluation on CoNLL-style gold ({@code token label} lines, BIO labels with PERS, LOC, ORG,
 * MISC; blank lines end sentences, and without them a sentence ends at . ؟ ! tokens). The text is rebuilt
 * from the tokens, recognition runs on it in chunks of {@value #SENTENCES_PER_DOCUMENT} sentences, mentions
 * are mapped to gold tokens (PERSON → PERS; COUNTRY, CITY, REGION → LOC; ORG, IGO, GROUP → ORG; agents,
 * demonyms and references are not named entities — nor, following CoNLL and ANERcorp, institutions written as a
 * description, which the recognizer resolves as agents: وزارة الصحة، الجيش اللبناني، الحكومة العراقية) and scored
 * by exact span, as CoNLL-2003 does: precision,
 * recall and F1 per type, micro-averaged over PERS, LOC and ORG (MISC is reported but not in the micro score).
 */
public final class NerEvaluation {
    public static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
    static final int SENTENCES_PER_DOCUMENT = 40;

    /** A gold token: its text and BIO label, and where it was read. */
    public record GoldToken(String text, String label, int line, boolean sentenceEnd) {}

    /** An entity: type and token range [start, end). */
    public record Entity(String type, int start, int end) {}

    /** Counts and scores of one type. */
    public record Score(int tp, int fp, int fn) {
        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }

        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores per type (PERS, LOC, ORG, MISC) and "micro". */
    public record Result(Map<String, Score> scores, int tokens, int sentences) {
        public Score get(String type) { return scores.get(type); }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-6s %9s %9s %9s %7s %7s %7s%n", "type", "precision", "recall", "f1", "tp", "fp", "fn"));
            for (Map.Entry<String, Score> e : scores.entrySet()) {
                Score s = e.getValue();
                sb.append(String.format(Locale.ROOT, "%-6s %9.3f %9.3f %9.3f %7d %7d %7d%n", e.getKey(), s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
            }
            sb.append(String.format(Locale.ROOT, "(%d tokens, %d sentences; MISC is not in the micro score)%n", tokens, sentences));
            return sb.toString();
        }

        public String json() {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, Score> e : scores.entrySet()) {
                Score s = e.getValue();
                if (!first) sb.append(", ");
                first = false;
                sb.append(String.format(Locale.ROOT, "\"%s\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"tp\": %d, \"fp\": %d, \"fn\": %d}",
                        e.getKey(), s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
            }
            return sb.append("}").toString();
        }
    }

    private NerEvaluation() {}

    /** Reads a CoNLL file; a malformed line is an {@link IllegalArgumentException} naming {@code file:line}. */
    public static List<GoldToken> read(Path file) throws IOException {
        List<GoldToken> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) {
                    if (!out.isEmpty()) markEnd(out);
                    continue;
                }
                String t = line.strip();
                int sp = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\t'));
                String label = (sp < 0 ? t : t.substring(sp + 1)).replaceAll("[\u200E\u200F\u202A-\u202E]", "");
                String token = sp < 0 ? "" : t.substring(0, sp).replaceAll("[\u200E\u200F\u202A-\u202E]", "").strip();
                if (!label.equals("O") && !label.matches("[BI]-(PERS|PER|LOC|ORG|MISC)")) {
                    throw new IllegalArgumentException(file + ":" + n + ": bad label '" + label + "' (expected O or B-/I- with PERS, LOC, ORG, MISC)");
                }
                if (label.endsWith("-PER")) label = label + "S";
                if (token.isEmpty()) continue; // an empty token carries nothing (and is always O in practice)
                out.add(new GoldToken(token, label, n, false));
            }
        }
        if (!out.isEmpty()) markEnd(out);
        return out;
    }

    private static void markEnd(List<GoldToken> out) {
        GoldToken last = out.get(out.size() - 1);
        out.set(out.size() - 1, new GoldToken(last.text(), last.label(), last.line(), true));
    }

    /** Gold entities from BIO labels (an I- that does not continue an entity of its type starts one). */
    public static List<Entity> entities(List<GoldToken> toks) {
        List<Entity> out = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= toks.size(); i++) {
            String label = i < toks.size() ? toks.get(i).label() : "O";
            boolean cont = label.startsWith("I-") && label.substring(2).equals(type);
            if (!cont && type != null) { out.add(new Entity(type, start, i)); type = null; }
            if (!cont && !label.equals("O")) { type = label.substring(2); start = i; }
        }
        return out;
    }

    /** Runs recognition over the gold text and scores it. */
    public static Result evaluate(List<GoldToken> gold, Function<AnalyzedDocument, List<Mention>> recognizer) {
        boolean blankLines = gold.stream().filter(GoldToken::sentenceEnd).count() > 1;
        List<int[]> sentences = new ArrayList<>();
        int s0 = 0;
        for (int i = 0; i < gold.size(); i++) {
            String t = gold.get(i).text();
            boolean end = blankLines ? gold.get(i).sentenceEnd() : (t.equals(".") || t.equals("؟") || t.equals("?") || t.equals("!") || i == gold.size() - 1);
            if (end || i == gold.size() - 1) { sentences.add(new int[] {s0, i + 1}); s0 = i + 1; }
        }
        Set<Entity> predicted = new HashSet<>();
        for (int c = 0; c < sentences.size(); c += SENTENCES_PER_DOCUMENT) {
            List<int[]> chunk = sentences.subList(c, Math.min(sentences.size(), c + SENTENCES_PER_DOCUMENT));
            predicted.addAll(recognizeChunk(gold, chunk, recognizer));
        }
        Set<Entity> goldSet = new HashSet<>(entities(gold));
        Map<String, Score> scores = new LinkedHashMap<>();
        int tp = 0, fp = 0, fn = 0;
        for (String type : TYPES) {
            int t = 0, p = 0, g = 0;
            for (Entity e : predicted) if (e.type().equals(type)) { p++; if (goldSet.contains(e)) t++; }
            for (Entity e : goldSet) if (e.type().equals(type)) g++;
            Score s = new Score(t, p - t, g - t);
            scores.put(type, s);
            if (!type.equals("MISC")) { tp += s.tp(); fp += s.fp(); fn += s.fn(); }
        }
        scores.put("micro", new Score(tp, fp, fn));
        return new Result(scores, gold.size(), sentences.size());
    }

    private static List<Entity> recognizeChunk(List<GoldToken> gold, List<int[]> chunk, Function<AnalyzedDocument, List<Mention>> recognizer) {
        int firstTok = chunk.get(0)[0], endTok = chunk.get(chunk.size() - 1)[1];
        StringBuilder text = new StringBuilder();
        int[] starts = new int[endTok - firstTok], ends = new int[endTok - firstTok];
        List<int[]> sentSpans = new ArrayList<>();
        for (int[] s : chunk) {
            int ss = text.length();
            for (int i = s[0]; i < s[1]; i++) {
                if (i > s[0]) text.append(' ');
                starts[i - firstTok] = text.length();
                text.append(gold.get(i).text());
                ends[i - firstTok] = text.length();
            }
            sentSpans.add(new int[] {ss, text.length()});
            text.append('\n');
        }
        String t = text.toString();
        NormalizedText nt = ArabicNormalizer.normalize(t);
        List<AnalyzedSentence> sents = new ArrayList<>();
        for (int k = 0; k < sentSpans.size(); k++) {
            int[] sp = sentSpans.get(k);
            List<Token> toks = Tokenizer.tokenize(nt, nt.fromOriginal(sp[0]), nt.fromOriginal(sp[1]));
            sents.add(new AnalyzedSentence(new Sentence(k, sp[0], sp[1], t.substring(sp[0], sp[1]), List.of()), toks));
        }
        AnalyzedDocument doc = new AnalyzedDocument(RawRecord.ofText("gold:" + gold.get(firstTok).line(), t), "gold-" + firstTok,
                null, null, t, nt, List.of(), sents, null, "ar");
        List<Entity> out = new ArrayList<>();
        for (Mention m : recognizer.apply(doc)) {
            String type = nerType(m);
            if (type == null) continue;
            int a = -1, b = -1;
            for (int i = 0; i < starts.length; i++) {
                if (ends[i] > m.start() && a < 0) a = i;
                if (starts[i] < m.end()) b = i;
            }
            if (a >= 0 && b >= a) out.add(new Entity(type, a + firstTok, b + 1 + firstTok));
        }
        return out;
    }

    /** PERS, LOC, ORG for a mention, or null when it is not a named entity (agents, demonyms, references). */
    public static String nerType(Mention m) {
        if (m.resolution().equals("nisba") || m.resolution().equals("anaphora") || m.resolution().equals("agent")) return null;
        return switch (m.type()) {
            case "PERSON" -> "PERS";
            case "COUNTRY", "CITY", "REGION" -> "LOC";
            case "ORG", "IGO", "GROUP" -> "ORG";
            default -> null;
        };
    }
}
