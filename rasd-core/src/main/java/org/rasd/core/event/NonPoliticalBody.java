package org.rasd.core.event;

import java.util.List;
import java.util.Set;

/**
 * Rejects (once roles are filled) a non-occurrence event — a meeting, a visit, a call, a promise, support, an agreement,
 * a refusal (every category but ASSAULT, PROTEST, COERCE and MOBILIZE, which stand with no state party) — with a word
 * of class {@code non-political-body} (فيفا، النادي، اللاعب، الجامعة، المستشفى، المهرجان، مجلس الإدارة) within six
 * words before the trigger or eight after it in its sentence — the sentence, not the clause: a body's name is often
 * quoted (اللجنة التنفيذية لـ "فيفا") — an event of a club, a company, a school, a university or a festival, not a
 * political one; unless one of its parties is a state party: an intergovernmental body, a country by name, or of known
 * country with a sector that is neither civilian nor business nor education nor media (التقى وزير الرياضة السعودي رئيس النادي keeps the minister; جامعة تبوك، صحيفة
 * عكاظ are no state parties).
 */
record NonPoliticalBody(PhraseSets classes) implements Rejection {
    /** Categories that are occurrences or state acts even between unnamed or private parties. */
    private static final Set<String> KEPT = Set.of("ASSAULT", "PROTEST", "COERCE", "MOBILIZE");
    /** Sectors that, beyond civilians and businesses, make no state party of a body (universities, the press). */
    private static final Set<String> NON_STATE = Set.of("EDU", "MED");

    @Override
    public String reason(RuleContext c) {
        String category = c.category();
        if (category == null || KEPT.contains(category)) return null;
        Roles roles = c.roles();
        for (List<SentenceView.Placed> side : List.of(roles.actor(), roles.recipient())) {
            for (SentenceView.Placed p : side) if (stateParty(p)) return null;
        }
        SentenceView s = c.view();
        TriggerMatch t = c.match();
        int k = bodyWord(s, Math.max(0, t.first() - 6), t.first());
        if (k < 0) k = bodyWord(s, t.last() + 1, Math.min(s.size(), t.last() + 9));
        if (k < 0) return null;
        return "an event of a sports, business, school, university or cultural body ('" + s.norm(k)
                + "': اللجنة التنفيذية للفيفا، مجلس إدارة النادي، دعت الجامعة المرشحات) with no state party, not a political one";
    }

    /** The first word of class {@code non-political-body} in [from, to) that is no part of an intergovernmental body's name (الجامعة العربية), or -1. */
    private int bodyWord(SentenceView s, int from, int to) {
        for (int k = classes.find(s, from, to, "non-political-body"); k >= 0; k = classes.find(s, k + 1, to, "non-political-body")) {
            SentenceView.Placed m = s.mentionAt(k);
            if (m == null || !intergovernmental(m)) return k;
        }
        return -1;
    }

    private static boolean intergovernmental(SentenceView.Placed p) {
        String code = p.mention().code();
        return "IGO".equals(p.mention().sector()) || code != null && code.startsWith("IGO");
    }

    /**
     * A state party: an intergovernmental body, a country by name (المملكة، مصر; not a nisba adjective: اللاعب
     * النرويجي), or of known country with a sector that is no civilian, business, education or media one.
     */
    private static boolean stateParty(SentenceView.Placed p) {
        org.rasd.core.model.Mention m = p.mention();
        if ("COUNTRY".equals(m.type()) && m.sector() == null && !"nisba".equals(m.resolution())) return true;
        return intergovernmental(p) || Parties.political(p) && !NON_STATE.contains(m.sector());
    }
}
