package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;
import org.rasd.core.text.Segmentation;

/**
 * Finds triggers in a sentence: for each token, its clitic stems are looked up (whole word first) in the
 * trigger lexicon's hash index, fixed words are checked on the following tokens, and the longest pattern
 * wins; matches never overlap. The fixed words of a verb phrase may follow a subject mention (قطع المغرب العلاقات). A stem carrying the article or a preposition is read as a noun, never a verb;
 * a future سـ only goes with an imperfect verb.
 */
public final class TriggerMatcher {
    private final TriggerLexicon lexicon;
    private final PhraseSets classes;

    public TriggerMatcher(TriggerLexicon lexicon) { this(lexicon, null); }

    /** With word classes: a news-day time (class {@code recent-time}) may stand between a verb and its fixed words. */
    public TriggerMatcher(TriggerLexicon lexicon, PhraseSets classes) {
        this.lexicon = lexicon;
        this.classes = classes;
    }

    /** A lookup made at a token, for explanations. */
    public record Tried(int token, String stem, String result) {}

    public List<TriggerMatch> match(SentenceView s, List<Tried> trace) {
        return match(s, trace, m -> true);
    }

    /** Matches, keeping at each token the longest candidate that {@code acceptable} allows. */
    public List<TriggerMatch> match(SentenceView s, List<Tried> trace, java.util.function.Predicate<TriggerMatch> acceptable) {
        return match(s, 0, trace, m -> acceptable.test(m) ? null : "its conditions fail here");
    }

