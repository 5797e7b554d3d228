package org.rasd.core.event;

/**
 * Rejects (once roles are filled) support, praise, defence or congratulation (CAMEO 050–054) whose object is a thing,
 * an activity or a subsidy (class {@code not-a-party-object}: الجهود، الفعاليات، البرامج، الوقود، الأسعار، ألوان الفريق،
 * أدائه) — such a word within eight words after the trigger in its clause, not followed within two words by a
 * political party (known country, state or political sector) whose thing it is — unless the recipient is such a
 * party. دعمت السعودية جهود الحكومة اليمنية keeps the event (the government follows جهود).
 */
record SupportOfAThing(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        String code = c.entry().cameo();
        if (!"SUPPORT".equals(c.category()) || code.compareTo("050") < 0 || code.compareTo("055") >= 0) return null;
        for (SentenceView.Placed r : c.roles().recipient()) if (Parties.political(r)) return null;
        SentenceView s = c.view();
        TriggerMatch t = c.match();
        Clause cl = c.clause();
        int k = classes.find(s, t.last() + 1, Math.min(cl.end(), t.last() + 9), "not-a-party-object");
        if (k < 0) return null;
        for (SentenceView.Placed p : s.mentions()) if (p.first() > k && p.first() <= k + 2 && Parties.political(p)) return null;
        return "support, praise or defence of a thing, an activity or a subsidy ('" + s.norm(k)
                + "': دعم الجهود، دعم الوقود، أشاد بالفعاليات، دافع عن ألوان الفريق), not of a party";
    }
}
