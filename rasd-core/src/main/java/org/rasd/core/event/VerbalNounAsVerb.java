package org.rasd.core.event;

/**
 * Rejects an occurrence matched as a perfect verb that is a verbal noun written the same: after و in a list of
 * crimes (a word of class {@code crime-noun} right before it: اغتصاب ونهب وقتل), or with no clitic right after a word
 * of class {@code masdar-head} or {@code reference-head} (محاولة قتل، في خطف); tried in that order.
 */
record VerbalNounAsVerb(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        if (!t.entry().anchor() || t.form() != VerbForm.PERFECT || t.first() == 0) return null;
        SentenceView s = c.view();
        if (t.proclitics().equals("و") && classes.at(s, t.first() - 1, "crime-noun")) {
            return "a verbal noun in a list of crimes ('" + s.norm(t.first() - 1) + "' و...: اغتصاب ونهب وقتل), not a finite verb";
        }
        if (t.proclitics().isEmpty() && (classes.at(s, t.first() - 1, "masdar-head") || classes.at(s, t.first() - 1, "reference-head"))) {
            return "a verbal noun after '" + s.norm(t.first() - 1) + "' (محاولة قتل، في خطف), not a finite verb";
        }
        return null;
    }
}
