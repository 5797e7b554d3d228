package org.rasd.core.event;

/**
 * Rejects an ASSAULT occurrence told in a sentence about court proceedings (class {@code court}: محكمة، حكم بالسجن،
 * الادعاء، تبرئة): ثبتت محكمة حكما على من خطفوا سياحا judges an earlier act. A court word that is the target or place
 * of an attack (up to three words after a word of class {@code court-target} — على، أمام، مبنى — or an attack word,
 * class {@code attackctx}: هجوم على محكمة، انفجار أمام مبنى المحكمة) does not count. A protest against a verdict is one.
 */
record CourtProceedings(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        if (!c.entry().anchor() || !c.assault()) return null;
        int court = courtWord(c.view());
        return court < 0 ? null : "told in a sentence about court proceedings ('" + c.view().norm(court) + "': ثبتت محكمة حكما على من خطفوا سياحا): the act judged, an earlier event, not a report";
    }

    /** The first court word of the sentence that is not the target or place of an attack, or -1. */
    private int courtWord(SentenceView s) {
        for (int k = classes.find(s, 0, s.size(), "court"); k >= 0; k = classes.find(s, k + 1, s.size(), "court")) {
            boolean target = classes.find(s, Math.max(0, k - 3), k, "court-target") >= 0 || classes.find(s, Math.max(0, k - 3), k, "attackctx") >= 0;
            if (!target) return k;
        }
        return -1;
    }
}
