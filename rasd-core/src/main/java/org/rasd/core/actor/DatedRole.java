package org.rasd.core.actor;

import java.time.LocalDate;

/**
 * A role a person held during a period, as PETRARCH's date-restricted codes: {@code code} (MARGOV,
 * IGOUNO...), its country and sector, and an optional title ("president", "un-envoy").
 * {@code from}/{@code to} are inclusive; null means open.
 */
public record DatedRole(String code, String country, String sector, LocalDate from, LocalDate to, String title) {
    public boolean covers(LocalDate d) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
}
