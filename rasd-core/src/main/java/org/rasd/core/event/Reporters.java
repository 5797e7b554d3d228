package org.rasd.core.event;

import java.util.List;

/**
 * Tells a reporter from a party that speaks for itself, and finds whom a reporter quotes. A reporter is a mention of
 * sector MED (الجزيرة، رويترز، فرانس برس), or one headed or preceded (within two words) by a word of class
 * {@code reporter} (صحيفة «الطيار»، وكالة الأناضول، مراسل قناة ...، المرصد السوري لحقوق الإنسان). The source a
 * reporter quotes is the first mention after عن within five words of the reporter's name (نقلت صحيفة نيويورك تايمز عن
 * مسؤول أمريكي: the official), when it is no reporter itself.
 */
final class Reporters {
    private static final String MEDIA = "MED";
    private final PhraseSets classes;

    Reporters(PhraseSets classes) { this.classes = classes; }

    /** Whether a mention names a reporter. */
    boolean isReporter(SentenceView s, SentenceView.Placed p) {
        if (MEDIA.equals(p.mention().sector())) return true;
        if (classes == null || p.first() < 0) return false;
        return classes.find(s, Math.max(0, p.first() - 2), p.last() + 1, "reporter") >= 0;
    }

    /**
     * Who blames, given the speaker of a report: the speaker itself when it is no reporter; else the named source it
     * quotes; else nobody (an empty list).
     */
    List<SentenceView.Placed> accuser(SentenceView s, List<SentenceView.Placed> speaker) {
        if (speaker.isEmpty() || !isReporter(s, speaker.get(0))) return speaker;
        int last = speaker.get(speaker.size() - 1).last();
        if (last < 0) return List.of();
        for (int k = last + 1; k < Math.min(s.size(), last + 6); k++) {
            if (!s.norm(k).equals("عن")) continue;
            for (SentenceView.Placed p : s.mentions()) {
                if (p.first() > k && p.first() <= k + 3) return isReporter(s, p) ? List.of() : s.group(p.group());
            }
            return List.of();
        }
        return List.of();
    }
}
