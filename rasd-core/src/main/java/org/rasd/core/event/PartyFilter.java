package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops coded events that are no who-did-what-to-whom record between political parties, after the sentence's
 * events are coded and corroborated:
 * <ul>
 *   <li>{@link #withParties}: an event that names no party at all (no actor, no recipient) unless it is an occurrence
 *       (an {@code anchor} entry, or any ASSAULT or PROTEST: النزلاء تعرضوا للضرب, whose victims or place carry the
 *       report). A meeting, a request or a promise by nobody (نلتقي، طلب منك، تعد) is no record; on real news most such
 *       events are the writer's first-person prose, travel and sports pages, or generic statements.</li>
 *   <li>{@link #political}: a non-occurrence event between businesses only: at least one party of sector BUS and no
 *       party that is a state or a non-business actor (a country with no sector, or any sector other than BUS: GOV,
 *       MIL, PTY, IGO ...). Company deals, mergers, investments and club transfers (صفقة استحواذ، اتفقت الشركتان) are
 *       business news; a government party keeps the event (اتفقت الشركتان مع وزارة العدل). Parties of unknown sector
 *       (a person with no country) neither keep nor drop it. ASSAULT and PROTEST are always kept.</li>
 *   <li>{@link #codedDyads} (run last, once the speaker, topic and self-dyad steps have settled the roles): a
 *       non-occurrence event none of whose parties is coded, i.e. has a country or a sector. An event between parties
 *       the actor stage could not place (a person of unknown nationality, a school, a club, an unnamed programme) fits
 *       no actor dyad; PETRARCH and GDELT drop such events, and on Saudi news they are mostly sports, culture,
 *       business and personal pages (بلاتر يقترح، تعاون مع عالم الأحياء، استنجدوا بأقاربهم).</li>
 * </ul>
 * Occurrences (an {@code anchor} entry, or any ASSAULT or PROTEST) pass every filter: their place and victims carry
 * the report even with no coded party.
 */
final class PartyFilter {
    private PartyFilter() {}

    private static final Set<String> OCCURRENCES = Set.of("ASSAULT", "PROTEST");
    static final String BUSINESS = "BUS";

    static List<CodedEvent> withParties(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = new ArrayList<>(coded.size());
        for (CodedEvent e : coded) {
            if (e.actor().isEmpty() && e.recipient().isEmpty() && !occurrence(e)) {
                if (trace != null) trace.add("  not coded '" + s.surface(e.trigger().first(), e.trigger().last() + 1) + "' (" + e.code().code()
                        + "): no actor and no recipient found; a non-occurrence event needs a party");
                continue;
            }
            out.add(e);
        }
        return out;
    }

    static List<CodedEvent> political(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = new ArrayList<>(coded.size());
        for (CodedEvent e : coded) {
            if (!OCCURRENCES.contains(e.code().category()) && businessOnly(e)) {
                if (trace != null) trace.add("  not coded '" + s.surface(e.trigger().first(), e.trigger().last() + 1) + "' (" + e.code().code()
                        + "): every party is a business (sector BUS) and none is a state or government: business news, not a political event");
                continue;
            }
            out.add(e);
        }
        return out;
    }

    static List<CodedEvent> codedDyads(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = new ArrayList<>(coded.size());
        for (CodedEvent e : coded) {
            if (occurrence(e) || coded(e.actor()) || coded(e.recipient())) {
                out.add(e);
                continue;
            }
            if (trace != null) trace.add("  not coded '" + s.surface(e.trigger().first(), e.trigger().last() + 1) + "' (" + e.code().code()
                    + "): no party has a country or a sector (an uncoded dyad)");
        }
        return out;
    }

    private static boolean occurrence(CodedEvent e) {
        return e.trigger().entry().anchor() || OCCURRENCES.contains(e.code().category());
    }

    private static boolean coded(List<SentenceView.Placed> side) {
        for (SentenceView.Placed p : side) if (p.mention().country() != null || p.mention().sector() != null) return true;
        return false;
    }

    private static boolean businessOnly(CodedEvent e) {
        boolean business = false;
        for (List<SentenceView.Placed> side : List.of(e.actor(), e.recipient())) {
            for (SentenceView.Placed p : side) {
                String sector = p.mention().sector();
                if (BUSINESS.equals(sector)) business = true;
                else if (sector != null || p.mention().country() != null) return false;
            }
        }
        return business;
    }
}
