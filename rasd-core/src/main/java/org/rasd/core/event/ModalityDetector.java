package org.rasd.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets an event's modality from cues around its trigger (lexicon {@code events/cues.txt}), by priority:
 * negated (لم، لن، لا، عدم just before; or the complement of نفى), hypothetical (إذا، لو، يمكن أن، قد +
 * imperfect), planned (سـ / سوف on the verb, من المقرر، يعتزم ... before it in its clause; المخطط لها after a
 * noun), historical (تاريخيا، سابقا، منذ; a year two or more before the article's, or the year before after عام), claimed (complement or object of a
 * speech verb, or بحسب / وفقا لـ in the sentence), else asserted. The claimant is the speech verb's subject,
 * or the source after بحسب.
 */
public final class ModalityDetector {
    private final PhraseSets cues;
    private final PhraseSets classes;

    private final PhraseSets months;
    private final PhraseSets hijriMonths;

    public ModalityDetector(PhraseSets cues) { this(cues, null, null, null); }

    public ModalityDetector(PhraseSets cues, PhraseSets classes, PhraseSets months) { this(cues, classes, months, null); }

    /**
     * With word classes (a news-day time word, class {@code recent-time}, next to the trigger overrides an older date)
     * and month names (keys 1–12: a month with its year two or more months before the article's is historical), and
     * Hijri month names ({@code events/hijri-months.txt}, keys 1–12: ٢٠ رمضان ١٤٣٦هـ is dated like a Gregorian month
     * and year; null: a Hijri year is still read from its هـ).
     */
    public ModalityDetector(PhraseSets cues, PhraseSets classes, PhraseSets months, PhraseSets hijriMonths) {
        this.cues = cues;
        this.classes = classes;
        this.months = months;
        this.hijriMonths = hijriMonths;
    }

    /**
     * A verb or noun of failing (cue {@code failure}: فشل، أخفق، تعثر، عجز) up to fourteen words before the trigger in
     * its clause, with في or عن between them (فشلت المفاوضات في التوصل إلى اتفاق، أخفق في إقناع): the event did not
     * happen. Returns the failure word's index, or -1.
     */
    private int failure(SentenceView s, Clause c, TriggerMatch t) {
        int f = cues.findLast(s, Math.max(c.first(), t.first() - 14), t.first(), "failure");
        if (f < 0) return -1;
        for (int k = f + 1; k <= t.first(); k++) {
            String w = s.norm(k);
            if (w.equals("في") || w.equals("عن")) return f;
        }
        return -1;
    }

