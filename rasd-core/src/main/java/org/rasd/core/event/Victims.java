package org.rasd.core.event;

import java.util.List;
import org.rasd.core.model.Mention;
import org.rasd.core.text.Segmentation;

/**
 * Who suffered an attack when no party is named as its target, from the word classes of {@code events/classes.txt}:
 * <ul>
 *   <li>the speaker's own people: أعلن الجيش الأمريكي مقتل اثنين من جنوده (a victim word with a possessive pronoun
 *       after the trigger belongs to the speaker, or to the clause's subject);</li>
 *   <li>the people of the place: مقتل خمسة أشخاص في بغداد (victims with no nationality are of the country where the
 *       attack happened, sector from the victim word: civilians, police, soldiers).</li>
 * </ul>
 */
final class Victims {
    /** Victim word classes and the sector each names (victims: none). */
    static final List<String[]> CLASSES = List.of(new String[] {"victims-mil", "MIL"}, new String[] {"victims-cop", "COP"},
            new String[] {"victims-cvl", "CVL"}, new String[] {"victims", null});
    /** How far after the trigger a victim word is looked for; before it for a passive reading (60 شخصا قتلوا). */
    static final int AFTER = 10, BEFORE = 6;

    private final PhraseSets classes;

    Victims(PhraseSets classes) { this.classes = classes; }

    /**
     * The owner of victims named with a possessive pronoun right after the trigger (مقتل أحد جنوده، إصابة عناصرها):
     * the speaker when there is one, else the actor; empty when none.
     */
    List<SentenceView.Placed> ownPeople(SentenceView s, Clause c, TriggerMatch t, List<SentenceView.Placed> speaker, List<SentenceView.Placed> actor) {
        List<SentenceView.Placed> owner = !speaker.isEmpty() ? speaker : actor;
        if (owner.isEmpty() || owner.get(0).mention().country() == null) return List.of();
        for (int k = t.last() + 1; k < Math.min(c.end(), t.last() + 5); k++) {
            if (s.mentionAt(k) != null) return List.of();
            if (sectorAt(s, k) != null && possessive(s, k)) return owner;
        }
        return List.of();
    }

    /** The victims as people of the place where the attack happened, or null when no place of known country or no victim word. */
    SentenceView.Placed peopleOfPlace(SentenceView s, Clause c, TriggerMatch t) {
        SentenceView.Placed where = EventCoder.locationMention(s, c);
        if (where == null || where.mention().country() == null) return null;
        String[] found = null;
        int best = Integer.MAX_VALUE;
        int from = Math.max(c.first(), t.first() - BEFORE), to = Math.min(s.size(), t.last() + 1 + AFTER);
        for (int k = from; k < to; k++) {
            if (k >= t.first() && k <= t.last()) continue;
            String[] cls = sectorAt(s, k);
            int d = Math.abs(k - t.first());
            // a named sector (soldiers, police, civilians) wins over a bare casualty word
            if (cls != null && (found == null || found[1] == null && cls[1] != null || (cls[1] != null) == (found[1] != null) && d < best)) {
                found = cls;
                best = d;
            }
        }
        if (found == null) return null;
        Mention m0 = where.mention();
        String sector = found[1];
        String code = m0.country() + (sector == null ? "" : sector);
        String label = sector == null ? "people" : switch (sector) { case "MIL" -> "soldiers"; case "COP" -> "police"; default -> "civilians"; };
        Mention people = new Mention(m0.start(), m0.end(), m0.text(), m0.sentence(), m0.country(), "COUNTRY",
                label + " in " + (m0.name() == null ? m0.text() : m0.name()), code, m0.country(), sector, "implied", "victims:people-of-place");
        return new SentenceView.Placed(people, where.first(), where.last(), where.preposition(), -1);
    }

    /** Sectors whose members, with no country given, are taken to be of the place where the attack happened. */
    static final java.util.Set<String> LOCAL_SECTORS = java.util.Set.of("COP", "CVL", "MIL", "GOV", "EDU", "BUS", "LAB", "MED", "REL");

    /**
     * Recipients of no country whose sector is a local one (الشرطة، المدنيين، الجنود) take the country of the place
     * where the attack happened (دورية للشرطة في كركوك → Iraq, police); the same list when nothing changes.
     */
    List<SentenceView.Placed> localised(SentenceView s, Clause c, List<SentenceView.Placed> recipient) {
        if (recipient.stream().noneMatch(Victims::unplaced)) return recipient;
        SentenceView.Placed where = EventCoder.locationMention(s, c);
        if (where == null || where.mention().country() == null) return recipient;
        String country = where.mention().country();
        List<SentenceView.Placed> out = new java.util.ArrayList<>(recipient.size());
        for (SentenceView.Placed p : recipient) {
            Mention m = p.mention();
            if (!unplaced(p)) { out.add(p); continue; }
            Mention local = new Mention(m.start(), m.end(), m.text(), m.sentence(), m.entity(), m.type(), m.name(), country + m.sector(),
                    country, m.sector(), "implied", "victims:country-of-place " + where.mention().text());
            out.add(new SentenceView.Placed(local, p.first(), p.last(), p.preposition(), p.group()));
        }
        return out;
    }

    /** A party of a local sector and no country (الشرطة، المدنيين). */
    private static boolean unplaced(SentenceView.Placed p) {
        String sector = p.mention().sector();
        return p.mention().country() == null && sector != null && LOCAL_SECTORS.contains(sector);
    }

    /** The victim class at token {@code k} as {class, sector}, or null. */
    private String[] sectorAt(SentenceView s, int k) {
        for (String[] cls : CLASSES) if (classes.at(s, k, cls[0])) return cls;
        return null;
    }

    private static boolean possessive(SentenceView s, int k) {
        for (Segmentation g : s.segmentations(k)) {
            String e = g.enclitic();
            if (e.equals("ه") && !TriggerMatcher.endsWithTaMarbuta(s.token(k).surface()) || e.equals("ها") || e.equals("هم")) return true;
        }
        return false;
    }
}
