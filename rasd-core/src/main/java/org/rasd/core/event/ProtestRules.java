package org.rasd.core.event;

import org.rasd.core.text.ArabicNormalizer;

/**
 * When a PROTEST trigger (a demonstration, sit-in, strike, chant) names a protest held and reported here, and
 * when it only refers to one reported elsewhere or describes something else. Every rule reads word classes of
 * {@code events/classes.txt}, so the words are data (docs/event-lexicon.md, "PROTEST"):
 * <ul>
 *   <li>nouns: in a relative clause (الذين خرجوا في مظاهرات: a description), after an {@code anaphor} (هذه المظاهرة), a {@code protest-reference-head} (حق التظاهر، قانون
 *       التظاهر، ضحايا الاضرابات، أي أعمال شغب), a {@code protest-end} (انهوا الاحتجاج), a {@code background-head} (بعد مظاهرة، خلال المسيرة، في
 *       نهاية المظاهرة), a {@code call} (حثهم على التظاهر، يخطط لخروج مظاهرات: called for or planned, not held; up to 12 words before), an {@code express} verb (أبدى
 *       احتجاجه: an opinion), a {@code charge} (اتهمهم بالشغب), the preposition بـ unless after
 *       {@code carry-out} (ليلة عاصفة بالاحتجاجات: a manner; قاموا بالاعتصام is a report), the preposition لـ (للتظاهر، للمظاهرة: a purpose
 *       or a possessor), the object of {@code repression} (منعت تظاهرة، فرقت مظاهرة، مظاهرات قمعتها), or
 *       before {@code not-protest} (تظاهرة التشييع: a funeral);</li>
 *   <li>verbs: in a relative clause (المتظاهرون الذين تجمعوا، السجلات التي قاطعتها الأحزاب: background of
 *       another event), after a
 *       {@code background-verb-head} (بعدما تجمعوا، عندما خرجوا), an intransitive verb with an object pronoun
 *       (وتجمعهم: a verbal noun with a possessive), an imperfect verb describing a group in the oblique case or
 *       indefinite (اشتباكات مع متظاهرين يحتجون، جموعا من المتظاهرين يسيرون), a gathering of things
 *       ({@code not-crowd}: تجمعت مئات السيارات), leaving a place ({@code leave-verb} + {@code leave-from}: خرج من المدينة), and a {@code protest-detail} verb (هتف، ردد، احتج) without its own
 *       indefinite {@code crowd} and news-day time (وهتف المتظاهرون: the protest was reported before).</li>
 * </ul>
 * A protest is anchored as an occurrence by an indefinite crowd (آلاف، مئات المتظاهرين، متظاهرون), a protest
 * prop ({@code protest-prop}: لافتات، شعارات، احتجاجا) or a verb of a protest breaking out or going on
 * ({@code protest-happen}: انطلقت، عمت، تجددت، نفذ) — the definite المتظاهرون refers to a protest known already.
 */
final class ProtestRules {
    private static final java.util.Set<String> WAS = java.util.Set.of("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا");
    private final PhraseSets classes;

    /** The one-word crowd words as written (الاف is a word, not ال + اف). */
    private final java.util.Set<String> words = new java.util.HashSet<>();

    ProtestRules(PhraseSets classes) {
        this.classes = classes;
        for (PhraseSets.Phrase p : classes.phrases("crowd")) if (p.words().length == 1) words.add(p.words()[0]);
    }

    /** Why a PROTEST trigger does not report a protest here, or null. */
    String reject(SentenceView s, Clause c, TriggerMatch t) {
        return t.isVerb() ? rejectVerb(s, c, t) : rejectNoun(s, c, t);
    }

