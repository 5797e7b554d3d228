package org.rasd.core.event;

/**
 * Rejects an occurrence governed, up to four words before it in its clause, by a charge (class {@code charge}: أدين
 * بتهمة تنفيذ تفجير، المتهمين بخطف — an earlier act judged), a threat or a fear (class {@code feared}: هدد بقتل
 * الرهائن، خشية هجمات — not done) or a claim of responsibility or a blame (class {@code responsibility}: أعلنت الجماعة
 * مسؤوليتها عن الهجوم — an attack reported before); tried in that order.
 */
record ChargeFearOrClaim(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        if (!t.entry().anchor()) return null;
        SentenceView s = c.view();
        int from = Math.max(c.clause().first(), t.first() - 4);
        int charge = classes.findLast(s, from, t.first(), "charge");
        if (charge >= 0) return "the charge of a trial or an investigation ('" + s.norm(charge) + "': أدين بتهمة تنفيذ تفجير، المتهمين بخطف), a reference to an earlier act, not a report";
        int feared = classes.findLast(s, from, t.first(), "feared");
        if (feared >= 0) return "threatened, warned of or feared ('" + s.norm(feared) + "': هدد بقتل الرهائن، خشية هجمات), not done";
        int claim = classes.findLast(s, from, t.first(), "responsibility");
        if (claim >= 0) return "the object of a claim of responsibility or a blame ('" + s.norm(claim) + "': أعلنت الجماعة مسؤوليتها عن الهجوم), an attack reported before, not a new report";
        return null;
    }
}
