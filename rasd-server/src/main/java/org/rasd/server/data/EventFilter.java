package org.rasd.server.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rasd.core.text.ArabicNormalizer;

/**
 * A filter over events; every field is optional (null or empty = any).
 *
 * @param actor      an actor code or prefix (MAR matches MARMIL); matches source actors, or either side when
 *                   {@code recipient} is absent and {@code either} is true
 * @param recipient  a recipient code or prefix
 * @param categories PLOVER categories (any of)
 * @param modality   asserted, claimed, planned, historical, negated, hypothetical
 * @param from       first day (inclusive), ISO
 * @param to         last day (inclusive), ISO
 * @param text       words that must occur in the evidence, trigger, gloss or article title (normalised)
 * @param either     the actor may be on either side of the event
 */
public record EventFilter(String actor, String recipient, Set<String> categories, String modality,
                          String from, String to, String text, boolean either) {

    public static final Set<String> MODALITIES = Set.of("asserted", "claimed", "planned", "historical", "negated", "hypothetical");
    public static final EventFilter ANY = new EventFilter(null, null, Set.of(), null, null, null, null, false);

    public EventFilter {
        actor = blankToNull(actor == null ? null : actor.trim().toUpperCase(Locale.ROOT));
        recipient = blankToNull(recipient == null ? null : recipient.trim().toUpperCase(Locale.ROOT));
        categories = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(categories == null ? Set.of() : categories)); // sorted: deterministic links and output
        modality = blankToNull(modality == null ? null : modality.trim().toLowerCase(Locale.ROOT));
        from = blankToNull(from);
        to = blankToNull(to);
        text = blankToNull(text == null ? null : text.trim());
        if (modality != null && !MODALITIES.contains(modality))
            throw new BadRequestException("modality: '" + modality + "' is not one of " + new TreeSet<>(MODALITIES));
        checkDate("from", from);
        checkDate("to", to);
        if (from != null && to != null && from.compareTo(to) > 0)
            throw new BadRequestException("from (" + from + ") is after to (" + to + ")");
    }

    /** Reads a filter from query parameters: actor, recipient, category (repeatable or comma-separated), modality, from, to, q, either. */
    public static EventFilter fromParams(Map<String, List<String>> p) {
        Set<String> cats = new TreeSet<>();
        for (String v : p.getOrDefault("category", List.of())) {
            for (String c : v.split(",")) {
                String t = c.trim().toUpperCase(Locale.ROOT);
                if (t.isEmpty()) continue;
                if (!t.matches("[A-Z_]+")) throw new BadRequestException("category: '" + c.trim() + "' is not a PLOVER category name");
                cats.add(t);
            }
        }
        return new EventFilter(one(p, "actor"), one(p, "recipient"), cats, one(p, "modality"), one(p, "from"), one(p, "to"),
                one(p, "q"), "true".equalsIgnoreCase(one(p, "either")));
    }

    public boolean matches(EventRow r) {
        if (!categories.isEmpty() && !categories.contains(r.event().event())) return false;
        if (modality != null && !modality.equals(r.event().modality())) return false;
        String d = r.date();
        String day = d.length() >= 10 ? d.substring(0, 10) : d;
        if (from != null && (day.isEmpty() || day.compareTo(from) < 0)) return false;
        if (to != null && (day.isEmpty() || day.compareTo(to) > 0)) return false;
        if (actor != null) {
            boolean src = anyPrefix(r.actorCodes(), actor);
            boolean any = src || (either && anyPrefix(r.recipientCodes(), actor));
            if (!any) return false;
        }
        if (recipient != null && !anyPrefix(r.recipientCodes(), recipient)) return false;
        return matchesText(r.event().evidence(), r.event().trigger(), r.event().gloss(), r.articleTitle());
    }

    /** Whether every word of {@link #text} occurs (normalised) in the evidence, trigger, gloss or article title; true without text. */
    public boolean matchesText(String evidence, String trigger, String gloss, String title) {
        if (text == null) return true;
        String hay = ArabicNormalizer.normalizeString(String.join(" ", nz(evidence), nz(trigger), nz(gloss), nz(title))).toLowerCase(Locale.ROOT);
        for (String w : ArabicNormalizer.normalizeString(text).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty() && !hay.contains(w)) return false;
        }
        return true;
    }

    /** The filter as query parameters, for links (empty fields left out). */
    public String toQuery() {
        StringBuilder b = new StringBuilder();
        add(b, "actor", actor);
        add(b, "recipient", recipient);
        for (String c : categories) add(b, "category", c);
        add(b, "modality", modality);
        add(b, "from", from);
        add(b, "to", to);
        add(b, "q", text);
        if (either) add(b, "either", "true");
        return b.toString();
    }

    public boolean isEmpty() { return toQuery().isEmpty(); }

    private static void add(StringBuilder b, String k, String v) {
        if (v == null) return;
        if (b.length() > 0) b.append('&');
        b.append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean anyPrefix(List<String> codes, String prefix) {
        for (String c : codes) if (c.toUpperCase(Locale.ROOT).startsWith(prefix)) return true;
        return false;
    }

    private static void checkDate(String name, String v) {
        if (v == null) return;
        try {
            LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + ": '" + v + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    private static String one(Map<String, List<String>> p, String k) {
        List<String> v = p.get(k);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