    private String rejectNoun(SentenceView s, Clause c, TriggerMatch t) {
        int before = t.first() - 1;
        if (c.kind() == Clause.Kind.RELATIVE) {
            return "in a relative clause (الذين خرجوا في مظاهرات، المدن التي شهدت احتجاجات): it describes a participant or a place of another event";
        }
        if (before >= 0 && classes.at(s, before, "anaphor")) {
            return "a protest already reported ('" + s.norm(before) + "' + the noun: هذه المظاهرة), not a new report";
        }
        for (int k = Math.max(0, t.first() - 2); k < t.first(); k++) {
            if (classes.at(s, k, "background-head") && (k == before || classes.at(s, k + 1, "quantifier"))) {
                return "the time of another event ('" + s.norm(k) + "' + the noun: بعد مظاهرة، خلال المسيرة), not the report";
            }
        }
        if (t.proclitics().replace("ال", "").endsWith("ب") && classes.findLast(s, Math.max(c.first(), t.first() - 6), t.first(), "carry-out") < 0) {
            return "a manner or an instrument (بـ + the noun: ليلة عاصفة بالاحتجاجات), not a report; قام بـ + the noun would report one";
        }
        if (prepositionLam(t.proclitics())) {
            return "a purpose or a possessor (لـ + the noun: للتظاهر، للمظاهرة), not a report of a protest";
        }
        if (before >= 0 && (classes.at(s, before, "protest-reference-head")
                || before > 0 && classes.at(s, before - 1, "protest-reference-head") && classes.at(s, before, "quantifier"))) {
            return "a protest as a topic ('" + s.norm(before) + "' + the noun: حق التظاهر، قانون التظاهر، ضحايا الاضرابات), not a report";
        }
        int call = classes.findLast(s, Math.max(0, t.first() - 20), t.first(), "call");
        // دعا، ناشد within four words govern the noun as their content (a REQUEST, EventCoder's control); farther, this rule
        if (call < 0) call = classes.findLast(s, Math.max(0, t.first() - 20), Math.max(0, t.first() - 4), "call-control");
        if (call >= 0) return "called for or planned, not held ('" + s.norm(call) + "' before the noun: حثهم على التظاهر، قرروا تسيير مظاهرة)";
        int express = classes.findLast(s, Math.max(c.first(), t.first() - 6), t.first(), "express");
        if (express >= 0) return "an opinion expressed ('" + s.norm(express) + "' + the noun: أبدى احتجاجه), not a collective act";
        int end = classes.findLast(s, Math.max(c.first(), t.first() - 4), t.first(), "protest-end");
        if (end >= 0) return "the end of a protest already reported ('" + s.norm(end) + "' + the noun: انهوا الاحتجاج، قبل ان تنتهي المظاهرة)";
        int charge = classes.findLast(s, Math.max(c.first(), t.first() - 10), t.first(), "charge");
        if (charge >= 0) return "the content of a charge ('" + s.norm(charge) + "': اتهمهم بالشغب), not a report";
        if (classes.find(s, Math.max(c.first(), t.first() - 8), t.first(), "repression") >= 0
                || classes.find(s, t.last() + 1, Math.min(s.size(), t.last() + 4), "repression-after") >= 0) {
            return "the object of repression (منعت تظاهرة، فرقت مظاهرة، مظاهرات قمعتها): the report is of the repression";
        }
        if (t.last() + 1 < s.size() && classes.at(s, t.last() + 1, "not-protest")) {
            return "not a protest ('" + s.norm(t.last() + 1) + "': a funeral procession, a torch relay)";
        }
        if (t.last() + 1 < s.size() && classes.at(s, t.last() + 1, "protest-aside")) {
            return "a protest named by comparison ('" + s.norm(t.last() + 1) + "': مظاهرات مماثلة، احتجاجات أخرى، المظاهرات السابقة), not the one reported";
        }
        int repressed = repressionOfProtesters(s, t.last() + 1);
        if (repressed >= 0) {
            return "the sentence reports the repression of the protesters ('" + s.norm(repressed) + "': وفرقت الشرطة المتظاهرين); the protest is its setting";
        }
        return null;
    }

    private String rejectVerb(SentenceView s, Clause c, TriggerMatch t) {
        int before = t.first() - 1;
        boolean transitive = t.entry().frame().recipientSlots().contains("obj") || t.entry().frame().actorSlots().contains("obj");
        if (c.kind() == Clause.Kind.RELATIVE) {
            return "in a relative clause (المتظاهرون الذين تجمعوا، السجلات التي قاطعتها الأحزاب): background to another event, reported elsewhere";
        }
        for (int k = Math.max(c.first(), t.first() - 2); k < t.first(); k++) {
            if (classes.at(s, k, "background-verb-head")) return "the time of another event ('" + s.norm(k) + "' + the verb: بعدما تجمعوا)";
        }
        if (!t.enclitic().isEmpty() && !transitive) {
            return "an intransitive verb cannot take an object pronoun: '" + s.norm(t.first()) + "' is a verbal noun with a possessive (وتجمعهم)";
        }
        if (t.form() == VerbForm.IMPERFECT) {
            int k = before;
            if (k >= 0 && WAS.contains(s.norm(k))) k--;
            if (k >= 0 && classes.at(s, k, "described-group") && (!definite(s, k) || s.norm(k).endsWith("ين"))) {
                return "a description of '" + s.norm(k) + "' (متظاهرين يحتجون: people protesting), who take part in another event";
            }
        }
        if (classes.at(s, t.first(), "leave-verb")) {
            for (int k = t.last() + 1; k < Math.min(c.end(), t.last() + 5); k++) {
                // من after a count is partitive (خرج الآلاف من الطلاب), من اجل a purpose, اول من امس a day
                if (!classes.at(s, k, "leave-from") || classes.at(s, k - 1, "crowd") || k + 1 < s.size() && classes.at(s, k + 1, "min-not-place")) continue;
                return "leaving a place ('" + s.norm(k) + "' after the verb: خرج من المدينة), not a march";
            }
        }
        int thing = classes.find(s, t.last() + 1, Math.min(c.end(), t.last() + 4), "not-crowd");
        if (thing >= 0) return "what gathers is not people ('" + s.norm(thing) + "')";
        if (isDetail(t) && !(crowdNear(s, Math.max(c.first(), t.first() - 3), Math.min(c.end(), t.last() + 4))
                && classes.find(s, c.first(), c.end(), "recent-time") >= 0)) {
            return "a detail (chanting, banners) of a protest: a report only with its own crowd and day (هتف آلاف المتظاهرين امس)"
                    + "; otherwise the protest was reported before (وهتف المتظاهرون) or is the setting of another event";
        }
        return null;
    }

