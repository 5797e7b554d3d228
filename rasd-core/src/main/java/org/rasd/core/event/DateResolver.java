package org.rasd.core.event;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.text.ArabicNormalizer;

/**
 * Resolves an event's date from the trigger's clause, against the article date:
 * <ol>
 * <li>an explicit Hijri date (5 شوال 1436هـ, {@code events/hijri-months.txt}) or Gregorian date (الاثنين 16 فبراير 2015،
 * في 28 يونيو، في يناير الماضي، في يناير 1976 — {@code events/months.txt}); a day and month without a year take the
 * article's year, or the year next to it that puts the date between eight months before and four months after the article;</li>
 * <li>else the first relative expression or explicit year, left to right ({@code events/dates.txt}): أمس، الأسبوع
 * الماضي، the weekday (الأحد: the latest on or before the article date; الأحد الماضي: strictly before), a weekday
 * right after a day word (اليوم (الاثنين)) wins over the day word; في عام 2007، في نهاية 1990 → the year;</li>
 * <li>a date after a {@code since} word (منذ عام 2009، منذ مارس الماضي) is where a span starts, not the event's date.</li>
 * </ol>
 * Returns an ISO date (2015-07-20), a month (2015-01: الشهر الماضي، في يناير الماضي), a year (2014: العام الماضي،
 * في عام 2007), the article date when the clause says nothing, or null when nothing is known.
 */
public final class DateResolver {
    public static final String FILE = "events/dates.txt";
    public static final String HIJRI = "events/hijri-months.txt";
    public static final String MONTHS = "events/months.txt";
    /** Offsets of dates.txt that are not a move of the article date but a role in an explicit date. */
    static final String YEAR_HEAD = "year-head", SINCE = "since", PAST = "past", CURRENT = "current";
    /** The weekday of a day word ahead (غدا (الأربعاء)): on or after the article date; not a file offset. */
    private static final String AHEAD = "ahead";
    private static final String OFFSET = "-?\\d+[dwmy]|weekday:[1-7](:last|:next)?|" + YEAR_HEAD + "|" + SINCE + "|" + PAST + "|" + CURRENT;

    private final Map<String, List<String[]>> phrases; // first word → phrases (words..., offset), longest first
    private final PhraseSets hijriMonths;
    private final PhraseSets months;

    private final java.util.Set<String> roleWords; // the one-word past and current phrases (الماضي، الجاري)

    private DateResolver(Map<String, List<String[]>> phrases, PhraseSets hijriMonths, PhraseSets months) {
        this.phrases = phrases;
        java.util.Set<String> roles = new java.util.HashSet<>();
        phrases.forEach((w, l) -> l.forEach(e -> { if (e.length == 2 && (e[1].equals(PAST) || e[1].equals(CURRENT))) roles.add(w); }));
        this.roleWords = java.util.Set.copyOf(roles);
        this.hijriMonths = hijriMonths;
        this.months = months;
    }

