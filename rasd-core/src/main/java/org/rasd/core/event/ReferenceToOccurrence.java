package org.rasd.core.event;

/**
 * Rejects an occurrence noun (an {@code anchor} entry read as a noun) right after a reference head (class
 * {@code reference-head}: جريمة، ذكرى، التحقيق في، هذا), or after one and a definite adjective: جريمة اغتيال، ذكرى
 * الهجوم، الذكرى الثانية لاغتيال name an act, they do not report one.
 */
record ReferenceToOccurrence(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        if (!t.entry().anchor() || t.isVerb()) return null;
        int head = headBefore(c.view(), t.first());
        if (head < 0) return null;
        return "a reference to an occurrence ('" + c.view().surface(head, t.first()) + "' + the event noun: جريمة اغتيال، ذكرى الهجوم، هذا الهجوم), not a report of one";
    }

    /**
     * A reference-head phrase ending right before token {@code i}, or right before a definite adjective that
     * precedes it (الذكرى الثانية لاغتيال); its first token, or -1.
     */
    private int headBefore(SentenceView s, int i) {
        for (int end : new int[] {i, i - 1}) {
            if (end < i && (end < 1 || !s.norm(end).startsWith("ال"))) continue;
            for (int k = end - 1; k >= Math.max(0, end - 3); k--) {
                PhraseSets.Phrase p = classes.matchAt(s, k, "reference-head");
                if (p != null && k + p.words().length == end) return k;
            }
        }
        return -1;
    }
}
