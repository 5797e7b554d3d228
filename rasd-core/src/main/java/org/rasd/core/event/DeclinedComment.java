package org.rasd.core.event;

/**
 * A REJECT trigger whose object is a word of class {@code comment} (التعليق، الإدلاء، الكشف، الإفصاح) within eight words
 * after it in its clause (after the subject: رفض المتحدث باسم الخارجية الأمريكية التعليق) declines to comment or to disclose (رفض المتحدث باسم الخارجية التعليق على التقرير، رفض الكشف عن
 * هويته): no rejection of a party's demand or proposal, and no event in the PLOVER categories.
 */
final class DeclinedComment {
    private final PhraseSets classes;

    DeclinedComment(PhraseSets classes) { this.classes = classes; }

    /** Why the trigger declines to comment, or null. */
    String reason(SentenceView s, Clause c, TriggerMatch t, CameoTable cameo) {
        if (!"REJECT".equals(cameo.get(t.entry().cameo()).category())) return null;
        int k = classes.find(s, t.last() + 1, Math.min(c.end(), t.last() + 9), "comment");
        return k < 0 ? null : "declines to comment or to disclose ('" + s.norm(k) + "': رفض التعليق، رفض الكشف عن هويته), not a rejection";
    }
}