    public Modality detect(SentenceView s, List<Clause> clauses, TriggerMatch t, LocalDate articleDate) {
        Clause c = ClauseSplitter.clauseOf(clauses, t.first());
        Claim claim = claim(s, t);
        List<SentenceView.Placed> who = claim == null ? List.of() : claim.who;
        int wf = claim == null ? 0 : claim.from, wt = claim == null ? 0 : claim.to;
        // negation: a particle right before the trigger, or a denial verb governing it
        for (int k = t.first() - 1; k >= Math.max(c.first(), t.first() - 2); k--) {
            if (cues.at(s, k, "negation") && !cues.at(s, k, "not-negation")) return new Modality("negated", who, wf, wt, "negation '" + s.norm(k) + "'");
            if (!s.token(k).isWord()) break;
        }
        int denial = cues.findLast(s, 0, t.first(), "denial");
        if (denial >= 0 && denial >= c.first() - 1 && (denial == t.first() - 1 || clauses.indexOf(c) > 0 && denial >= clauses.get(Math.max(0, c.index() - 1)).first())) {
            return new Modality("negated", who, wf, wt, "denied by '" + s.norm(denial) + "'");
        }
        int failed = failure(s, c, t);
        if (failed >= 0) return new Modality("negated", who, wf, wt, "failed: '" + s.norm(failed) + "' ... في/عن + the event");
        int hyp = cues.findLast(s, c.first(), t.first(), "hypothetical");
        if (hyp >= 0) {
            PhraseSets.Phrase ph = cues.matchAt(s, hyp, "hypothetical");
            boolean qad = s.hasStem(hyp, "قد") && !s.hasStem(hyp, "يمكن") && (ph == null || ph.words().length == 1);
            if (!qad || t.form() == VerbForm.IMPERFECT && hyp == t.first() - 1) return new Modality("hypothetical", who, wf, wt, "'" + s.norm(hyp) + "'");
        }
        if (t.futureClitic()) return new Modality("planned", who, wf, wt, "future سـ on the verb");
        int fut = cues.findLast(s, c.first(), t.first(), "future");
        if (fut >= 0) return new Modality("planned", who, wf, wt, "'" + s.norm(fut) + "' before the trigger");
        int governing = futureGoverning(s, c);
        if (governing >= 0) return new Modality("planned", who, wf, wt, "'" + s.norm(governing) + "' governs the trigger's clause (من المقرر أن)");
        if (!t.isVerb()) {
            for (int k = t.last() + 1; k < Math.min(c.end(), t.last() + 5); k++) {
                if (cues.at(s, k, "planned-after")) return new Modality("planned", who, wf, wt, "'" + s.norm(k) + "' after the noun");
            }
        }
        int hist = historicalCue(s, c, t);
        if (hist >= 0) return new Modality("historical", who, wf, wt, "'" + s.norm(hist) + "'");
        if (articleDate != null && !recentNear(s, c, t)) {
            // a year in the trigger's clause, or just before the trigger across a clause opener (في مارس 2003، عندما هاجم)
            // every test below reads a number (a year at k, or after a month name at k): none is asked after the
            // last token that starts with a digit, and none at all (no month table) when there is no such token
            int from = Math.min(c.first(), Math.max(0, t.first() - 8));
            int lastNumber = lastDigitWord(s, from, Math.min(s.size(), c.end() + 6));
            for (int k = from; k < c.end() && k <= lastNumber; k++) {
                int y = year(s.norm(k));
                if (y > 0 && (y < articleDate.getYear() - 1 || y < articleDate.getYear() && k > 0 && (s.norm(k - 1).equals("عام") || s.norm(k - 1).equals("سنه") || s.norm(k - 1).equals("العام")))) {
                    return new Modality("historical", who, wf, wt, "year " + y + " before the article's");
                }
                String hijri = HijriYears.historical(s, k, hijriMonths, articleDate);
                if (hijri != null) return new Modality("historical", who, wf, wt, hijri);
                int m = month(s, k);
                if (m > 0) {
                    // في شباط (فبراير) عام 2008: the year within five words after the month name
                    for (int j = k + 1; j < Math.min(s.size(), k + 7); j++) {
                        int my = year(s.norm(j));
                        if (my <= 0) continue;
                        if (my * 12 + m < articleDate.getYear() * 12 + articleDate.getMonthValue() - 1) {
                            return new Modality("historical", who, wf, wt, "month " + m + "/" + my + " before the article's");
                        }
                        break;
                    }
                }
            }
        }
        if (claim != null) return new Modality("claimed", who, wf, wt, claim.reason);
        return new Modality("asserted", List.of(), 0, 0, "no cue");
    }

    /**
     * A historical cue scoping the trigger: before it in its clause (or opening the sentence; تاريخيا anywhere before),
     * or after it in its clause (قتل ... في العام الماضي); منذ أمس and the like (cue {@code not-historical}) are recent.
     */
    private int historicalCue(SentenceView s, Clause c, TriggerMatch t) {
        for (int k = t.first() - 1; k >= 0; k--) {
            if (!cues.at(s, k, "historical") || cues.at(s, k, "not-historical") || recentAfter(s, k) || shortSpanAfter(s, k)) continue;
            if (occasion(s, k)) continue;
            if (k >= c.first() || k == 0 || s.norm(k).equals("تاريخيا")) return k;
        }
        for (int k = t.last() + 1; k < c.end(); k++) {
            if (cues.at(s, k, "historical") && !cues.at(s, k, "not-historical") && !recentAfter(s, k) && !shortSpanAfter(s, k) && !occasion(s, k)) return k;
        }
        return -1;
    }

    /**
     * A future cue that ends right before the complementiser opening the trigger's clause (ومن المقرر أن تعقد اللجنة
     * اجتماعا، من المنتظر أن يزور): the clause is what is planned. Returns the cue's first token, or -1.
     */
    private int futureGoverning(SentenceView s, Clause c) {
        if (c.kind() != Clause.Kind.COMPLEMENT || c.first() == 0) return -1;
        int k = cues.findLast(s, Math.max(0, c.first() - 3), c.first(), "future");
        if (k < 0) return -1;
        PhraseSets.Phrase p = cues.matchAt(s, k, "future");
        return p != null && k + p.words().length == c.first() ? k : -1;
    }

    /**
     * A duration of days or weeks right after a cue (منذ ثلاثة أيام، منذ أسبوعين، منذ شهر; class {@code short-span},
     * within three words): the event is ongoing or recent, not historical (غارات مستمرة منذ ثلاثة أيام، أعنف قتال منذ
     * شهر) — as a Gregorian month less than two months before the article's is not.
     */
    private boolean shortSpanAfter(SentenceView s, int cue) {
        return classes != null && classes.find(s, cue + 1, Math.min(s.size(), cue + 4), "short-span") >= 0;
    }

