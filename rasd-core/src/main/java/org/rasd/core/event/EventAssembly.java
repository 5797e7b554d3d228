package org.rasd.core.event;

import java.util.List;
import java.util.Set;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Location;
import org.rasd.core.model.Mention;
import org.rasd.core.text.AnalyzedDocument;

/**
 * Turns a {@link CodedEvent} into the output {@link Event}: offsets into the document's text, actors, claimant, the
 * location ({@link #eventLocation}), the date ({@link DateResolver}), the id and the gloss.
 */
final class EventAssembly {
    private static final Set<String> CITY_TYPES = Set.of("CITY", "PLACE", "LOC", "REGION");

    private final DateResolver dates;
    private final PhraseSets classes;

    EventAssembly(DateResolver dates, PhraseSets classes) {
        this.dates = dates;
        this.classes = classes;
    }

    /** The output event of the {@code n}-th coded event of sentence {@code s}. */
    Event toEvent(AnalyzedDocument doc, SentenceView s, CodedEvent c, int n) {
        TriggerMatch t = c.trigger();
        int start = s.token(t.first()).start(), end = s.token(t.last()).end();
        List<EventActor> actor = c.actor().stream().map(p -> actor(p.mention())).toList();
        List<EventActor> recipient = c.recipient().stream().map(p -> actor(p.mention())).toList();
        EventActor claimant = null;
        Modality m = c.modality();
        if (!m.claimant().isEmpty()) claimant = actor(m.claimant().get(0).mention());
        else if (m.claimantTo() > m.claimantFrom()) {
            int a = s.token(m.claimantFrom()).start(), b = s.token(m.claimantTo() - 1).end();
            claimant = new EventActor(null, null, null, null, null, a, b, doc.text().substring(a, b));
        }
        Location loc = location(s, c);
        String date = dates.resolve(s, c.clause(), doc.date());
        CameoCode cc = c.code();
        String id = doc.id() + "-" + s.index() + "-" + start + "-" + n;
        String gloss = Gloss.of(cc, actor, recipient, loc == null ? null : locName(s, loc), m.kind(), claimant);
        return new Event(id, cc.category(), cc.mode(), cc.context(), cc.code(), cc.goldstein(), cc.quadClass(), actor, recipient, loc,
                date, m.kind(), claimant, s.index(), start, end, doc.text().substring(start, end), s.sentence().sentence().text(),
                c.rule(), c.confidence(), gloss, 1);
    }

    /** Where the clause's event took place: a place after في (a country too), else the first city of the sentence. */
    static SentenceView.Placed locationMention(SentenceView s, Clause c) {
        SentenceView.Placed best = null;
        for (SentenceView.Placed p : s.mentions()) {
            String type = String.valueOf(p.mention().type());
            boolean after = "في".equals(p.preposition());
            if (!CITY_TYPES.contains(type) && !("COUNTRY".equals(type) && after && !p.adjective())) continue;
            boolean inClause = c.contains(p.first());
            if (best == null || inClause && after && !(c.contains(best.first()) && "في".equals(best.preposition()))) best = p;
        }
        return best;
    }

    /** Prepositions before a place that say where something happened (في، بـ; a direction word counts as في). */
    private static final Set<String> LOCATIVE = Set.of("في", "ب");
    /**
     * A place after مع is a party met or agreed with (اتفاق مع طهران); after عن or كـ it is a topic (تحدث عن سوريا), and
     * so after a word of class {@code topic-preposition} (حول، بشأن، تجاه، حيال: words that are no preposition of a
     * frame): neither is where the event took place.
     */
    private static final Set<String> NOT_WHERE = Set.of("مع", "عن", "ك");
    static final String TOPIC_PREPOSITION = "topic-preposition";

    /**
     * Where a coded event took place, best first: a place governed by في or بـ in the trigger's clause; one under
     * another preposition there (وصل إلى جدة، طرد من بنغازي); the same in the clauses before it (a scene set first:
     * في جازان، أوضح ...); then a bare place, of the clause, then before it (a bare place is often a party's home in a
     * title: وكيل إمارة منطقة مكة، رئيس جمهورية الشيشان); a city before a country at each step. Never a place that is
     * the event's actor, recipient or claimant (موسكو، أنقرة as parties; unless after في: قصف في شرق أوكرانيا, or the
     * destination of a visit: وصل إلى واشنطن), a
     * nisba adjective (الأطراف الليبية, even after a direction word), a place after مع or a topic word (عن، حول), a country not after في or بـ,
     * nor a place of a later clause (a topic: الوضع في اليمن). Null when none is left.
     */
    /** CAMEO 042, make a visit: its destination (after إلى or لـ) is the place, even when it is the recipient. */
    private static final String VISIT = "042";

    SentenceView.Placed eventLocation(SentenceView s, CodedEvent e) {
        Clause c = e.clause();
        Set<Integer> parties = new java.util.HashSet<>();
        for (SentenceView.Placed p : e.actor()) parties.add(p.mention().start());
        for (SentenceView.Placed p : e.recipient()) parties.add(p.mention().start());
        for (SentenceView.Placed p : e.modality().claimant()) parties.add(p.mention().start());
        boolean visit = e.code().code().startsWith(VISIT);
        SentenceView.Placed best = null;
        int bestRank = Integer.MAX_VALUE;
        for (SentenceView.Placed p : s.mentions()) {
            String type = String.valueOf(p.mention().type());
            String prep = p.preposition();
            boolean locative = LOCATIVE.contains(prep);
            if (!CITY_TYPES.contains(type) && !("COUNTRY".equals(type) && locative)) continue;
            // a visit's destination is where it took place, though a party: وصل إلى واشنطن، زيارة لبغداد
            boolean destination = visit && ("الى".equals(prep) || "ل".equals(prep));
            if (p.adjective() || "nisba".equals(p.mention().resolution()) || NOT_WHERE.contains(prep)
                    || prep.isEmpty() && p.first() > 0 && classes.at(s, p.first() - 1, TOPIC_PREPOSITION)
                    || !locative && !destination && parties.contains(p.mention().start())) continue;
            if (p.first() >= c.end()) continue; // a later clause: a topic, not the scene
            boolean inClause = c.contains(p.first());
            int rank = prep.isEmpty() ? (inClause ? 4 : 5) : (locative ? 0 : 1) + (inClause ? 0 : 2);
            rank = 2 * rank + ("COUNTRY".equals(type) ? 1 : 0);
            if (rank < bestRank) { best = p; bestRank = rank; }
        }
        return best;
    }

    private Location location(SentenceView s, CodedEvent e) {
        SentenceView.Placed best = eventLocation(s, e);
        if (best == null) return null;
        Mention m = best.mention();
        return new Location(m.text(), m.start(), m.end(), m.country());
    }

    private static String locName(SentenceView s, Location loc) {
        for (SentenceView.Placed p : s.mentions()) if (p.mention().start() == loc.start() && p.mention().name() != null) return p.mention().name();
        return loc.text();
    }

    static EventActor actor(Mention m) {
        return new EventActor(m.code(), m.country(), m.sector(), m.entity(), m.name(), m.start(), m.end(), m.text());
    }
}
