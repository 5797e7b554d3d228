package org.rasd.core.actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A named actor of the lexicon: a country, a place, an organisation, a group or a person.
 *
 * @param id      canonical entity id (a country code for countries)
 * @param type    COUNTRY, CITY, REGION, ORG, IGO, GROUP, PERSON
 * @param name    canonical (English) name
 * @param code    actor code when the entity acts (MARMIL, USAGOV for a capital, IGOUNO), or null
 * @param country ISO alpha-3 or null
 * @param sector  sector or null
 * @param roles   dated roles (persons)
 * @param rule    where it was defined ({@code file:line}, or {@code cldr:XX})
 */
public record ActorEntry(String id, String type, String name, String code, String country, String sector,
                         List<DatedRole> roles, String rule) {
    public ActorEntry {
        roles = List.copyOf(roles);
    }

    public boolean isPlace() { return type.equals("COUNTRY") || type.equals("CITY") || type.equals("REGION"); }

    /**
     * The role held on {@code date}; with no date, or none covering it, the latest role that started
     * before it (or the latest of all), or null for entities without roles.
     */
    public DatedRole roleAt(LocalDate date) {
        if (roles.isEmpty()) return null;
        if (date != null) {
            for (DatedRole r : roles) if (r.covers(date)) return r;
            return null;
        }
        return roles.stream().max(Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from())).orElse(null);
    }
}
