package org.rasd.core.event;

import org.rasd.core.lexicon.WordList;

/**
 * Rejects an event noun followed by a state word ({@code events/states.txt}: المستمر، القائم ...): a state of
 * affairs (الحصار المستمر), not an event.
 */
record StateOfAffairs(WordList states) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        SentenceView s = c.view();
        if (t.isVerb() || t.last() + 1 >= s.size()) return null;
        String next = s.norm(t.last() + 1);
        return states.contains(next) ? "a state of affairs ('" + next + "'), not an event" : null;
    }
}
