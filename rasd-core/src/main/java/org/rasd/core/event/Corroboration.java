package org.rasd.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Occurrences (anchored entries: attacks, demonstrations) are surer when several triggers of the category report
 * them in one sentence (قتل ... في هجوم ... وأصيب): +0.1 from three, −0.15 when a trigger stands alone. Drops, in
 * this order:
 * <ul>
 *   <li>every occurrence of a category whose first trigger follows a word of class {@code background} within four
 *       words (غداة هجوم، بعد أن خطف، بسبب هجوم انتحاري) with no {@code recent-time} word between: the background of
 *       another event, reported elsewhere;</li>
 *   <li>a lone noun not performed by a light verb, or a lone imperfect verb, with no news-day time (class
 *       {@code recent-time}) from eight words before to twelve after it, not governed by a verb of undergoing or
 *       occurring, and (a protest) with no protest occurrence near it: a reference, not a report;</li>
 *   <li>a lone perfect verb in a relative clause opening right before it (الرهينة التي خطفت), not followed by a
 *       casualty word (الذي قتل بالرصاص): it describes a participant;</li>
 *   <li>a lone perfect verb in a sentence with no concrete detail ({@link OccurrenceEvidence#concrete}), unless a
 *       protest's own crowd is in the sentence.</li>
 * </ul>
 */
final class Corroboration {
    private final PhraseSets classes;
    private final OccurrenceEvidence evidence;
    private final ProtestRules protest;
    private final CameoTable cameo;

    Corroboration(PhraseSets classes, OccurrenceEvidence evidence, ProtestRules protest, CameoTable cameo) {
        this.classes = classes;
        this.evidence = evidence;
        this.protest = protest;
        this.cameo = cameo;
    }

    List<CodedEvent> apply(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        Map<String, Set<Integer>> triggers = new HashMap<>();
        for (CodedEvent e : coded) triggers.computeIfAbsent(e.code().category(), k -> new HashSet<>()).add(e.trigger().first());
        Map<String, Integer> firstAt = new HashMap<>();
        for (CodedEvent e : coded) if (e.trigger().entry().anchor()) firstAt.merge(e.code().category(), e.trigger().first(), Math::min);
        Set<String> background = new HashSet<>();
        firstAt.forEach((cat, i) -> {
            int b = classes.findLast(s, Math.max(0, i - 4), i, "background");
            if (b >= 0 && classes.find(s, b + 1, i, "recent-time") < 0) background.add(cat); // منذ الصباح يهتفون: a time, not a background event
        });
        List<CodedEvent> out = new ArrayList<>(coded.size());
        for (CodedEvent e : coded) {
            int n = triggers.get(e.code().category()).size();
            TriggerMatch t = e.trigger();
            if (t.entry().anchor() && background.contains(e.code().category())) {
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': the sentence's first " + e.code().category()
                        + " trigger follows '" + s.norm(classes.findLast(s, Math.max(0, firstAt.get(e.code().category()) - 4), firstAt.get(e.code().category()), "background"))
                        + "' (غداة هجوم، بعد أن خطف): the background of another event, reported elsewhere");
                continue;
            }
            String lone = n == 1 && t.entry().anchor() ? loneReason(s, e) : null;
            if (lone != null) {
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': the only " + e.code().category() + " trigger of its sentence, " + lone);
                continue;
            }
            double d = !e.trigger().entry().anchor() ? 0 : n == 1 ? -0.15 : n >= 3 ? 0.1 : 0;
            if (d == 0) { out.add(e); continue; }
            double conf = Confidence.round(Confidence.clamp(e.confidence() + d));
            out.add(new CodedEvent(e.trigger(), e.code(), e.actor(), e.recipient(), e.modality(), conf,
                    e.rule() + (d < 0 ? " (uncorroborated occurrence)" : " (corroborated by " + n + " triggers)"), e.clause()));
            if (trace != null) trace.add("  confidence " + (d < 0 ? "lowered: the only " : "raised: " + n + " triggers of ") + e.code().category() + " in the sentence");
        }
        return out;
    }

    /** Why the only occurrence trigger of its category in the sentence is no report (the rest of the trace line), or null. */
    private String loneReason(SentenceView s, CodedEvent e) {
        TriggerMatch t = e.trigger();
        Clause c = e.clause();
        if ((t.form() == VerbForm.NOUN && !evidence.performed(s, c, t) || t.form() == VerbForm.IMPERFECT)
                && classes.find(s, Math.max(0, t.first() - 8), Math.min(s.size(), t.last() + 13), "recent-time") < 0
                && !(t.form() == VerbForm.NOUN && evidence.governedByOccurrence(s, c, t))
                && !(isProtest(t) && protest.occurrenceNear(s, t.first() - 6, t.last() + 6))) {
            return "a noun or an imperfect verb with no news-day time near it (أمس، اليوم): a reference, not a report";
        }
        if (t.form() == VerbForm.PERFECT && c.kind() == Clause.Kind.RELATIVE && c.first() >= t.first() - 2
                && classes.find(s, t.last() + 1, Math.min(c.end(), t.last() + 3), "casualty") < 0) { // الذي قتل بالرصاص: the act itself
            return "in a relative clause (الرهينة التي خطفت): it describes a participant, it does not report the act";
        }
        if (t.form() == VerbForm.PERFECT && !evidence.concrete(s)
                && !(isProtest(t) && protest.occurrenceNear(s, 0, s.size()))) { // a protest's own crowd is its concrete detail
            return "with no concrete detail (a number, a casualty word, a news-day time): a mention, not a report";
        }
        return null;
    }

    private boolean isProtest(TriggerMatch t) { return "PROTEST".equals(cameo.get(t.entry().cameo()).category()); }
}
