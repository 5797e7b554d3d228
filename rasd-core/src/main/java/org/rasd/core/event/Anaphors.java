package org.rasd.core.event;

/**
 * A non-occurrence event noun right after a demonstrative (word class {@code anaphor}: هذا، هذه، ذلك، تلك) names an
 * event told before, not a new one: فعلى الأردن دراسة هذه الدعوات، ناقش الوزراء هذا الاتفاق، بعد تلك المفاوضات. The
 * demonstrative may stand before the noun (هذه الدعوات) or after it (الاتفاق هذا). Occurrences (attacks, protests)
 * have their own reference rule (class {@code reference-head}), {@link ReferenceToOccurrence}. Reads the class
 * {@code anaphor}.
 */
final class Anaphors implements Rejection {
    private final PhraseSets classes;

    Anaphors(PhraseSets classes) { this.classes = classes; }

    @Override
    public String reason(RuleContext c) { return reason(c.view(), c.match()); }

    /** Why the trigger refers back to an earlier event, or null. */
    String reason(SentenceView s, TriggerMatch t) {
        if (t.isVerb() || t.entry().anchor()) return null;
        int before = t.first() - 1;
        if (before >= 0 && classes.at(s, before, "anaphor")) {
            return "after the demonstrative '" + s.norm(before) + "' (هذه الدعوات، هذا الاتفاق): an event told before, not a new one";
        }
        int after = t.last() + 1;
        if (after < s.size() && t.hasArticle() && classes.at(s, after, "anaphor")) {
            return "before the demonstrative '" + s.norm(after) + "' (الاتفاق هذا): an event told before, not a new one";
        }
        return null;
    }
}