    public static DateResolver load(LexiconSource src) {
        Map<String, List<String[]>> map = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (LexiconSource.Line line : src.lines(FILE)) {
            String[] f = line.text().split("\\|");
            if (f.length != 2) { problems.add(line.where() + ": expected 'PHRASE | OFFSET'"); continue; }
            String off = f[1].strip();
            if (!off.matches(OFFSET)) {
                problems.add(line.where() + ": bad offset '" + off + "', expected e.g. -1d, -1w, 1m, -1y, weekday:1, weekday:1:last, weekday:1:next, "
                        + YEAR_HEAD + ", " + SINCE + ", " + PAST + " or " + CURRENT);
                continue;
            }
            String[] words = ArabicNormalizer.normalizeString(f[0]).strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) { problems.add(line.where() + ": empty phrase"); continue; }
            String[] entry = Arrays.copyOf(words, words.length + 1);
            entry[words.length] = off;
            map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
        }
        if (!problems.isEmpty()) throw new LexiconException(problems);
        map.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.length, a.length)));
        return new DateResolver(map, PhraseSets.load(src, HIJRI, EventCoder.MONTH_KEYS), PhraseSets.load(src, MONTHS, EventCoder.MONTH_KEYS));
    }

    /** The Hijri month names (keys 1–12), for the modality's dating of Hijri years. */
    PhraseSets hijriMonths() { return hijriMonths; }

    /** The date of an event whose trigger is in {@code clause}. */
    public String resolve(SentenceView s, Clause clause, LocalDate article) {
        boolean number = false, role = false; // an explicit date needs a number, or a month with الماضي / الجاري
        for (int i = clause.first(); i < clause.end() && !number; i++) {
            String w = s.norm(i);
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) number = true;
            else if (!role && roleWords.contains(w)) role = true;
        }
        if (number) {
            LocalDate hijri = hijriDate(s, clause, article);
            if (hijri != null) return hijri.toString();
        }
        if (number || role) {
            String gregorian = gregorianDate(s, clause, article);
            if (gregorian != null) return gregorian;
        }
        for (int i = clause.first(); i < clause.end(); i++) {
            String[] e = phraseAt(s, i);
            if (e != null) {
                String off = e[e.length - 1];
                int after = i + e.length - 1;
                if (off.equals(SINCE)) { i = skipSpan(s, after, clause.end()) - 1; continue; }
                if (isMove(off) && article != null) {
                    if (off.endsWith("d")) { // اليوم (الاثنين)، أمس الأحد: the weekday named next to the day word wins
                        String weekday = weekdayWithin(s, after, Math.min(clause.end(), after + 3));
                        // بعد غد (الأربعاء): a day ahead names a weekday on or after the article date
                        if (weekday != null) off = off.startsWith("-") || off.startsWith("0") ? weekday : weekday.split(":")[0] + ":" + weekday.split(":")[1] + ":" + AHEAD;
                    }
                    return apply(article, off);
                }
                if (!off.equals(YEAR_HEAD)) { i = after - 1; continue; }
            }
            int y = ModalityDetector.year(s.norm(i));
            if (y > 0 && i > clause.first() && phraseEndingAt(s, i - 1, YEAR_HEAD)) {
                return article != null && article.getYear() == y ? article.toString() : String.valueOf(y);
            }
        }
        return article == null ? null : article.toString();
    }

    /** Whether an offset moves the article date (-1d, weekday:1) rather than naming a role (year-head, since ...). */
    private static boolean isMove(String off) {
        return off.startsWith("weekday:") || Character.isDigit(off.charAt(off.length() - 2));
    }

    /** The dates.txt phrase starting at token {@code i} (longest first), or null. */
    private String[] phraseAt(SentenceView s, int i) {
        for (String stem : s.stems(i)) {
            List<String[]> cands = phrases.get(stem);
            if (cands == null) continue;
            for (String[] e : cands) if (s.matchesFrom(i, Arrays.copyOf(e, e.length - 1))) return e;
        }
        return null;
    }

    /** Whether a one-word phrase of kind {@code offset} is at token {@code i}. */
    private boolean phraseEndingAt(SentenceView s, int i, String offset) {
        String[] e = phraseAt(s, i);
        return e != null && e.length == 2 && e[1].equals(offset);
    }

    /** The weekday offset of a weekday phrase among tokens [from, to) (punctuation skipped), or null. */
    private String weekdayWithin(SentenceView s, int from, int to) {
        for (int k = from; k < to && k < s.size(); k++) {
            String[] e = phraseAt(s, k);
            if (e != null && e[e.length - 1].startsWith("weekday:")) return e[e.length - 1];
        }
        return null;
    }

    /** The end of the span opened by a since word at {@code from}: up to four tokens of date words (منذ أواخر مارس الماضي). */
    private int skipSpan(SentenceView s, int from, int end) {
        int k = from;
        while (k < end && k < from + 4 && (ModalityDetector.year(s.norm(k)) > 0 || number(s.norm(k)) > 0 || phraseAt(s, k) != null || monthAt(s, k) != null)) {
            PhraseSets.Phrase m = monthAt(s, k);
            k += m != null ? m.words().length : 1;
        }
        return k;
    }

    /** The Gregorian month (key and phrase) whose name starts at token {@code k}, or null; the lowest month number wins. */
    private PhraseSets.Phrase monthAt(SentenceView s, int k) {
        if (k < 0 || k >= s.size()) return null;
        return s.memo(this, monthTable)[k];
    }

    private final java.util.function.Function<SentenceView, PhraseSets.Phrase[]> monthTable = this::monthTable;

    /** The month phrase starting at each token (null: none), found once per sentence. */
    private PhraseSets.Phrase[] monthTable(SentenceView s) {
        PhraseSets.Phrase[] at = new PhraseSets.Phrase[s.size()];
        for (int m = 12; m >= 1; m--) { // the lowest month number wins
            String key = String.valueOf(m);
            for (int p : months.starts(s, key)) {
                PhraseSets.Phrase ph = months.matchAt(s, p, key);
                if (ph != null) at[p] = ph;
            }
        }
        return at;
    }

    /**
     * An explicit Gregorian date in the clause: a day (1–31) before a month name, and a year (1900–2100) within four
     * tokens after it (تموز (يوليو) 2015، يوليو/تموز 2015) — a full date; a month and year alone — the month; a month
     * followed by a {@code past} word (يناير الماضي) — the latest such month before the article's; a month after a
     * {@code since} word is skipped.
     */
    String gregorianDate(SentenceView s, Clause clause, LocalDate article) {
        for (int i = clause.first(); i < clause.end(); i++) {
            PhraseSets.Phrase p = monthAt(s, i);
            if (p == null) continue;
            int month = Integer.parseInt(p.key());
            int at = i + p.words().length;
            int day = i > 0 ? number(s.norm(i - 1)) : -1;
            int dayAt = day >= 1 && day <= 31 ? i - 1 : i;
            if (afterSince(s, dayAt)) { i = at - 1; continue; }
            int year = -1;
            boolean past = false, current = false;
            for (int k = at; k < Math.min(s.size(), at + 4); k++) {
                int y = ModalityDetector.year(s.norm(k));
                if (y > 0) { year = y; break; }
                String[] e = phraseAt(s, k);
                if (e != null && e.length == 2 && e[1].equals(PAST)) { past = true; break; }
                if (e != null && e.length == 2 && e[1].equals(CURRENT)) { current = true; break; }
                if (monthAt(s, k) == null && !punctuation(s.norm(k))) break;
            }
            boolean written = year > 0;
            if (!written && !past && !current && (day < 1 || day > 31)) continue; // a month name alone (آب، ماي are also words)
            if (article == null && !written) return null;
            if (!written) {
                year = article.getYear();
                if (past && month >= article.getMonthValue()) year--;
            }
            if (day < 1 || day > 31) return YearMonth.of(year, month).toString();
            try {
                LocalDate d = LocalDate.of(year, month, day);
                if (article != null && !written) { // the year that puts it within eight months before to four after the article
                    if (d.isAfter(article.plusMonths(4))) d = d.minusYears(1);
                    else if (d.isBefore(article.minusMonths(8))) d = d.plusYears(1);
                }
                return d.toString();
            } catch (DateTimeException e) {
                return null; // 31 in a 30-day month: no date from it
            }
        }
        return null;
    }

    /** Whether a since word stands within two tokens before {@code k} (منذ مارس، منذ أواخر مارس). */
    private boolean afterSince(SentenceView s, int k) {
        for (int j = Math.max(0, k - 2); j < k; j++) if (phraseEndingAt(s, j, SINCE)) return true;
        return false;
    }

    private static boolean punctuation(String w) {
        for (int k = 0; k < w.length(); k++) if (Character.isLetterOrDigit(w.charAt(k))) return false;
        return true;
    }

    /**
     * An explicit Hijri date in the clause: a day (1-30), a Hijri month name and a year (1300-1600, هـ optional)
     * — "5 شوال 1436هـ" — converted with the Umm al-Qura calendar; without a year, the article's Hijri year (the
     * year before when that would put the date more than a week after the article).
     */
    LocalDate hijriDate(SentenceView s, Clause clause, LocalDate article) {
        for (int i = clause.first(); i + 1 < clause.end(); i++) {
            int day = number(s.norm(i));
            if (day < 1 || day > 30) continue;
            for (String key : hijriMonths.keys()) {
                PhraseSets.Phrase p = hijriMonths.matchAt(s, i + 1, key);
                if (p == null) continue;
                int month = Integer.parseInt(key);
                int at = i + 1 + p.words().length;
                int year = at < s.size() ? number(s.norm(at)) : -1;
                try {
                    if (year >= 1300 && year <= 1600) return LocalDate.from(HijrahDate.of(year, month, day));
                    if (article == null) return null;
                    int y = HijrahDate.from(article).get(ChronoField.YEAR);
                    LocalDate d = LocalDate.from(HijrahDate.of(y, month, day));
                    return d.isAfter(article.plusDays(7)) ? LocalDate.from(HijrahDate.of(y - 1, month, day)) : d;
                } catch (DateTimeException e) {
                    return null; // outside the calendar's range or no such day (30 in a 29-day month): no date from it
                }
            }
        }
        return null;
    }

    private static int number(String token) {
        if (token.isEmpty() || token.length() > 4) return -1;
        for (int k = 0; k < token.length(); k++) if (!Character.isDigit(token.charAt(k))) return -1;
        return Integer.parseInt(token);
    }

    /**
     * The article date moved by an offset: days and weeks give a day, months a month (2015-06), years a year (2014);
     * weekday:N the latest such day on or before the date, weekday:N:last strictly before, weekday:N:next strictly after.
     */
    static String apply(LocalDate d, String off) {
        if (off.startsWith("weekday:")) {
            String[] f = off.split(":");
            DayOfWeek w = DayOfWeek.of(Integer.parseInt(f[1]));
            String how = f.length > 2 ? f[2] : "";
            return d.with(switch (how) {
                case "last" -> TemporalAdjusters.previous(w);
                case "next" -> TemporalAdjusters.next(w);
                case AHEAD -> TemporalAdjusters.nextOrSame(w);
                default -> TemporalAdjusters.previousOrSame(w);
            }).toString();
        }
        int n = Integer.parseInt(off.substring(0, off.length() - 1));
        return switch (off.charAt(off.length() - 1)) {
            case 'd' -> d.plusDays(n).toString();
            case 'w' -> d.plusWeeks(n).toString();
            case 'm' -> YearMonth.from(d).plusMonths(n).toString();
            default -> String.valueOf(d.getYear() + n);
        };
    }
}
