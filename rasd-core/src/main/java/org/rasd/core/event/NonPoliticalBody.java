package org.rasd.core.event;

import java.util.List;

/**
 * Rejects (once roles are filled) a CONSULT trigger (a meeting, talks, a visit) with a word of class
 * {@code non-political-body} (فيفا، النادي، مجلس الإدارة، الجمعية العمومية، المدرسة) within six words before it or eight
 * after it in its sentence — the sentence, not the clause: a body's name is often quoted (اللجنة التنفيذية لـ "فيفا") —
 * a meeting of a club, a company or a school board, not a political consultation; unless one of its parties is of
 * known country with a state or political sector (التقى وزير الرياضة السعودي رئيس النادي keeps the minister).
 */
record NonPoliticalBody(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        if (!"CONSULT".equals(c.category())) return null;
        Roles roles = c.roles();
        for (List<SentenceView.Placed> side : List.of(roles.actor(), roles.recipient())) {
            for (SentenceView.Placed p : side) if (Parties.political(p)) return null;
        }
        SentenceView s = c.view();
        TriggerMatch t = c.match();
        int k = classes.findLast(s, Math.max(0, t.first() - 6), t.first(), "non-political-body");
        if (k < 0) k = classes.find(s, t.last() + 1, Math.min(s.size(), t.last() + 9), "non-political-body");
        if (k < 0) return null;
        return "a meeting of a sports, business or school body ('" + s.norm(k)
                + "': اللجنة التنفيذية للفيفا، مجلس إدارة النادي) with no state party, not a political consultation";
    }
}