    /**
     * A finite repression verb ({@code repression-finite}) after {@code from} in the sentence whose object is the
     * protesters (فرقت المتظاهرين; not a purpose: لتفريق المتظاهرين), not dated
     * as earlier by a background word just before it (بعد أن قمعت السلطة المتظاهرين), or -1.
     */
    private int repressionOfProtesters(SentenceView s, int from) {
        for (int k = from; k < s.size(); k++) {
            if (!classes.at(s, k, "repression-finite")) continue;
            if (classes.find(s, k + 1, Math.min(s.size(), k + 4), "protester") < 0) continue;
            if (classes.find(s, Math.max(0, k - 3), k, "background-head") >= 0 || classes.find(s, Math.max(0, k - 3), k, "background-verb-head") >= 0) continue;
            return k;
        }
        return -1;
    }

    /**
     * The protesters a protest without a named actor is done by: the first civilian mention (sector CVL:
     * المتظاهرون، الطلاب، العمال) of its clause, else of its sentence, that is not its recipient and not the object
     * of a preposition of direction (الى، على، ضد), or null.
     */
    SentenceView.Placed participants(SentenceView s, Clause c, java.util.List<SentenceView.Placed> recipient) {
        SentenceView.Placed inSentence = null;
        for (SentenceView.Placed p : s.mentions()) {
            if (!"CVL".equals(p.mention().sector()) || recipient.contains(p) || p.adjective()) continue;
            String prep = p.preposition();
            if (prep != null && (prep.equals("الى") || prep.equals("على") || prep.equals("ضد") || prep.equals("ل"))) continue;
            if (c.contains(p.first())) return p;
            if (inSentence == null) inSentence = p;
        }
        return inSentence;
    }

    /** Whether tokens [from, to) anchor a protest as an occurrence: an indefinite crowd, a protest prop, a verb of a protest going on. */
    boolean anchoredByProtesters(SentenceView s, int from, int to) {
        return crowdNear(s, from, to) || classes.find(s, from, to, "protest-prop") >= 0 || classes.find(s, from, to, "protest-happen") >= 0;
    }

    /**
     * Whether a lone protest noun or imperfect verb is still an occurrence: an indefinite crowd, a protest prop
     * (احتجاجا، لافتات) or a verb of a protest going on (اندلعت، تجددت، يتواصل) near it.
     */
    boolean occurrenceNear(SentenceView s, int from, int to) {
        return anchoredByProtesters(s, Math.max(0, from), Math.min(s.size(), to));
    }

    /** Whether an indefinite crowd word (آلاف، مئات، متظاهرون; not the known المتظاهرون) starts in [from, to). */
    boolean crowdNear(SentenceView s, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(s.size(), to); k++) if (classes.at(s, k, "crowd") && !definite(s, k)) return true;
        return false;
    }

    /** Whether the trigger's verb (by its lemma's perfect) is of class {@code protest-detail}. */
    private boolean isDetail(TriggerMatch t) {
        String perfect = ArabicNormalizer.normalizeString(t.entry().lemma().split("/")[0].strip().split("\\s+")[0]);
        for (PhraseSets.Phrase p : classes.phrases("protest-detail")) if (p.words().length == 1 && p.words()[0].equals(perfect)) return true;
        return false;
    }

    /** Whether proclitics hold the preposition لـ (لـ، للـ، ولـ), not only the article ال. */
    static boolean prepositionLam(String proclitics) {
        if (proclitics.endsWith("لل")) return true;
        String p = proclitics.endsWith("ال") ? proclitics.substring(0, proclitics.length() - 2) : proclitics;
        return p.endsWith("ل");
    }

    /**
     * Whether the word at {@code k} carries the article: the word itself (without و/ف) is not one of the class's
     * words (الاف is a word, not ال + اف) but reads as one after the article (المتظاهرون).
     */
    private boolean definite(SentenceView s, int k) {
        String w = s.norm(k);
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && !words.contains(w)) w = w.substring(1);
        if (words.contains(w)) return false;
        return w.startsWith("ال") || w.startsWith("بال") || w.startsWith("لل") || w.startsWith("كال");
    }
}