    /** A cue that names the occasion of the event (هنأ ... بمناسبة ذكرى الاستقلال): the event itself is current. */
    private boolean occasion(SentenceView s, int cue) {
        return cue > 0 && cues.at(s, cue - 1, "occasion");
    }

    /** A news-day time word within four words after a cue (منذ بدء الاعتداء فجر أمس: recent, not historical). */
    private boolean recentAfter(SentenceView s, int cue) {
        return classes != null && classes.find(s, cue + 1, Math.min(s.size(), cue + 5), "recent-time") >= 0;
    }

    /** A news-day time word (أمس، اليوم، فجر) within three words of the trigger in its clause. */
    private boolean recentNear(SentenceView s, Clause c, TriggerMatch t) {
        if (classes == null) return false;
        return classes.find(s, Math.max(c.first(), t.first() - 3), Math.min(c.end(), t.last() + 4), "recent-time") >= 0;
    }

    /** The last token in [from, to) whose normalised form starts with a digit (a year may be written there), or -1. */
    private static int lastDigitWord(SentenceView s, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            String w = s.norm(k);
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) return k;
        }
        return -1;
    }

    /** The month (1–12) whose name starts at token {@code k}, or 0. */
    private int month(SentenceView s, int k) {
        if (months == null) return 0;
        return s.memo(this, monthTable)[k];
    }

    /** One function object for the memo (a lambda would be allocated a call). */
    private final java.util.function.Function<SentenceView, int[]> monthTable = this::monthTable;

    /**
     * The month whose name starts at each token (0: none), for the whole sentence at once: the year test asks
     * at every word of a trigger's clause, and twelve set lookups a word cost more than one pass. Where two
     * names start at a token, the month listed first in the file wins.
     */
    private int[] monthTable(SentenceView s) {
        int[] at = new int[s.size()];
        for (String key : months.keys()) {
            int m = Integer.parseInt(key);
            for (int p : months.starts(s, key)) if (at[p] == 0) at[p] = m;
        }
        return at;
    }

    static int year(String w) {
        if (w.length() == 4 && Character.isDigit(w.charAt(0))) {
            try {
                int y = Integer.parseInt(w);
                return y >= 1900 && y <= 2100 ? y : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    private record Claim(List<SentenceView.Placed> who, int from, int to, String reason) {}

    /** The speech verb or source phrase that reports the trigger, with its speaker. */
    private Claim claim(SentenceView s, TriggerMatch t) {
        int sp = cues.findLast(s, 0, t.first(), "speech");
        if (sp >= 0) {
            // the speaker: first bare mention after the verb (VSO) before the trigger, or the nearest before it
            SentenceView.Placed who = null;
            int end = t.first();
            int comp = cues.find(s, sp + 1, t.first(), "complementizer");
            int colon = -1;
            for (int k = sp + 1; k < t.first(); k++) if (s.isPunct(k) && (s.norm(k).equals(":") || s.norm(k).equals("\""))) { colon = k; break; }
            if (comp >= 0) end = comp;
            else if (colon >= 0) end = colon;
            for (SentenceView.Placed p : s.mentions()) {
                if (p.first() > sp && p.last() < end && p.preposition().isEmpty()) { who = p; break; }
            }
            if (who == null) {
                for (SentenceView.Placed p : s.mentions()) if (p.last() < sp && p.preposition().isEmpty()) who = p;
            }
            List<SentenceView.Placed> g = who == null ? List.of() : s.group(who.group());
            int from = sp + 1, to = end;
            while (from < to && (Frame.preposition(s.norm(from)) != null || !s.token(from).isWord())) from++;
            if (who == null && to - from > 4) to = from + 4;
            if (who == null && (to <= from)) { from = sp; to = sp; }
            return new Claim(g, from, to, "reported by '" + s.norm(sp) + "'");
        }
        int src = cues.find(s, 0, s.size(), "source");
        if (src >= 0) {
            PhraseSets.Phrase ph = cues.matchAt(s, src, "source");
            int from = src + ph.words().length;
            SentenceView.Placed who = null;
            for (SentenceView.Placed p : s.mentions()) if (p.first() >= from && p.first() < from + 4) { who = p; break; }
            int to = from;
            while (to < s.size() && to < from + 3 && !s.isPunct(to)) to++;
            return new Claim(who == null ? List.of() : s.group(who.group()), from, to, "according to '" + ph.text() + "'");
        }
        return null;
    }
}