    /**
     * {@link #match(SentenceView, List, java.util.function.Predicate)} when no word before token {@code from} has a
     * candidate stem ({@link #firstCandidate}): those words are not looked up again. {@code rejection} says why a
     * candidate is no event here (null: it stands); the trace records that reason for each candidate it rejects.
     */
    List<TriggerMatch> match(SentenceView s, int from, List<Tried> trace, java.util.function.Function<TriggerMatch, String> rejection) {
        List<TriggerMatch> out = new ArrayList<>();
        int i = from;
        while (i < s.size()) {
            TriggerMatch best = s.token(i).isWord() ? bestAt(s, i, trace, rejection) : null;
            if (best != null) {
                out.add(best);
                i = best.last() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Whether some word of the sentence has a clitic stem that opens a trigger pattern: a necessary condition for
     * {@link #match} to find anything (one filtered hash lookup a stem, no pattern checked). Most sentences have
     * none, and the event stage skips their per-sentence work.
     */
    public boolean hasCandidate(SentenceView s) { return hasCandidate(s.tokens()); }

    /** {@link #hasCandidate(SentenceView)} on a sentence's tokens, before any view of it is built. */
    public boolean hasCandidate(List<org.rasd.core.text.Token> tokens) { return firstCandidate(tokens) >= 0; }

    /** The first word with a clitic stem that opens a trigger pattern, or -1 (no match can start before it). */
    public int firstCandidate(List<org.rasd.core.text.Token> tokens) {
        for (int i = 0, n = tokens.size(); i < n; i++) {
            org.rasd.core.text.Token t = tokens.get(i);
            if (!t.isWord()) continue;
            List<Segmentation> segs = t.segmentations();
            for (int k = 0, m = segs.size(); k < m; k++) if (!lexicon.patterns(segs.get(k).stem()).isEmpty()) return i;
        }
        return -1;
    }

    /**
     * The fixed words of a verb phrase after a subject of one to three words (VSO order: قطع المغرب العلاقات), or after
     * a news-day time (أطلق الجيش صباح أمس صواريخ: a number may follow the time).
     */
    private boolean restAfterSubject(SentenceView s, int i, String[] rest) {
        boolean time = false;
        for (int gap = 1; gap <= 5; gap++) {
            int k = i + 1 + gap;
            if (k > s.size() || s.isPunct(k - 1)) return false;
            if (classes != null && classes.at(s, k - 1, "recent-time")) time = true;
            if (gap > 3 && !time) return false; // a subject of up to three words, or a subject and a time
            if (s.mentionAt(k - 1) == null && !time) continue;
            if (s.matchesFrom(k, rest)) return true;
            if (time && k < s.size() && s.token(k).kind() == org.rasd.core.text.TokenKind.NUMBER && s.matchesFrom(k + 1, rest)) return true;
        }
        return false;
    }

    /** Whether the reading's enclitic may end a trigger: ة normalised to ه is no pronoun. */
    static boolean encliticFits(SentenceView s, int i, Segmentation seg) {
        return !(seg.enclitic().equals("ه") && endsWithTaMarbuta(s.token(i).surface()));
    }

    /** A reading with the article or a preposition (ب ل ك) is a noun phrase: no verb form. */
    static boolean nominal(Segmentation seg) {
        String pro = seg.proclitics();
        return seg.hasArticle() || pro.endsWith("ب") || pro.endsWith("ل") || pro.endsWith("ك");
    }

    /**
     * Whether the reading's clitics fit the pattern's form: a verb form takes no nominal proclitic, the future سـ only an
     * imperfect verb, and no form takes the enclitic ي (نسبة-like endings are not possessives of events; a verb's
     * object 'me' is ني, and قتلى is a noun).
     */
    static boolean cliticsFit(Segmentation seg, TriggerLexicon.Pattern p) {
        return !(p.form() != VerbForm.NOUN && nominal(seg)) && procliticsFit(seg, p);
    }

    private static boolean procliticsFit(Segmentation seg, TriggerLexicon.Pattern p) {
        boolean future = seg.proclitics().endsWith("س");
        if (future && p.form() != VerbForm.IMPERFECT) return false; // (a noun too)
        return !seg.enclitic().equals("ي");
    }

    static boolean endsWithTaMarbuta(String surface) {
        for (int k = surface.length() - 1; k >= 0; k--) {
            char c = surface.charAt(k);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0640') continue;
            return c == '\u0629';
        }
        return false;
    }

    private TriggerMatch bestAt(SentenceView s, int i, List<Tried> trace, java.util.function.Function<TriggerMatch, String> rejection) {
        TriggerMatch best = null;
        List<Segmentation> segs = s.segmentations(i);
        for (int k = 0, n = segs.size(); k < n; k++) { // (indexed: this runs for every word)
            Segmentation seg = segs.get(k);
            List<TriggerLexicon.Pattern> ps = lexicon.patterns(seg.stem());
            if (ps.isEmpty()) continue;
            if (!encliticFits(s, i, seg)) continue;
            String pro = seg.proclitics();
            for (TriggerLexicon.Pattern p : ps) {
                boolean verb = p.form() != VerbForm.NOUN;
                if (verb && nominal(seg)) { if (trace != null) trace.add(new Tried(i, seg.stem(), p.entry().id() + " rejected: verb form with " + pro)); continue; }
                if (!procliticsFit(seg, p)) continue;
                int last;
                if (s.matchesFrom(i + 1, p.rest())) last = i + p.rest().length;
                else if (verb && p.rest().length > 0 && restAfterSubject(s, i, p.rest())) last = i; // قطع المغرب العلاقات: the subject intervenes
                else continue;
                if (best == null || last > best.last()) {
                    TriggerMatch m = new TriggerMatch(p.entry(), i, last, p.form(), pro, seg.enclitic(), seg.stem());
                    String why = rejection.apply(m);
                    if (why == null) best = m;
                    else if (trace != null) trace.add(new Tried(i, seg.stem(), p.entry().id() + " (" + p.entry().lemma() + ") tried, rejected: " + why));
                }
            }
            if (best != null && seg.isWhole()) break; // a whole-word reading beats clitic readings
        }
        if (trace != null) trace.add(new Tried(i, s.norm(i), best == null ? "no trigger" : best.entry().id() + " (" + best.entry().lemma() + ", " + best.form() + ")"));
        return best;
    }
}
