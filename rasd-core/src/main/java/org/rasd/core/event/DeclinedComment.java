package org.rasd.core.event;

/**
 * Rejects a REJECT trigger whose object is a word of class {@code comment} (التعليق، الإدلاء، الكشف، الإفصاح) within
 * eight words after it in its clause, after the subject too (رفض المتحدث باسم الخارجية التعليق على التقرير، رفض الكشف
 * عن هويته): declining to comment or to disclose is no rejection of a party's demand or proposal, and no event in the
 * PLOVER categories. Reads the class {@code comment}.
 */
final class DeclinedComment implements Rejection {
    private final PhraseSets classes;

    DeclinedComment(PhraseSets classes) { this.classes = classes; }

    /** Why the trigger declines to comment, or null. */
    @Override
    public String reason(RuleContext r) {
        if (!"REJECT".equals(r.category())) return null;
        SentenceView s = r.view();
        TriggerMatch t = r.match();
        int k = classes.find(s, t.last() + 1, Math.min(r.clause().end(), t.last() + 9), "comment");
        return k < 0 ? null : "declines to comment or to disclose ('" + s.norm(k) + "': رفض التعليق، رفض الكشف عن هويته), not a rejection";
    }
}
