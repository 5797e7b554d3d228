package org.rasd.core.event;

import org.rasd.core.text.TokenKind;

/**
 * Whether the words around an occurrence trigger (an {@code anchor} entry: an attack, a demonstration) report it
 * as having happened rather than name it: a concrete anchor (a number, a time or casualty word, a verb of
 * happening: word classes {@code anchor}, {@code happen}, {@code recent-time}, {@code casualty}), a light verb
 * that performs the act (classes {@code done}, {@code performed}, {@code statement-opener}), a verb of undergoing
 * or occurring that governs the noun (classes {@code violence}, {@code undergone}, {@code occur}). Read by the
 * rejection rules, the sentence coder and {@link Corroboration}; thread-safe.
 */
final class OccurrenceEvidence {
    private final PhraseSets classes;
    private final ProtestRules protest;

    OccurrenceEvidence(PhraseSets classes, ProtestRules protest) {
        this.classes = classes;
        this.protest = protest;
    }

    /** Whether tokens [from, to) report a concrete occurrence of a trigger: for a protest, also its participants (ProtestRules). */
    boolean anchored(SentenceView s, int from, int to, boolean isProtest) {
        return anchored(s, from, to) || isProtest && protest.anchoredByProtesters(s, from, to);
    }

    /** Whether tokens [from, to) report a concrete occurrence: a number, a time or casualty word, a verb of happening. */
    boolean anchored(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).kind() == TokenKind.NUMBER) return true;
        }
        return classes.find(s, from, to, "anchor") >= 0 || classes.find(s, from, to, "happen") >= 0;
    }

    /**
     * Whether an event noun is the act of a light verb in the perfect, reported like a perfect verb: قامت الدبابة بقصف
     * المنزل (قام ... بـ within twelve words, class performed), تم اغتصابها (تم right before it, class done).
     */
    boolean performed(SentenceView s, Clause c, TriggerMatch t) {
        if (t.isVerb() || c.kind() == Clause.Kind.RELATIVE) return false;
        int d = t.first() - 1;
        if (d >= c.first() && classes.at(s, d, "done")) return opensStatement(s, c, d);
        int k = t.proclitics().endsWith("ب") ? classes.findLast(s, Math.max(c.first(), t.first() - 12), t.first(), "performed") : -1;
        return k >= 0 && opensStatement(s, c, k);
    }

    /**
     * Whether the light verb at {@code k} states an act rather than describes a noun (سفن تم اختطافها، من قام باعتداء):
     * it opens its clause, or follows punctuation or a word of class statement-opener (انه، قد، ثم، حيث).
     */
    private boolean opensStatement(SentenceView s, Clause c, int k) {
        if (k == c.first()) return true;
        return s.isPunct(k - 1) || classes.at(s, k - 1, "statement-opener") || s.mentionAt(k - 1) != null && k - 2 >= c.first() && (s.isPunct(k - 2) || s.mentionAt(k - 1).first() == c.first());
    }

    /** An attack noun governed by a perfect verb of undergoing or occurring right before it (تعرضت لهجوم، وقع انفجار): a report of the act. */
    boolean governedByOccurrence(SentenceView s, Clause c, TriggerMatch t) {
        return classes.at(s, t.first(), "violence") && (classes.findLast(s, Math.max(c.first(), t.first() - 4), t.first(), "undergone") >= 0
                || classes.findLast(s, Math.max(c.first(), t.first() - 2), t.first(), "occur") >= 0);
    }

    /** Whether a sentence gives concrete detail of an occurrence: a number, a casualty or count word, a news-day time, a shot or shell (class casualty). */
    boolean concrete(SentenceView s) {
        for (int i = 0; i < s.size(); i++) if (s.token(i).kind() == TokenKind.NUMBER) return true;
        return classes.find(s, 0, s.size(), "anchor") >= 0 || classes.find(s, 0, s.size(), "recent-time") >= 0
                || classes.find(s, 0, s.size(), "casualty") >= 0;
    }
}
