package org.rasd.core.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;

/**
 * Merges in-article duplicates (the headline repeats the body; the same meeting reported twice): events with
 * the same CAMEO code, actors, recipients and modality are one event, the first kept, its mention count summed
 * and its confidence the highest of them. Events without any actor or recipient merge only within a sentence.
 */
public final class EventMerger {
    private EventMerger() {}

    public static List<Event> merge(List<Event> events) {
        Map<String, Event> kept = new LinkedHashMap<>();
        for (Event e : events) {
            String key = key(e);
            Event prev = kept.get(key);
            if (prev == null) {
                kept.put(key, e);
            } else {
                kept.put(key, new Event(prev.id(), prev.event(), prev.mode(), prev.context(), prev.cameo(), prev.goldstein(), prev.quadClass(),
                        prev.actor(), prev.recipient(), prev.location() != null ? prev.location() : e.location(), prev.date(), prev.modality(),
                        prev.claimant() != null ? prev.claimant() : e.claimant(), prev.sentence(), prev.triggerStart(), prev.triggerEnd(),
                        prev.trigger(), prev.evidence(), prev.rule(), Math.max(prev.confidence(), e.confidence()), prev.gloss(),
                        prev.mentions() + e.mentions()));
            }
        }
        return new ArrayList<>(kept.values());
    }

    static String key(Event e) {
        String who = ids(e.actor()) + ">" + ids(e.recipient());
        String scope = e.actor().isEmpty() && e.recipient().isEmpty() ? "s" + e.sentence() : "";
        return e.cameo() + "|" + who + "|" + e.modality() + "|" + scope;
    }

    private static String ids(List<EventActor> as) {
        List<String> ids = new ArrayList<>();
        for (EventActor a : as) ids.add(a.entity() != null ? a.entity() : a.code() != null ? a.code() : a.text());
        ids.sort(String::compareTo);
        return String.join("+", ids);
    }
}
