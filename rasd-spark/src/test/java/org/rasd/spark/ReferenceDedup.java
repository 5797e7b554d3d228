package org.rasd.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The store's deduplication rule written plainly in Java, independently of the Spark SQL, to check it: see
 * {@link CanonicalEvents} for the rule.
 */
final class ReferenceDedup {
    record In(String articleId, String id, String source, String event, List<String> actors, List<String> recipients,
              String modality, String date) {}

    record Canonical(String id, long mentions, long articles, long sources, String firstDate, String lastDate) {}

    private ReferenceDedup() {}

    static String key(In e) {
        String cls = e.modality() == null ? "real" : switch (e.modality()) {
            case "planned", "negated", "hypothetical" -> e.modality();
            default -> "real";
        };
        return e.event() + "|" + codes(e.actors()) + "|" + codes(e.recipients()) + "|" + cls;
    }

    private static String codes(List<String> cs) {
        return String.join("+", cs.stream().filter(Objects::nonNull).filter(c -> !c.isBlank()).distinct().sorted().toList());
    }

    /** Event id → canonical id. */
    static Map<String, String> assign(List<In> events, int windowDays) {
        Map<String, String> out = new TreeMap<>();
        Map<String, List<In>> byKey = new TreeMap<>();
        for (In e : events) {
            if (e.date() == null || codes(e.actors()).isEmpty() || codes(e.recipients()).isEmpty()) {
                out.put(e.id(), sha16(key(e) + "|alone:" + e.id()));
            } else {
                byKey.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
            }
        }
        for (var entry : byKey.entrySet()) {
            List<In> es = new ArrayList<>(entry.getValue());
            es.sort(Comparator.comparing(In::date));
            LocalDate prev = null;
            String first = null;
            for (In e : es) {
                LocalDate d = day(e.date());
                if (prev == null || ChronoUnit.DAYS.between(prev, d) > windowDays) first = d.toString();
                out.put(e.id(), sha16(entry.getKey() + "|" + first));
                prev = d;
            }
        }
        return out;
    }

    static Map<String, Canonical> canonical(List<In> events, int windowDays) {
        Map<String, String> ids = assign(events, windowDays);
        Map<String, List<In>> groups = new TreeMap<>();
        for (In e : events) groups.computeIfAbsent(ids.get(e.id()), k -> new ArrayList<>()).add(e);
        Map<String, Canonical> out = new TreeMap<>();
        groups.forEach((id, es) -> {
            List<String> dates = es.stream().map(In::date).filter(Objects::nonNull).sorted().toList();
            out.put(id, new Canonical(id, es.size(), new HashSet<>(es.stream().map(In::articleId).toList()).size(),
                    es.stream().map(s -> Objects.toString(s.source(), "")).distinct().count(),
                    dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1)));
        });
        return out;
    }

    static String sha16(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event date as Spark's CAST(... AS DATE) reads it: a day, or the first day of a month (2015-06) or a year (2014). */
    static LocalDate day(String date) {
        if (date.length() == 4) return LocalDate.of(Integer.parseInt(date), 1, 1);
        if (date.length() == 7) return java.time.YearMonth.parse(date).atDay(1);
        return LocalDate.parse(date);
    }
}
