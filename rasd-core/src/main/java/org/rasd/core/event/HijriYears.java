package org.rasd.core.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

/**
 * Hijri years that make an event historical, by the same measure as Gregorian ones ({@link ModalityDetector}): a
 * Hijri year is a number of 1300–1600 followed by هـ (في عام 1400 هـ) or preceded by a Hijri month name (٢٠ رمضان
 * ١٤٣٦هـ, in {@code events/hijri-months.txt}). With its month, the event is historical when that month (converted with
 * the Umm al-Qura calendar) starts two or more months before the article's month; with the year alone, when it is two
 * or more Hijri years before the article's, or the year before after عام / سنة (في عام 1435 هـ in an article of 1436).
 * A year just after a month name of another calendar, or out of the calendar's range, gives nothing.
 */
final class HijriYears {
    private HijriYears() {}

    /** The reason an event is historical by the Hijri year at token {@code k}, or null. */
    static String historical(SentenceView s, int k, PhraseSets hijriMonths, LocalDate article) {
        if (article == null) return null;
        int year = hijriYear(s.norm(k));
        if (year < 0) return null;
        int month = monthBefore(s, k, hijriMonths);
        boolean marked = k + 1 < s.size() && (s.norm(k + 1).equals("ه") || s.norm(k + 1).equals("هـ")) || s.norm(k).length() > 4;
        if (month == 0 && !marked) return null;
        try {
            HijrahDate now = HijrahDate.from(article);
            if (month > 0) {
                LocalDate start = LocalDate.from(HijrahDate.of(year, month, 1));
                if (start.getYear() * 12 + start.getMonthValue() < article.getYear() * 12 + article.getMonthValue() - 1) {
                    return "Hijri month " + month + "/" + year + " before the article's";
                }
                return null;
            }
            int current = now.get(ChronoField.YEAR);
            String before = k > 0 ? s.norm(k - 1) : "";
            boolean afterYearWord = before.equals("عام") || before.equals("العام") || before.equals("سنه");
            if (year < current - 1 || year < current && afterYearWord) return "Hijri year " + year + " before the article's";
            return null;
        } catch (DateTimeException e) {
            return null; // outside the Umm al-Qura range (java.time covers 1300-1600): no date from it
        }
    }

    /** The Hijri year written at a token (1436, or 1436ه attached), or -1. */
    static int hijriYear(String w) {
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) return -1;
        String digits = w.endsWith("ه") ? w.substring(0, w.length() - 1) : w;
        if (digits.length() != 4) return -1;
        for (int i = 0; i < 4; i++) if (!Character.isDigit(digits.charAt(i))) return -1;
        int y = Integer.parseInt(digits);
        return y >= 1300 && y <= 1600 ? y : -1;
    }

    /** The Hijri month (1–12) whose name ends right before token {@code k}, or 0. */
    private static int monthBefore(SentenceView s, int k, PhraseSets hijriMonths) {
        if (hijriMonths == null) return 0;
        for (String key : hijriMonths.keys()) {
            for (int len = 1; len <= 2 && k - len >= 0; len++) {
                PhraseSets.Phrase p = hijriMonths.matchAt(s, k - len, key);
                if (p != null && p.words().length == len) return Integer.parseInt(key);
            }
        }
        return 0;
    }
}
