package org.rasd.core.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.text.ArabicNormalizer;

/**
 * Resolves an event's date: the article date by default; a relative expression of the trigger's clause
 * (أمس، الأسبوع الماضي، العام المقبل، a weekday — {@code events/dates.txt}) against it; an explicit year
 * (في عام 2007) gives that year. Returns an ISO date, a bare year, or null when nothing is known.
 */
public final class DateResolver {
    public static final String FILE = "events/dates.txt";
    public static final String HIJRI = "events/hijri-months.txt";
    private final Map<String, List<String[]>> phrases; // first word → phrases (words..., offset), longest first
    private final PhraseSets hijriMonths;

    private DateResolver(Map<String, List<String[]>> phrases, PhraseSets hijriMonths) {
        this.phrases = phrases;
        this.hijriMonths = hijriMonths;
    }

    public static DateResolver load(LexiconSource src) {
        Map<String, List<String[]>> map = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (LexiconSource.Line line : src.lines(FILE)) {
            String[] f = line.text().split("\\|");
            if (f.length != 2) { problems.add(line.where() + ": expected 'PHRASE | OFFSET'"); continue; }
            String off = f[1].strip();
            if (!off.matches("-?\\d+[dwmy]|weekday:[1-7]")) { problems.add(line.where() + ": bad offset '" + off + "', expected e.g. -1d, -1w, 1m, -1y or weekday:1"); continue; }
            String[] words = ArabicNormalizer.normalizeString(f[0]).strip().split("\\s+");
            String[] entry = new String[words.length + 1];
            System.arraycopy(words, 0, entry, 0, words.length);
            entry[words.length] = off;
            map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
        }
        if (!problems.isEmpty()) throw new LexiconException(problems);
        map.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.length, a.length)));
        return new DateResolver(map, PhraseSets.load(src, HIJRI, EventCoder.MONTH_KEYS));
    }

    /** The Hijri month names (keys 1–12), for the modality's dating of Hijri years. */
    PhraseSets hijriMonths() { return hijriMonths; }

    /** The date of an event whose trigger is in {@code clause}. */
    public String resolve(SentenceView s, Clause clause, LocalDate article) {
        LocalDate hijri = hijriDate(s, clause, article);
        if (hijri != null) return hijri.toString();
        for (int i = clause.first(); i < clause.end(); i++) {
            for (String stem : s.stems(i)) {
                List<String[]> cands = phrases.get(stem);
                if (cands == null) continue;
                for (String[] e : cands) {
                    String[] words = java.util.Arrays.copyOf(e, e.length - 1);
                    if (s.matchesFrom(i, words) && article != null) return apply(article, e[e.length - 1]).toString();
                }
            }
            int y = ModalityDetector.year(s.norm(i));
            if (y > 0 && i > 0 && (s.norm(i - 1).equals("عام") || s.norm(i - 1).equals("العام") || s.norm(i - 1).equals("سنه"))) {
                return article != null && article.getYear() == y ? article.toString() : String.valueOf(y);
            }
        }
        return article == null ? null : article.toString();
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
                    if (year >= 1300 && year <= 1600) return LocalDate.from(java.time.chrono.HijrahDate.of(year, month, day));
                    if (article == null) return null;
                    int y = java.time.chrono.HijrahDate.from(article).get(java.time.temporal.ChronoField.YEAR);
                    LocalDate d = LocalDate.from(java.time.chrono.HijrahDate.of(y, month, day));
                    return d.isAfter(article.plusDays(7)) ? LocalDate.from(java.time.chrono.HijrahDate.of(y - 1, month, day)) : d;
                } catch (java.time.DateTimeException e) {
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

    static LocalDate apply(LocalDate d, String off) {
        if (off.startsWith("weekday:")) {
            DayOfWeek w = DayOfWeek.of(Integer.parseInt(off.substring(8)));
            return d.with(TemporalAdjusters.previousOrSame(w));
        }
        int n = Integer.parseInt(off.substring(0, off.length() - 1));
        return switch (off.charAt(off.length() - 1)) {
            case 'd' -> d.plusDays(n);
            case 'w' -> d.plusWeeks(n);
            case 'm' -> d.plusMonths(n);
            default -> d.plusYears(n);
        };
    }
}
