package org.rasd.core.event;

import java.util.List;
import java.util.Set;

/** What kind of party a placed mention is (for the rules that tell political events from others), and how a trace names parties. */
final class Parties {
    private Parties() {}

    /** Sectors of parties that do not make a visit or a reception a political meeting (civilians, businesses). */
    private static final Set<String> NON_POLITICAL_SECTORS = Set.of("CVL", "BUS");

    /** A party of known country whose sector is a state or political one (not civilians or businesses). */
    static boolean political(SentenceView.Placed p) {
        String sector = p.mention().sector();
        return p.mention().country() != null && sector != null && !NON_POLITICAL_SECTORS.contains(sector);
    }

    /** A recipient that is only where an attack happened (a city, a region, في + a country), not who suffered it. */
    static boolean placeOnly(SentenceView.Placed p) {
        String type = p.mention().type();
        return "CITY".equals(type) || "REGION".equals(type) || "في".equals(p.preposition());
    }

    /** Parties as a trace shows them: [text(CODE), ...], or "-". */
    static String names(List<SentenceView.Placed> ps) {
        return ps.isEmpty() ? "-" : ps.stream().map(p -> p.mention().text() + "(" + p.mention().code() + ")").toList().toString();
    }
}
