package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps an event only when at least one of its parties is coded: it has a country or a sector. An event between
 * parties none of which the actor stage could place (a person of unknown nationality, a school, a club, an
 * unnamed "programme") fits no actor dyad; PETRARCH and GDELT drop such events, and on Saudi news they are mostly
 * sports, culture, business and personal pages (بلاتر يقترح، تعاون مع عالم الأحياء، استنجدوا بأقاربهم). Occurrences
 * (an {@code anchor} entry, or any ASSAULT or PROTEST) are kept, as {@code EventCoder.withParties} keeps them: their
 * place and victims carry the report even with no coded party (هاجم الوزير الصحافة stays a criticism, 111).
 */
final class CodedParties {
    private static final java.util.Set<String> OCCURRENCES = java.util.Set.of("ASSAULT", "PROTEST");

    private CodedParties() {}

    static List<CodedEvent> keep(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = new ArrayList<>(coded.size());
        for (CodedEvent e : coded) {
            if (e.trigger().entry().anchor() || OCCURRENCES.contains(e.code().category()) || coded(e.actor()) || coded(e.recipient())) {
                out.add(e);
                continue;
            }
            if (trace != null) trace.add("  not coded '" + s.surface(e.trigger().first(), e.trigger().last() + 1) + "' (" + e.code().code()
                    + "): no party has a country or a sector (an uncoded dyad)");
        }
        return out;
    }

    private static boolean coded(List<SentenceView.Placed> side) {
        for (SentenceView.Placed p : side) if (p.mention().country() != null || p.mention().sector() != null) return true;
        return false;
    }
}
