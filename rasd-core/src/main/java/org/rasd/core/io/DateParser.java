package org.rasd.core.io;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the article dates that inputs carry: ISO dates and date-times, {@code 2015-07-21 02:51:32}, {@code 20080731}. */
public final class DateParser {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})");

    private DateParser() {}

    /** The date, or null when absent or unreadable. */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        try {
            for (Pattern p : new Pattern[] {ISO, COMPACT, SLASHED}) {
                Matcher m = p.matcher(t);
                if (m.find()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
