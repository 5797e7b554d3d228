package org.rasd.core.event;

/**
 * Rejects an ASSAULT occurrence told as a habit or a pattern: a word of class {@code habitual} (يوميا، عادة، كل يوم)
 * in its clause — تنفجر السيارات المفخخة يوميا reports no one act.
 */
record Habitual(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        if (!c.entry().anchor() || !c.assault()) return null;
        Clause cl = c.clause();
        int k = classes.find(c.view(), cl.first(), cl.end(), "habitual");
        if (k < 0) return null;
        return "a habit or a pattern ('" + c.view().norm(k) + "' in its clause: تنفجر السيارات المفخخة يوميا), not one act reported";
    }
}
