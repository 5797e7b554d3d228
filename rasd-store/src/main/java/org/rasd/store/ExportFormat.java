package org.rasd.store;

import java.util.Locale;

/** Export formats: PLOVER JSON Lines, GDELT 2.0 Events and Mentions (tab-separated), CSV and Parquet of event rows. */
public enum ExportFormat {
    PLOVER, GDELT, CSV, PARQUET;

    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + s + "': expected plover, gdelt, csv or parquet");
        }
    }
}
