package org.rasd.core.event;

/**
 * Rejects (once roles are filled) a visit, travel or hosting trigger (CAMEO 042 visit, 043 host/receive) about a
 * place, a thing or private visitors: a word of class {@code not-a-visit} (موقع، متنزه، مسجد، معرض، سفينة، حفل، الحجاج،
 * المصطافون، المواسين) within four words before the trigger or eight after it, in its clause — unless its recipient is a
 * party of known country with a state or political sector (زار الرئيس المعرض مع نظيره الفرنسي keeps نظيره).
 */
record PrivateVisit(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        String code = c.entry().cameo();
        if (!code.startsWith("042") && !code.startsWith("043")) return null;
        for (SentenceView.Placed r : c.roles().recipient()) if (Parties.political(r)) return null;
        SentenceView s = c.view();
        TriggerMatch t = c.match();
        Clause cl = c.clause();
        int k = classes.findLast(s, Math.max(cl.first(), t.first() - 4), t.first(), "not-a-visit");
        if (k < 0) k = classes.find(s, t.last() + 1, Math.min(cl.end(), t.last() + 9), "not-a-visit");
        if (k < 0) return null;
        return "a visit or reception of a place, a thing or private visitors ('" + s.norm(k)
                + "': زيارة الموقع، استقبال السفينة، يستقبل الحجاج، المصطافون الذين يزورون), not a meeting of parties";
    }
}
