package org.rasd.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;

/**
 * The cross-article deduplication key of an event (docs/store.md, "Cross-article event deduplication"; the Spark job
 * computes the same): {@code category|actors|recipients|modality class}, where actors and recipients are the distinct
 * non-empty actor codes, sorted (String order), joined with '+'.
 */
public record EventKey(String event, String actors, String recipients, String modalityClass) {
    /** The key of an event as coded in an article. */
    public static EventKey of(Event e) {
        return new EventKey(e.event(), codes(e.actor()), codes(e.recipient()), modalityClass(e.modality()));
    }

    /** Distinct non-empty codes, sorted, joined with '+'; empty when there are none. */
    public static String codes(List<EventActor> actors) {
        return String.join("+", actors.stream().map(EventActor::code).filter(Objects::nonNull)
                .filter(c -> !c.isBlank()).distinct().sorted().toList());
    }

    /** {@code real} for asserted, claimed, historical (and a missing modality); planned, negated, hypothetical as such. */
    public static String modalityClass(String modality) {
        if (modality == null) return "real";
        return switch (modality) {
            case "planned", "negated", "hypothetical" -> modality;
            default -> "real";
        };
    }

    /** The key as stored: the four parts joined with '|'. */
    @Override
    public String toString() {
        return event + "|" + actors + "|" + recipients + "|" + modalityClass;
    }

    /** The canonical event id: the first 16 hex digits of SHA-256 over UTF-8 {@code key|first date}. */
    public static String canonicalId(String key, String firstDate) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((key + "|" + firstDate).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
