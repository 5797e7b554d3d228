package org.rasd.core.event;

/**
 * Rejects (once roles are filled) a verb of helping (class {@code helps-to}: ساعد، يساعد ...) followed, after at most
 * one object, by على or في (ساعد على، تساعدهم على التركيز، ستساعد مصر على تأمين): "helps to, contributes to" is
 * cooperation only when a party is its subject — a mention ending within three words before the verb, or, for a
 * perfect verb, a mention right after it (ساعدت الولايات المتحدة العراق على). A thing (الطائرات، التصريحات) or no
 * subject is no COOPERATE event.
 */
record HelpsToWithoutParty(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        return helpsTo(c.view(), c.match(), c.roles()) ? "'helps to' (ساعد على/في + verbal noun) with no party as its subject: a contribution, not cooperation" : null;
    }

    private boolean helpsTo(SentenceView s, TriggerMatch t, Roles roles) {
        if (!t.isVerb() || !classes.at(s, t.first(), "helps-to")) return false;
        boolean toFollows = false;
        for (int k = t.last() + 1; k < Math.min(s.size(), t.last() + 5) && !toFollows; k++) {
            String w = s.norm(k);
            toFollows = w.equals("على") || w.equals("علي") || w.equals("في");
        }
        if (!toFollows) return false;
        if (roles.actor().isEmpty() || !roles.actorSlot().startsWith("subj") || roles.actorSlot().contains("previous")) return true;
        SentenceView.Placed a = roles.actor().get(0);
        boolean before = a.last() < t.first() && a.last() >= t.first() - 3;
        boolean after = t.form() == VerbForm.PERFECT && a.first() == t.last() + 1;
        return !(before || after);
    }
}
