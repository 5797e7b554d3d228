package org.rasd.core.event;

import java.util.List;
import java.util.stream.Collectors;
import org.rasd.core.model.EventActor;

/**
 * A one-line English rendering of an event for readers without Arabic, e.g.
 * "Morocco (military) — consult → United States, in Washington [claimed by ...]".
 */
public final class Gloss {
    private Gloss() {}

    public static String of(CameoCode code, List<EventActor> actor, List<EventActor> recipient, String location,
                            String modality, EventActor claimant) {
        StringBuilder b = new StringBuilder();
        b.append(actor.isEmpty() ? "Someone" : names(actor));
        b.append(": ").append(code.label().isEmpty() ? code.category().toLowerCase() : lowerFirst(code.label()));
        if (!recipient.isEmpty()) b.append(" → ").append(names(recipient));
        if (location != null) b.append(", in ").append(location);
        if (!"asserted".equals(modality)) {
            b.append(" (").append(modality);
            if (claimant != null) b.append(", said by ").append(name(claimant));
            b.append(')');
        } else if (claimant != null) {
            b.append(" (said by ").append(name(claimant)).append(')');
        }
        return b.toString();
    }

    static String names(List<EventActor> as) {
        return as.stream().map(Gloss::name).collect(Collectors.joining(" and "));
    }

    static String name(EventActor a) {
        String n = a.name() != null ? a.name() : a.country() != null ? a.country() : "\u201C" + a.text() + "\u201D";
        if (a.sector() != null && !a.sector().isEmpty()) n += " (" + sector(a.sector()) + ")";
        return n;
    }

    private static String sector(String s) {
        return switch (s) {
            case "GOV" -> "government";
            case "MIL" -> "military";
            case "LEG" -> "legislature";
            case "PTY" -> "party";
            case "REB" -> "rebels";
            case "INS" -> "insurgents";
            case "CVL" -> "civilians";
            case "COP" -> "police";
            case "MED" -> "media";
            case "BUS" -> "business";
            case "JUD" -> "judiciary";
            case "OPP" -> "opposition";
            default -> s.toLowerCase();
        };
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty()) return s;
        if (s.equals(s.toUpperCase())) return s.toLowerCase(); // a bare category name: REQUEST → request
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
