package org.rasd.core.event;

/**
 * Rejects the signing or conclusion of a deal told as the time of something else (بعد توقيع الاتفاق النووي، منذ توقيع
 * اتفاق فيينا، في أعقاب التوصل إلى الاتفاق): a reference to a deal made before, not a new one. It reads a noun trigger
 * that is a deal (class {@code standing-noun}) after an act word (class {@code deal-act}: توقيع، التوصل إلى، إبرام)
 * within three words, or an act word followed by a deal within three words, with a word of class {@code since}
 * (منذ، بعد، عقب، إثر، أعقاب) within two words before the act. The act stays news when a word of class
 * {@code recent-day} (أمس، اليوم) follows in its clause (بعد توقيع الاتفاق أمس).
 */
record EarlierDeal(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        if (t.isVerb()) return null;
        SentenceView s = c.view();
        int act;
        if (classes.at(s, t.first(), "deal-act")) {
            act = t.first();
            Clause clause = c.clause();
            if (classes.find(s, t.last() + 1, Math.min(clause.end(), t.last() + 4), "standing-noun") < 0) return null;
        } else if (classes.at(s, t.first(), "standing-noun")) {
            act = classes.findLast(s, Math.max(c.clause().first(), t.first() - 3), t.first(), "deal-act");
            if (act < 0) return null;
        } else {
            return null;
        }
        Clause clause = c.clause();
        if (classes.findLast(s, Math.max(clause.first(), act - 2), act, "since") < 0) return null;
        if (classes.find(s, t.last() + 1, clause.end(), "recent-day") >= 0) return null;
        return "the signing or conclusion of a deal told as the time of another fact (بعد توقيع الاتفاق النووي، منذ توقيع"
                + " اتفاق فيينا): a deal made before, not a new one";
    }
}
