package org.rasd.core.event;

/**
 * Rejects a cooperative noun (class {@code standing-noun}: اتفاق، صفقة، تعاون، تحالف ...) that names an existing
 * agreement, deal or alliance rather than a new act (الاتفاق المبرم، التعاون بين البلدين، أغلب الصفقات). It reports a new
 * act when a word of class {@code enact} (وقع، أبرم، توصل إلى، أعلن، تعزيز ...) stands up to ten words before it in its
 * clause, or one of class {@code enact-adjacent} right before it, or a {@code future} cue before it in its clause, or a
 * {@code planned-after} cue within three words after it (الاتفاقيات العسكرية المخطط لها), or it is the adverbial
 * بالتعاون مع (an act done together). A word of class {@code standing-after} within two words after it (المبرم، القائم،
 * السابق) always makes it a reference.
 */
record ExistingAgreement(PhraseSets classes, PhraseSets cues) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        if (t.isVerb() || !classes.at(c.view(), t.first(), "standing-noun") || enacted(c.view(), c.clause(), t)) return null;
        return "names an existing agreement, deal or alliance (الاتفاق المبرم، التعاون بين البلدين، أغلب الصفقات), not a new one:"
                + " no verb of concluding, signing or announcing governs it and no future or planned cue scopes it";
    }

    private boolean enacted(SentenceView s, Clause c, TriggerMatch t) {
        for (int k = t.last() + 1; k < Math.min(c.end(), t.last() + 3); k++) {
            if (classes.at(s, k, "standing-after")) return false;
        }
        if (classes.find(s, Math.max(c.first(), t.first() - 10), t.first(), "enact") >= 0) return true;
        if (t.first() > c.first() && classes.at(s, t.first() - 1, "enact-adjacent")) return true;
        if (cues.find(s, c.first(), t.first(), "future") >= 0) return true;
        if (cues.find(s, t.last() + 1, Math.min(c.end(), t.last() + 4), "planned-after") >= 0) return true;
        return t.proclitics().contains("ب") && t.last() + 1 < c.end() && s.norm(t.last() + 1).equals("مع");
    }
}
